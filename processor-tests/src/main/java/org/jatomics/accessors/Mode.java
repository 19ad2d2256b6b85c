package org.jatomics.accessors;

import org.jatomics.annotations.Atomic;

/** An enum with an instance and a static {@code @Atomic} field. */
enum Mode {
  ON,
  OFF;

  @Atomic private int uses;
  @Atomic static Mode current = ON;
}
