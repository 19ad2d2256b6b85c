package org.jatomics.samples.accessors;

import static org.jatomics.Ordering.ACQUIRE;
import static org.jatomics.Ordering.RELAXED;
import static org.jatomics.Ordering.RELEASE;

import org.jatomics.annotations.Atomic;

/**
 * A bounded single-producer/single-consumer queue (Lamport's ring buffer) whose two shared indices
 * are accessed only through the generated {@link SpscRingBufferAtomics}.
 *
 * <p>The producer writes a slot with a plain store and then publishes it by storing {@code tail}
 * with {@code RELEASE}; the consumer loads {@code tail} with {@code ACQUIRE} before reading the
 * slot, so it sees the element. Symmetrically, the consumer frees a slot by storing {@code head}
 * with {@code RELEASE} and the producer loads it with {@code ACQUIRE} before reusing the slot. Each
 * side reads its own index {@code RELAXED} (no other thread writes it) and caches the other side's
 * index, so the shared cache lines are touched only when the cached view says full or empty.
 *
 * <p>Exactly one thread may call {@link #offer} and exactly one thread may call {@link #poll}.
 *
 * @param <E> the element type
 */
public final class SpscRingBuffer<E> {
  private final Object[] slots;
  private final int mask;

  /** The next index to read; written only by the consumer. */
  @Atomic private long head;

  /** The next index to write; written only by the producer. */
  @Atomic private long tail;

  /** The producer's last view of {@code head}. */
  private long cachedHead;

  /** The consumer's last view of {@code tail}. */
  private long cachedTail;

  /**
   * A ring buffer with room for {@code capacity} elements.
   *
   * @param capacity a power of two, at least 1
   */
  public SpscRingBuffer(int capacity) {
    if (capacity < 1 || Integer.bitCount(capacity) != 1) {
      throw new IllegalArgumentException("capacity must be a power of two: " + capacity);
    }
    slots = new Object[capacity];
    mask = capacity - 1;
  }

  /**
   * Adds {@code element} if there is room. Producer thread only.
   *
   * @param element the element, not null
   * @return false if the buffer was full
   */
  public boolean offer(E element) {
    if (element == null) {
      throw new NullPointerException("element");
    }
    long t = SpscRingBufferAtomics.loadTail(this, RELAXED);
    if (t - cachedHead == slots.length) {
      cachedHead = SpscRingBufferAtomics.loadHead(this, ACQUIRE); // the consumer freed slots?
      if (t - cachedHead == slots.length) {
        return false;
      }
    }
    slots[(int) t & mask] = element; // plain: published by the RELEASE store of tail
    SpscRingBufferAtomics.storeTail(this, t + 1, RELEASE);
    return true;
  }

  /**
   * Removes the oldest element. Consumer thread only.
   *
   * @return the element, or null if the buffer was empty
   */
  @SuppressWarnings("unchecked") // only E is ever stored in slots
  public E poll() {
    long h = SpscRingBufferAtomics.loadHead(this, RELAXED);
    if (h == cachedTail) {
      cachedTail = SpscRingBufferAtomics.loadTail(this, ACQUIRE); // did the producer publish?
      if (h == cachedTail) {
        return null;
      }
    }
    int index = (int) h & mask;
    E element = (E) slots[index];
    slots[index] = null; // before the RELEASE below: the producer may reuse the slot after it
    SpscRingBufferAtomics.storeHead(this, h + 1, RELEASE);
    return element;
  }

  /**
   * The capacity.
   *
   * @return the number of slots
   */
  public int capacity() {
    return slots.length;
  }
}
