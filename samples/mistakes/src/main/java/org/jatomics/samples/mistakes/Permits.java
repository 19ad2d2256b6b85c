package org.jatomics.samples.mistakes;

import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;

/** MixedAccessMode: a field updated with a field updater and also with a plain {@code --}. */
public final class Permits {
  private static final AtomicIntegerFieldUpdater<Permits> AVAILABLE =
      AtomicIntegerFieldUpdater.newUpdater(Permits.class, "available");

  private volatile int available = 4;

  /**
   * Takes a permit if one is left.
   *
   * @return whether a permit was taken
   */
  public boolean tryAcquire() {
    int now = available;
    return now > 0 && AVAILABLE.compareAndSet(this, now, now - 1);
  }

  /** Gives a permit back, losing concurrent updates (the mistake: use AVAILABLE.incrementAndGet). */
  public void releaseRacy() {
    available++;
  }
}
