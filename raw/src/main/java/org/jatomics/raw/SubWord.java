package org.jatomics.raw;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import org.jatomics.Ordering;

/**
 * {@code xchg} and {@code cmpxchg} for 1- and 2-byte values (byte, boolean, short, char), which
 * {@code java.lang.foreign} offers only as loads and stores. Written once for the four carriers: a
 * value travels as its zero-extended bits in an {@code int}.
 *
 * <p>The operation is a CAS loop on the enclosing naturally aligned 32-bit word: read the word,
 * compare the sub-word's bits, and {@code compareAndExchange} the word with only those bits
 * replaced. A concurrent change of a neighbouring byte makes the CAS fail; its witness (the word it
 * found) is the next iteration's word, so neighbours are never overwritten with stale values and a
 * failure costs no extra load. This is how C compilers lower a 1- or 2-byte {@code
 * atomic_compare_exchange} on machines without sub-word CAS, so C code accessing the same bytes
 * atomically interoperates with it.
 */
final class SubWord {
  private static final boolean LITTLE_ENDIAN = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN;
  private static final VarHandle WORD = Handles.INT;
  private static final int WORD_BYTES = 4;

  /** Replace unconditionally ({@code xchg}). */
  private static final int ALWAYS = 0;

  /** Replace when the bits are equal ({@code cmpxchg} of byte, short, char). */
  private static final int SAME_BITS = 1;

  /**
   * Replace when both are zero or both non-zero ({@code cmpxchg} of boolean): a boolean load reads
   * any non-zero byte as {@code true}, so the comparison must agree with it.
   */
  private static final int SAME_TRUTH = 2;

  private SubWord() {}

  /** Stores {@code bits} and returns the previous bits. */
  static int exchange(
      MemorySegment segment, ValueLayout layout, long offset, int bits, Ordering o) {
    return update(segment, layout, offset, 0, bits, ALWAYS, o);
  }

  /** Stores {@code bits} if the current bits equal {@code expected}; returns the current bits. */
  static int compareAndExchange(
      MemorySegment segment, ValueLayout layout, long offset, int expected, int bits, Ordering o) {
    return update(segment, layout, offset, expected, bits, SAME_BITS, o);
  }

  /** Boolean {@code cmpxchg}: compares truth values, returns the current byte. */
  static int compareAndExchangeTruth(
      MemorySegment segment, ValueLayout layout, long offset, int expected, int bits, Ordering o) {
    return update(segment, layout, offset, expected, bits, SAME_TRUTH, o);
  }

  private static int update(
      MemorySegment segment,
      ValueLayout layout,
      long offset,
      int expected,
      int bits,
      int comparison,
      Ordering o) {
    int cas = Orderings.cas(o);
    int size = (int) layout.byteSize();
    long wordOffset = enclosingWord(segment, layout, offset);
    int position = (int) (offset - wordOffset);
    int shift = 8 * (LITTLE_ENDIAN ? position : WORD_BYTES - size - position);
    int mask = (1 << (8 * size)) - 1;
    boolean swap = size > 1 && layout.order() != ByteOrder.nativeOrder();
    int expectedInMemory = swap ? swapTwoBytes(expected) : expected;
    int bitsInMemory = swap ? swapTwoBytes(bits) : bits;

    int word = (int) WORD.getVolatile(segment, wordOffset);
    while (true) {
      int current = (word >>> shift) & mask;
      if (!matches(comparison, current, expectedInMemory)) {
        return swap ? swapTwoBytes(current) : current;
      }
      int replaced = (word & ~(mask << shift)) | (bitsInMemory << shift);
      int witness = compareAndExchange(segment, wordOffset, word, replaced, cas);
      if (witness == word) {
        return swap ? swapTwoBytes(current) : current;
      }
      word = witness;
    }
  }

  private static boolean matches(int comparison, int current, int expected) {
    return switch (comparison) {
      case SAME_BITS -> current == expected;
      case SAME_TRUTH -> (current != 0) == (expected != 0);
      default -> true;
    };
  }

  private static int compareAndExchange(
      MemorySegment segment, long wordOffset, int expected, int replaced, int mode) {
    return switch (mode) {
      case Orderings.ACQUIRE ->
          (int) WORD.compareAndExchangeAcquire(segment, wordOffset, expected, replaced);
      case Orderings.RELEASE ->
          (int) WORD.compareAndExchangeRelease(segment, wordOffset, expected, replaced);
      default -> (int) WORD.compareAndExchange(segment, wordOffset, expected, replaced);
    };
  }

  private static int swapTwoBytes(int bits) {
    return Integer.reverseBytes(bits) >>> 16;
  }

  /**
   * Checks the access the caller asked for, then returns the offset of its enclosing aligned word.
   * Every check happens before memory is touched; liveness and confinement are checked by the first
   * access to the word (the JDK's {@code IllegalStateException} / {@code WrongThreadException}).
   */
  private static long enclosingWord(MemorySegment segment, ValueLayout layout, long offset) {
    Handles.requireAligned(layout);
    long size = layout.byteSize();
    if (offset < 0 || offset > segment.byteSize() - size) {
      throw new IndexOutOfBoundsException(
          "offset " + offset + " with a " + size + "-byte access is out of bounds of " + segment);
    }
    long address = segment.address() + offset;
    long alignment = layout.byteAlignment();
    if ((address & (alignment - 1)) != 0) {
      throw new IllegalArgumentException(
          "misaligned offset "
              + offset
              + ": the "
              + layout.carrier().getSimpleName()
              + " layout "
              + layout
              + " needs "
              + alignment
              + "-byte alignment, and segment address 0x"
              + Long.toHexString(segment.address())
              + " + "
              + offset
              + " is not a multiple of "
              + alignment);
    }
    if (segment.isReadOnly()) {
      throw new IllegalArgumentException(
          "Attempt to write a read-only segment (offset " + offset + "): " + segment);
    }
    long wordOffset = offset - (address & (WORD_BYTES - 1));
    if (wordOffset < 0 || wordOffset > segment.byteSize() - WORD_BYTES) {
      throw new IllegalArgumentException(
          "the "
              + size
              + "-byte value at offset "
              + offset
              + " is exchanged through a CAS on its enclosing aligned 4-byte word at offset "
              + wordOffset
              + ", which does not lie wholly inside "
              + segment
              + "; use a segment that covers the whole word");
    }
    int carried = heapElementSize(segment);
    if (carried < WORD_BYTES) {
      throw new IllegalArgumentException(
          "the "
              + size
              + "-byte value at offset "
              + offset
              + " is exchanged through a CAS on its enclosing 4-byte word, which needs 4-byte"
              + " alignment; a heap segment over a "
              + segment.heapBase().orElseThrow().getClass().getSimpleName()
              + " aligns only to "
              + carried
              + " byte(s); use a native segment or a heap segment over int[] or long[]");
    }
    return wordOffset;
  }

  /** The element size of a heap segment's array (what it can align to); {@code 8} if native. */
  private static int heapElementSize(MemorySegment segment) {
    if (segment.isNative()) {
      return 8; // the common case, without heapBase()'s Optional
    }
    Class<?> component =
        segment
            .heapBase()
            .<Class<?>>map(base -> base.getClass().componentType())
            .orElse(long.class);
    if (component == byte.class || component == boolean.class) {
      return 1;
    }
    if (component == short.class || component == char.class) {
      return 2;
    }
    return component == int.class || component == float.class ? 4 : 8;
  }
}
