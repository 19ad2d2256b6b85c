package org.jatomics.samples.nativering;

import java.lang.foreign.Arena;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Java and C sharing single-producer/single-consumer ring buffers in native memory: C produces and
 * Java consumes, then Java produces and C consumes. The Java side synchronizes through {@link
 * org.jatomics.raw.RawAtomics} (acquire loads, release stores of the ring's counters), the C side
 * through {@code <stdatomic.h>}; every message's sequence number and payload are checked, and the
 * two sides' checksums must equal the expected one.
 *
 * <p>Run: {@code java --enable-native-access=ALL-UNNAMED -cp <classes>
 * org.jatomics.samples.nativering.NativeRing [messages]} (see {@code docs/raw.md}).
 */
public final class NativeRing {
  /** Slots per ring: small enough that both sides wait on each other often. */
  static final int CAPACITY = 1024;

  private final RingLibrary library;
  private final Duration stallLimit;

  NativeRing(RingLibrary library, Duration stallLimit) {
    this.library = library;
    this.stallLimit = stallLimit;
  }

  /** C's pthread produces {@code count} messages; this thread consumes them with RawAtomics. */
  Transfer cToJava(long count) {
    return transfer("C -> Java", count, true);
  }

  /** This thread produces {@code count} messages with RawAtomics; C's pthread consumes them. */
  Transfer javaToC(long count) {
    return transfer("Java -> C", count, false);
  }

  /**
   * Runs one direction over a fresh ring. If the Java side fails, it tells the C thread to stop and
   * joins it before the ring's memory is freed, so C never touches freed memory.
   */
  private Transfer transfer(String direction, long count, boolean cProduces) {
    try (Arena arena = Arena.ofConfined()) {
      Ring ring = Ring.allocate(arena, CAPACITY);
      long start = System.nanoTime();
      RingLibrary.Task c =
          cProduces ? library.startProducer(ring, count) : library.startConsumer(ring, count);
      Ring.Side java;
      try {
        Waiter waiter = new Waiter(stallLimit);
        java = cProduces ? ring.consume(count, waiter) : ring.produce(count, waiter);
      } catch (RuntimeException | Error e) {
        ring.abandon();
        c.join();
        throw e;
      }
      Ring.Side cSide = c.join();
      Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
      return cProduces
          ? new Transfer(direction, count, cSide, java, elapsed)
          : new Transfer(direction, count, java, cSide, elapsed);
    }
  }

  /**
   * Builds the C library, runs both directions and prints what each side saw. Exits with 0 when
   * everything arrived intact (or when there is no C compiler, saying so), 1 otherwise.
   *
   * @param args optionally the number of messages per direction (default one million)
   */
  public static void main(String[] args) throws Exception {
    long messages = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
    Optional<CCompiler> compiler = CCompiler.find();
    if (compiler.isEmpty()) {
      System.out.println(
          "native-ring: skipped: no C compiler found ($CC, gcc or cc on the PATH); install gcc to"
              + " run it");
      return;
    }
    Path library = compiler.get().build(CCompiler.defaultOutputDirectory());
    System.out.println("native-ring: built " + library + " with " + compiler.get());
    boolean ok = true;
    try (Arena arena = Arena.ofConfined()) {
      NativeRing rings = new NativeRing(RingLibrary.load(library, arena), Duration.ofSeconds(30));
      for (Transfer transfer : new Transfer[] {rings.cToJava(messages), rings.javaToC(messages)}) {
        System.out.println("native-ring: " + transfer);
        ok &= transfer.intact();
      }
    }
    System.out.println(
        ok ? "native-ring: OK, nothing lost, duplicated or reordered" : "native-ring: FAILED");
    if (!ok) {
      System.exit(1);
    }
  }

  /** One direction's outcome: what the producer wrote, what the consumer read, how long it took. */
  record Transfer(
      String direction, long messages, Ring.Side producer, Ring.Side consumer, Duration elapsed) {
    /** The checksum of messages {@code 0 .. messages-1}, computed independently of both sides. */
    long expectedChecksum() {
      return Ring.expectedChecksum(messages);
    }

    /** Every message arrived once, in order, with its payload, and both checksums agree. */
    boolean intact() {
      long expected = expectedChecksum();
      return producer.completed() == messages
          && consumer.completed() == messages
          && consumer.errors() == 0
          && producer.checksum() == expected
          && consumer.checksum() == expected;
    }

    @Override
    public String toString() {
      return String.format(
          "%s: %,d messages in %d ms, consumer errors %d%s, checksum producer %016x consumer %016x"
              + " expected %016x",
          direction,
          consumer.completed(),
          elapsed.toMillis(),
          consumer.errors(),
          consumer.errors() == 0 ? "" : " (first at " + consumer.firstBad() + ")",
          producer.checksum(),
          consumer.checksum(),
          expectedChecksum());
    }
  }
}
