package org.jatomics.benchmarks;

/**
 * The shape {@code AtomicLongFieldUpdater} and {@code AtomicReferenceFieldUpdater} require: the
 * same two fields as {@link Cell}, but {@code volatile} (the updaters refuse anything else).
 */
public final class VolatileCell {
  /** The counter. */
  volatile long value;

  /** The reference. */
  volatile Object ref;

  /** Creates a cell holding zero and {@code null}. */
  public VolatileCell() {}
}
