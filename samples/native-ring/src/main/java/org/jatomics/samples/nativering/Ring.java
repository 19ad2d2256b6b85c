package org.jatomics.samples.nativering;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.jatomics.Ordering.ACQUIRE;
import static org.jatomics.Ordering.RELEASE;

import java.lang.foreign.Arena;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.util.Arrays;
import java.util.function.LongUnaryOperator;
import org.jatomics.raw.RawAtomics;

/**
 * The Java side of the ring buffer shared with C: the same layout as {@code struct jr_ring} in
 * {@code jatomics_ring.c}, and a Java producer and consumer that follow the same protocol as the C
 * ones.
 *
 * <p>Protocol: only the producer stores {@code tail} (release, after writing the slot), only the
 * consumer stores {@code head} (release, after reading the slot); each loads the other's counter
 * with acquire. The slots are plain memory: the counters hand each slot to one side at a time.
 */
final class Ring {
  /** One message: {@code struct jr_message}. */
  static final StructLayout MESSAGE =
      MemoryLayout.structLayout(JAVA_LONG.withName("seq"), JAVA_LONG.withName("payload"));

  /** The header of {@code struct jr_ring}: each counter on its own 64-byte cache line. */
  static final StructLayout HEADER =
      MemoryLayout.structLayout(
              JAVA_LONG.withName("head"),
              MemoryLayout.paddingLayout(56),
              JAVA_LONG.withName("tail"),
              MemoryLayout.paddingLayout(56),
              JAVA_INT.withName("abandoned"),
              JAVA_INT.withName("capacity"),
              MemoryLayout.paddingLayout(56))
          .withByteAlignment(64);

  static final long HEAD = offset(HEADER, "head");
  static final long TAIL = offset(HEADER, "tail");
  static final long ABANDONED = offset(HEADER, "abandoned");
  static final long CAPACITY = offset(HEADER, "capacity");
  static final long SLOTS = HEADER.byteSize();
  static final long SEQ = offset(MESSAGE, "seq");
  static final long PAYLOAD = offset(MESSAGE, "payload");

  private final MemorySegment memory;
  private final int capacity;

  private Ring(MemorySegment memory, int capacity) {
    this.memory = memory;
    this.capacity = capacity;
  }

  /** Allocates a zeroed ring of {@code capacity} slots (a power of two) in {@code arena}. */
  static Ring allocate(Arena arena, int capacity) {
    if (capacity <= 0 || Integer.bitCount(capacity) != 1) {
      throw new IllegalArgumentException("capacity must be a power of two: " + capacity);
    }
    MemorySegment memory =
        arena.allocate(SLOTS + capacity * MESSAGE.byteSize(), HEADER.byteAlignment());
    // Written before any other thread exists; pthread_create orders it before the C thread's reads.
    memory.set(JAVA_INT, CAPACITY, capacity);
    return new Ring(memory, capacity);
  }

  /** The layout of {@code struct jr_ring} as the C compiler sees it, from {@code jr_layout}. */
  static void checkLayoutMatches(long[] c) {
    long[] java = {HEAD, TAIL, ABANDONED, CAPACITY, SLOTS, MESSAGE.byteSize()};
    if (!Arrays.equals(java, c)) {
      throw new IllegalStateException(
          "struct jr_ring differs between C and Java {head, tail, abandoned, capacity, slots,"
              + " message size}: C "
              + Arrays.toString(c)
              + ", Java "
              + Arrays.toString(java));
    }
  }

  MemorySegment memory() {
    return memory;
  }

