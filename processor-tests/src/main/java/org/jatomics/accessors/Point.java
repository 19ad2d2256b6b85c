package org.jatomics.accessors;

import org.jatomics.annotations.Atomic;

/** A record cannot have atomic components (they are final) but may have atomic static fields. */
record Point(int x, int y) {
  @Atomic static Point origin = new Point(0, 0);
}
