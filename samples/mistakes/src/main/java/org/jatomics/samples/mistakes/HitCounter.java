package org.jatomics.samples.mistakes;

import static org.jatomics.Ordering.FULL;

import org.jatomics.annotations.Atomic;

/** NonAtomicAccess: a counter bumped with {@code ++} although it is shared. */
public final class HitCounter {
  @Atomic private long hits;

  /** Counts a hit, losing updates under contention (the mistake). */
  public void hitRacy() {
    hits++;
  }

  /** Counts a hit atomically. */
  public void hit() {
    HitCounterAtomics.fetchAddHits(this, 1, FULL);
  }
}