  /** The payload of message {@code seq}: splitmix64 of {@code seq + 1}, as {@code jr_payload}. */
  static long payload(long seq) {
    long z = (seq + 1) * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** The wrapping sum of the payloads of messages {@code 0 .. count-1}. */
  static long expectedChecksum(long count) {
    long sum = 0;
    for (long seq = 0; seq < count; seq++) {
      sum += payload(seq);
    }
    return sum;
  }

  /** Writes {@code count} messages, as {@code jr_produce} does. */
  Side produce(long count, Waiter waiter) {
    return produce(count, waiter, LongUnaryOperator.identity());
  }

  /**
   * Writes {@code count} messages; the one at position {@code p} carries the sequence number {@code
   * sequence(p)} (the identity, except in the test that proves consumers detect a bad one).
   */
  Side produce(long count, Waiter waiter, LongUnaryOperator sequence) {
    long tail = 0;
    long head = 0;
    long checksum = 0;
    for (long position = 0; position < count; position++) {
      while (tail - head == capacity) {
        // SAFETY: the consumer (C's jr_consume or Ring.consume) stores `head` only atomically
        // (atomic_store_explicit / RawAtomics.atomicStore), so every concurrent store is atomic.
        head = RawAtomics.atomicLoad(memory, JAVA_LONG, HEAD, ACQUIRE);
        if (tail - head == capacity) {
          waiter.idle("the consumer to free a slot");
        }
      }
      waiter.progress();
      // Plain writes: the slot is ours until the release store of `tail` below hands it over.
      long slot = slotOffset(tail);
      long seq = sequence.applyAsLong(position);
      memory.set(JAVA_LONG, slot + SEQ, seq);
      memory.set(JAVA_LONG, slot + PAYLOAD, payload(seq));
      checksum += payload(seq);
      tail++;
      // SAFETY: only this producer stores `tail`, and the consumer loads it only atomically
      // (atomic_load_explicit / RawAtomics.atomicLoad), so every concurrent access is atomic.
      RawAtomics.atomicStore(memory, JAVA_LONG, TAIL, tail, RELEASE);
    }
    return new Side(count, checksum, 0, -1);
  }

  /** Reads and checks {@code count} messages, as {@code jr_consume} does. */
  Side consume(long count, Waiter waiter) {
    long head = 0;
    long checksum = 0;
    long errors = 0;
    long firstBad = -1;
    while (head < count) {
      // SAFETY: the producer (C's jr_produce or Ring.produce) stores `tail` only atomically
      // (atomic_store_explicit / RawAtomics.atomicStore), so every concurrent store is atomic.
      long tail = RawAtomics.atomicLoad(memory, JAVA_LONG, TAIL, ACQUIRE);
      if (tail == head) {
        waiter.idle("the producer to publish a message");
        continue;
      }
      if (tail - head < 0 || tail - head > capacity) {
        throw new IllegalStateException("corrupt ring: head " + head + ", tail " + tail);
      }
      waiter.progress();
      for (; head < tail; head++) {
        // Plain reads: the acquire load of `tail` made the producer's writes of these slots
        // visible,
        // and the producer does not touch them again until `head` passes them.
        long slot = slotOffset(head);
        long seq = memory.get(JAVA_LONG, slot + SEQ);
        long payload = memory.get(JAVA_LONG, slot + PAYLOAD);
        if (seq != head || payload != payload(head)) {
          if (errors++ == 0) {
            firstBad = head;
          }
        }
        checksum += payload;
      }
      // SAFETY: only this consumer stores `head`, and the producer loads it only atomically
      // (atomic_load_explicit / RawAtomics.atomicLoad), so every concurrent access is atomic.
      RawAtomics.atomicStore(memory, JAVA_LONG, HEAD, head, RELEASE);
    }
    return new Side(count, checksum, errors, firstBad);
  }

  /** Tells a C thread waiting on this ring to give up (after a Java-side failure or timeout). */
  void abandon() {
    // SAFETY: Java stores `abandoned` only here and C loads it only with atomic_load_explicit, so
    // every concurrent access is atomic.
    RawAtomics.atomicStore(memory, JAVA_INT, ABANDONED, 1, RELEASE);
  }

  private long slotOffset(long position) {
    return SLOTS + (position & (capacity - 1)) * MESSAGE.byteSize();
  }

  private static long offset(StructLayout layout, String field) {
    return layout.byteOffset(MemoryLayout.PathElement.groupElement(field));
  }

  /**
   * What one side saw: messages written or read, the wrapping sum of their payloads, and (for a
   * consumer) how many were wrong and the position of the first wrong one ({@code -1} if none).
   */
  record Side(long completed, long checksum, long errors, long firstBad) {}
}
