package org.jatomics.samples.nativering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.foreign.Arena;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Java and C synchronize through the shared ring: a million messages each way arrive intact, the C
 * and Java checks really detect a bad message, and a stalled peer fails the run instead of hanging
 * it. The tests that need the C library are skipped, with a message, only if there is no C
 * compiler.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class NativeRingTest {
  private static final long MILLION = 1_000_000L;
  private static final Duration STALL_LIMIT = Duration.ofSeconds(60);

  private static final String NO_COMPILER =
      "skipped: no C compiler ($CC, gcc or cc on the PATH); the native-ring sample builds its C"
          + " side with one (apt-get install gcc)";

  private static Arena libraryArena;
  private static RingLibrary library;

  @BeforeAll
  static void buildAndLoadTheCLibrary() throws Exception {
    Optional<CCompiler> compiler = CCompiler.find();
    if (compiler.isEmpty()) {
      System.out.println("NativeRingTest: " + NO_COMPILER);
      return;
    }
    Path built = compiler.get().build(CCompiler.defaultOutputDirectory());
    libraryArena = Arena.ofShared();
    library = RingLibrary.load(built, libraryArena);
  }

  @AfterAll
  static void unloadTheCLibrary() {
    if (libraryArena != null) {
      libraryArena.close();
    }
  }

  private static RingLibrary library() {
    assumeTrue(library != null, NO_COMPILER);
    return library;
  }

  @Test
  void aMillionMessagesEachWayArriveIntact() {
    NativeRing rings = new NativeRing(library(), STALL_LIMIT);
    for (NativeRing.Transfer transfer :
        new NativeRing.Transfer[] {rings.cToJava(MILLION), rings.javaToC(MILLION)}) {
      assertEquals(MILLION, transfer.producer().completed(), transfer::toString);
      assertEquals(MILLION, transfer.consumer().completed(), transfer::toString);
      assertEquals(0, transfer.consumer().errors(), transfer::toString);
      assertEquals(transfer.expectedChecksum(), transfer.producer().checksum(), transfer::toString);
      assertEquals(transfer.expectedChecksum(), transfer.consumer().checksum(), transfer::toString);
      assertTrue(transfer.intact(), transfer::toString);
    }
  }

  @Test
  void cAndJavaComputeTheSamePayloads() {
    RingLibrary c = library();
    for (long seq : new long[] {0, 1, 2, 1023, 1L << 32, MILLION - 1, Long.MAX_VALUE, -1}) {
      assertEquals(Ring.payload(seq), c.payload(seq), "payload of " + seq);
    }
  }

  @Test
  void theCConsumerDetectsADuplicatedMessage() {
    RingLibrary c = library();
    try (Arena arena = Arena.ofConfined()) {
      Ring ring = Ring.allocate(arena, 64);
      RingLibrary.Task consumer = c.startConsumer(ring, 10_000);
      ring.produce(
          10_000, new Waiter(STALL_LIMIT), position -> position == 5_000 ? 4_999 : position);
      Ring.Side consumed = consumer.join();
      assertEquals(10_000, consumed.completed());
      assertEquals(1, consumed.errors());
      assertEquals(5_000, consumed.firstBad());
    }
  }

  @Test
  void theJavaConsumerDetectsReorderedMessages() throws Exception {
    try (Arena arena = Arena.ofShared()) {
      Ring ring = Ring.allocate(arena, 64);
      CompletableFuture<Ring.Side> producer =
          CompletableFuture.supplyAsync(
              () ->
                  ring.produce(
                      10_000, new Waiter(STALL_LIMIT), p -> p == 700 ? 701 : p == 701 ? 700 : p));
      Ring.Side consumed = ring.consume(10_000, new Waiter(STALL_LIMIT));
      producer.get(60, TimeUnit.SECONDS);
      assertEquals(2, consumed.errors());
      assertEquals(700, consumed.firstBad());
    }
  }

  @Test
  void aStalledPeerFailsTheRunInsteadOfHangingIt() {
    try (Arena arena = Arena.ofConfined()) {
      Ring ring = Ring.allocate(arena, 64);
      IllegalStateException e =
          assertThrows(
              IllegalStateException.class,
              () -> ring.consume(1, new Waiter(Duration.ofMillis(200))));
      assertTrue(e.getMessage().contains("no progress"), e.getMessage());
    }
  }

  @Test
  void abandoningTheRingStopsAWaitingCThread() {
    RingLibrary c = library();
    try (Arena arena = Arena.ofConfined()) {
      Ring ring = Ring.allocate(arena, 64);
      RingLibrary.Task consumer = c.startConsumer(ring, 100); // nothing will ever be produced
      ring.abandon();
      Ring.Side consumed = consumer.join();
      assertEquals(0, consumed.completed());
    }
  }

  @Test
  void aLayoutMismatchIsRefused() {
    long[] shifted = {0, 64, 128, 132, 256, 16};
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Ring.checkLayoutMatches(shifted));
    assertTrue(e.getMessage().contains("differs"), e.getMessage());
  }
}
