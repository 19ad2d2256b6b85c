package org.jatomics.samples.accessors;

/**
 * Runs the two samples under contention and prints what they show: {@code java -cp ...
 * org.jatomics.samples.accessors.Main}.
 */
public final class Main {
  private Main() {}

  /**
   * Runs both samples.
   *
   * @param args ignored
   * @throws InterruptedException if interrupted
   */
  public static void main(String[] args) throws InterruptedException {
    int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
    Demos.StackRun stack = Demos.treiberStack(threads, 200_000);
    System.out.printf(
        "Treiber stack: %d threads pushed %,d values while popping; popped %,d in all;"
            + " every value exactly once: %s%n",
        threads, stack.pushed(), stack.popped(), stack.eachExactlyOnce());

    Demos.RingRun ring = Demos.ringBuffer(2_000_000, 64);
    System.out.printf(
        "SPSC ring buffer (64 slots): sent %,d, received %,d, in order: %s, checksum %d = %d: %s;"
            + " the producer found it full %,d times%n",
        ring.sent(),
        ring.received(),
        ring.inOrder(),
        ring.checksum(),
        ring.expectedChecksum(),
        ring.checksum() == ring.expectedChecksum(),
        ring.fullOffers());
    if (!stack.eachExactlyOnce() || !ring.inOrder() || ring.checksum() != ring.expectedChecksum()) {
      System.exit(1);
    }
  }
}
