package org.jatomics.raw;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import java.util.function.ObjIntConsumer;
import org.jatomics.Ordering;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Neighbouring sub-word values updated concurrently: each thread counts its own byte (or short) of
 * one 32-bit word with {@code cmpxchg} loops. A read-modify-write that disturbed a neighbour (wrote
 * back a stale copy of the word) would lose the neighbour's increments; every value must end
 * exactly at its own count.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SubWordContentionTest {
  private static final int INCREMENTS = 200_000;
  private static final Ordering[] ORDERINGS = {
    Ordering.RELAXED, Ordering.ACQUIRE, Ordering.RELEASE, Ordering.FULL
  };

  @Test
  void fourThreadsCountTheirOwnByteOfOneWord() throws Exception {
    MemorySegment word =
        countConcurrently(4, (m, thread) -> incrementByte(m, thread, ORDERINGS[thread]));
    for (int b = 0; b < 4; b++) {
      assertEquals((byte) INCREMENTS, word.get(JAVA_BYTE, b), "byte " + b);
    }
    assertEquals(0, word.get(JAVA_INT, 4), "the next word was touched");
  }

  /**
   * Thread 0 counts the short at 0 with {@code cmpxchg}; threads 1 and 2 count the bytes at 2 and
   * 3, thread 1 with {@code cmpxchg}, thread 2 with {@code xchg} (it alone writes its byte, so an
   * {@code xchg} of the value it saw plus one is an increment): both emulated operations mixed.
   */
  @Test
  void shortsAndBytesShareAWord() throws Exception {
    MemorySegment word =
        countConcurrently(
            3,
            (m, thread) -> {
              switch (thread) {
                case 0 -> incrementShort(m, 0, Ordering.FULL);
                case 1 -> incrementByte(m, 2, Ordering.RELEASE);
                default -> {
                  byte seen = RawAtomics.atomicLoad(m, JAVA_BYTE, 3, Ordering.RELAXED);
                  byte previous =
                      RawAtomics.xchg(m, JAVA_BYTE, 3, (byte) (seen + 1), Ordering.RELAXED);
                  assertEquals(seen, previous);
                }
              }
            });
    assertEquals((short) INCREMENTS, word.get(JAVA_SHORT, 0));
    assertEquals((byte) INCREMENTS, word.get(JAVA_BYTE, 2));
    assertEquals((byte) INCREMENTS, word.get(JAVA_BYTE, 3));
  }

  @Test
  void fetchAddLosesNoUpdate() throws Exception {
    MemorySegment m =
        countConcurrently(
            3,
            (segment, thread) -> {
              RawAtomics.fetchAdd(segment, JAVA_INT, 0, 1, ORDERINGS[thread]);
              RawAtomics.fetchAdd(segment, JAVA_LONG, 8, 3L, ORDERINGS[thread + 1]);
            });
    assertEquals(3 * INCREMENTS, m.get(JAVA_INT, 0));
    assertEquals(9L * INCREMENTS, m.get(JAVA_LONG, 8));
  }

  /**
   * Runs {@code step(memory, thread)} {@link #INCREMENTS} times on each of {@code threads} threads
   * over a fresh zeroed 16-byte native segment, and returns a heap copy of its final contents.
   */
  private static MemorySegment countConcurrently(int threads, ObjIntConsumer<MemorySegment> step)
      throws Exception {
    try (Arena arena = Arena.ofShared()) {
      MemorySegment memory = arena.allocate(16, 8);
      runConcurrently(
          threads,
          thread -> {
            for (int i = 0; i < INCREMENTS; i++) {
              step.accept(memory, thread);
            }
          });
      return MemorySegment.ofArray(new long[2]).copyFrom(memory);
    }
  }

  /** The classic CAS increment loop on one byte: retry with the witness until it matches. */
  private static void incrementByte(MemorySegment word, long offset, Ordering o) {
    byte seen = RawAtomics.atomicLoad(word, JAVA_BYTE, offset, Ordering.RELAXED);
    byte witness;
    while ((witness = RawAtomics.cmpxchg(word, JAVA_BYTE, offset, seen, (byte) (seen + 1), o))
        != seen) {
      seen = witness;
    }
  }

  /** The same loop on one short. */
  private static void incrementShort(MemorySegment word, long offset, Ordering o) {
    short seen = RawAtomics.atomicLoad(word, JAVA_SHORT, offset, Ordering.ACQUIRE);
    for (short witness;
        (witness = RawAtomics.cmpxchg(word, JAVA_SHORT, offset, seen, (short) (seen + 1), o))
            != seen; ) {
      seen = witness;
    }
  }

  /** Runs {@code body(thread)} on {@code n} threads started together; rethrows their failures. */
  private static void runConcurrently(int n, IntConsumer body) throws Exception {
    CyclicBarrier start = new CyclicBarrier(n);
    List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < n; t++) {
      int thread = t;
      threads.add(
          Thread.ofPlatform()
              .start(
                  () -> {
                    try {
                      start.await();
                      body.accept(thread);
                    } catch (Throwable e) {
                      failures.add(e);
                    }
                  }));
    }
    for (Thread thread : threads) {
      thread.join();
    }
    if (!failures.isEmpty()) {
      AssertionError error = new AssertionError("a thread failed");
      failures.forEach(error::addSuppressed);
      throw error;
    }
  }
}
