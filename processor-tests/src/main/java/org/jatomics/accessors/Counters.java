package org.jatomics.accessors;

import org.jatomics.annotations.Atomic;

/** Shared counters hammered by {@link ContentionTest}. */
final class Counters {
  @Atomic int added;
  @Atomic long casLoop;
  @Atomic Object token;

  /** A plain field, guarded by holding {@link #token}. */
  int guarded;
}
