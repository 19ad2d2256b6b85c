package org.jatomics.samples.nativering;

import java.time.Duration;

/**
 * How a Java side waits for the other: spin briefly, then yield the CPU (the machine may have fewer
 * cores than busy threads), and give up with an exception when one wait lasts longer than the stall
 * limit, so a broken peer fails the run instead of hanging it.
 */
final class Waiter {
  private static final int SPINS_BEFORE_YIELD = 64;

  private final long stallLimitNanos;
  private long waitStart;
  private int spins;

  Waiter(Duration stallLimit) {
    this.stallLimitNanos = stallLimit.toNanos();
  }

  /** Called when the other side moved: the current wait is over. */
  void progress() {
    spins = 0;
  }

  /** Waits a little for {@code what}; throws when this wait has lasted beyond the stall limit. */
  void idle(String what) {
    if (spins++ == 0) {
      waitStart = System.nanoTime();
    }
    if (spins < SPINS_BEFORE_YIELD) {
      Thread.onSpinWait();
      return;
    }
    Thread.yield();
    if (System.nanoTime() - waitStart > stallLimitNanos) {
      throw new IllegalStateException(
          "no progress for " + Duration.ofNanos(stallLimitNanos) + " while waiting for " + what);
    }
  }
}
