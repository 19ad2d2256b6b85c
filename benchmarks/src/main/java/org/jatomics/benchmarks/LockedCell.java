package org.jatomics.benchmarks;

/**
 * The {@code synchronized} baseline: plain fields guarded by the cell's monitor, each operation one
 * {@code synchronized} block, as code without atomics would write it.
 */
public final class LockedCell {
  private long value;
  private Object ref;

  /** Creates a cell holding zero and {@code null}. */
  public LockedCell() {}

  /** Returns the value under the lock. */
  public synchronized long load() {
    return value;
  }

  /** Writes the value under the lock. */
  public synchronized void store(long v) {
    value = v;
  }

  /** Writes the value and returns the previous one, under the lock. */
  public synchronized long xchg(long v) {
    long old = value;
    value = v;
    return old;
  }

  /** Writes {@code v} if the value is {@code expected}; returns the value found, under the lock. */
  public synchronized long cmpxchg(long expected, long v) {
    long old = value;
    if (old == expected) {
      value = v;
    }
    return old;
  }

  /** Adds {@code delta} and returns the previous value, under the lock. */
  public synchronized long fetchAdd(long delta) {
    long old = value;
    value = old + delta;
    return old;
  }

  /** Returns the reference under the lock. */
  public synchronized Object loadRef() {
    return ref;
  }

  /** Writes the reference under the lock. */
  public synchronized void storeRef(Object v) {
    ref = v;
  }

  /** Writes the reference and returns the previous one, under the lock. */
  public synchronized Object xchgRef(Object v) {
    Object old = ref;
    ref = v;
    return old;
  }

  /** Writes {@code v} if the reference is {@code expected}; returns the reference found. */
  public synchronized Object cmpxchgRef(Object expected, Object v) {
    Object old = ref;
    if (old == expected) {
      ref = v;
    }
    return old;
  }
}
