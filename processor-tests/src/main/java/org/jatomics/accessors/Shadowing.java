package org.jatomics.accessors;

import org.jatomics.annotations.Atomic;

/** Type parameters that shadow the names of types the generated code uses. */
final class Shadowing<Ordering, VarHandle extends Comparable<VarHandle>, Objects> {
  @Atomic Ordering ordering;
  @Atomic VarHandle handle;
  @Atomic Objects objects;
}
