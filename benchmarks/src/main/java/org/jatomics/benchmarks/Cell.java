package org.jatomics.benchmarks;

import org.jatomics.annotations.Atomic;

/**
 * The shared object of the field benchmarks: one {@code long} and one reference field, both
 * {@code @Atomic}, so the processor generates {@code CellAtomics} for them. The hand-written
 * baselines reach the same fields through their own {@code VarHandle}s.
 */
public final class Cell {
  /** The counter every long benchmark reads and updates. */
  @Atomic long value;

  /** The reference every reference benchmark reads and swaps. */
  @Atomic Object ref;

  /** Creates a cell holding zero and {@code null}. */
  public Cell() {}
}
