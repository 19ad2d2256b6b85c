package org.jatomics.raw;

import static org.jatomics.Ordering.ACQUIRE;
import static org.jatomics.Ordering.FULL;
import static org.jatomics.Ordering.RELEASE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/**
 * Bad input gets a clear exception and nothing is written: every layout x every operation x every
 * kind of bad input. Memory starts zeroed and every writing operation would write a non-zero value
 * (a {@code cmpxchg} expects zero, so it would succeed), so "nothing written" is a real check.
 */
class RawAtomicsBadInputTest {

  /** One operation of the API, applied with the arguments a bad-input case supplies. */
  enum Operation {
    LOAD(false),
    STORE(true),
    XCHG(true),
    CMPXCHG(true),
    FETCH_ADD(true);

    final boolean writes;

    Operation(boolean writes) {
      this.writes = writes;
    }

    boolean appliesTo(LayoutRow row) {
      return this != FETCH_ADD || row.fetchAdd().isPresent();
    }

    /** True when the operation is emulated on the enclosing 4-byte word. */
    boolean onWord(LayoutRow row) {
      return row.isSubWord() && (this == XCHG || this == CMPXCHG);
    }

    void apply(LayoutRow row, MemorySegment segment, long offset) {
      switch (this) {
        case LOAD -> row.load(segment, offset, ACQUIRE);
        case STORE -> row.store(segment, offset, row.first(), RELEASE);
        case XCHG -> row.xchg(segment, offset, row.first(), FULL);
        case CMPXCHG -> row.cmpxchg(segment, offset, row.zero(), row.first(), FULL);
        case FETCH_ADD ->
            row.fetchAdd(
                segment,
                offset,
                row.layout().carrier() == int.class ? (Object) 1 : (Object) 1L,
                FULL);
      }
    }

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** A bad-input case over a fresh zeroed 48-byte native segment (16-aligned). */
  @FunctionalInterface
  interface Case {
    void check(LayoutRow row, Operation op, MemorySegment memory);
  }

  @TestFactory
  List<DynamicTest> everyLayoutAndOperationRejectsBadInput() {
    List<DynamicTest> tests = new ArrayList<>();
    for (LayoutRow row : LayoutRow.all()) {
      for (Operation op : Operation.values()) {
        if (!op.appliesTo(row)) {
          continue;
        }
        add(tests, row, op, "misaligned offset", RawAtomicsBadInputTest::misalignedOffset);
        add(tests, row, op, "unaligned layout", RawAtomicsBadInputTest::unalignedLayout);
        add(tests, row, op, "out of bounds", RawAtomicsBadInputTest::outOfBounds);
        add(tests, row, op, "closed arena", RawAtomicsBadInputTest::closedArena);
        add(tests, row, op, "read-only segment", RawAtomicsBadInputTest::readOnly);
        add(tests, row, op, "heap segment element size", RawAtomicsBadInputTest::heapElementSize);
        add(tests, row, op, "null ordering", RawAtomicsBadInputTest::nullOrdering);
        add(
            tests,
            row,
            op,
            "enclosing word outside the segment",
            RawAtomicsBadInputTest::wordOutside);
      }
    }
    return tests;
  }

  private static void add(
      List<DynamicTest> tests, LayoutRow row, Operation op, String what, Case c) {
    tests.add(
        dynamicTest(
            row + " " + op + ": " + what,
            () -> {
              try (Arena arena = Arena.ofConfined()) {
                c.check(row, op, arena.allocate(48, 16));
              }
            }));
  }

  private static void misalignedOffset(LayoutRow row, Operation op, MemorySegment memory) {
    long alignment = row.layout().byteAlignment();
    if (alignment == 1) {
      return; // every offset is aligned for a 1-byte layout
    }
    long offset = 16 + alignment / 2;
    IllegalArgumentException e =
        rejects(IllegalArgumentException.class, memory, () -> op.apply(row, memory, offset));
    assertMessage(e, "offset " + offset);
    assertMessage(e, "alignment");
    assertMessage(e, String.valueOf(alignment));
  }

  private static void unalignedLayout(LayoutRow row, Operation op, MemorySegment memory) {
    if (row.size() == 1) {
      return; // a 1-byte layout cannot be unaligned
    }
    LayoutRow unaligned = row.withLayout(row.layout().withByteAlignment(1));
    IllegalArgumentException e =
        rejects(IllegalArgumentException.class, memory, () -> op.apply(unaligned, memory, 16));
    assertMessage(e, "unaligned layout");
  }

  private static void outOfBounds(LayoutRow row, Operation op, MemorySegment memory) {
    long alignment = row.layout().byteAlignment();
    rejects(
        IndexOutOfBoundsException.class, memory, () -> op.apply(row, memory, memory.byteSize()));
    rejects(IndexOutOfBoundsException.class, memory, () -> op.apply(row, memory, -alignment));
    rejects(
        IndexOutOfBoundsException.class, memory, () -> op.apply(row, memory, Long.MAX_VALUE - 7));
  }

  private static void closedArena(LayoutRow row, Operation op, MemorySegment unused) {
    Arena arena = Arena.ofConfined();
    MemorySegment memory = arena.allocate(48, 16);
    arena.close();
    assertThrows(IllegalStateException.class, () -> op.apply(row, memory, 16));
  }

  private static void readOnly(LayoutRow row, Operation op, MemorySegment memory) {
    MemorySegment readOnly = memory.asReadOnly();
    if (!op.writes) {
      assertDoesNotThrow(() -> op.apply(row, readOnly, 16));
      return;
    }
    IllegalArgumentException e =
        rejects(IllegalArgumentException.class, memory, () -> op.apply(row, readOnly, 16));
    assertMessage(e, "read-only");
  }

  /** A heap segment aligns only to its array's element size; wider accesses are refused. */
  private static void heapElementSize(LayoutRow row, Operation op, MemorySegment unused) {
    for (Object array : new Object[] {new byte[48], new short[24], new int[12], new long[6]}) {
      MemorySegment heap = heapSegment(array);
      long elementSize = heap.byteSize() / java.lang.reflect.Array.getLength(array);
      long needed = Math.max(op.onWord(row) ? 4 : row.size(), row.layout().byteAlignment());
      if (elementSize >= needed) {
        assertDoesNotThrow(() -> op.apply(row, heap, 0), "on " + array.getClass().getSimpleName());
        continue;
      }
      IllegalArgumentException e =
          rejects(IllegalArgumentException.class, heap, () -> op.apply(row, heap, 0));
      assertMessage(e, "alignment");
    }
  }

  private static void nullOrdering(LayoutRow row, Operation op, MemorySegment memory) {
    rejects(
        NullPointerException.class,
        memory,
        () -> {
          switch (op) {
            case LOAD -> row.load(memory, 16, null);
            case STORE -> row.store(memory, 16, row.first(), null);
            case XCHG -> row.xchg(memory, 16, row.first(), null);
            case CMPXCHG -> row.cmpxchg(memory, 16, row.zero(), row.first(), null);
            case FETCH_ADD ->
                row.fetchAdd(
                    memory,
                    16,
                    row.layout().carrier() == int.class ? (Object) 1 : (Object) 1L,
                    null);
          }
        });
  }

  /**
   * A sub-word value whose enclosing aligned 4-byte word sticks out of the segment (at either end):
   * the emulation would have to touch bytes outside the segment, so it refuses.
   */
  private static void wordOutside(LayoutRow row, Operation op, MemorySegment memory) {
    if (!op.onWord(row)) {
      return;
    }
    long size = row.size();
    MemorySegment startsMidWord =
        memory.asSlice(16 + size, 4); // value at 0, its word starts before
    MemorySegment endsMidWord =
        memory.asSlice(16, 4 - size); // value at 4-2*size.., word ends after
    for (var c :
        List.of(new Object[] {startsMidWord, 0L}, new Object[] {endsMidWord, 4 - 2 * size})) {
      MemorySegment slice = (MemorySegment) c[0];
      long offset = (long) c[1];
      if (offset < 0) {
        continue;
      }
      IllegalArgumentException e =
          rejects(IllegalArgumentException.class, memory, () -> op.apply(row, slice, offset));
      assertMessage(e, "enclosing aligned 4-byte word");
    }
  }

  @Test
  void unalignedJdkConstantsAreRejected() {
    allReject(
        IllegalArgumentException.class,
        m ->
            List.of(
                () -> RawAtomics.atomicStore(m, ValueLayout.JAVA_INT_UNALIGNED, 0, 1, RELEASE),
                () ->
                    RawAtomics.cmpxchg(
                        m, ValueLayout.JAVA_SHORT_UNALIGNED, 0, (short) 0, (short) 1, FULL),
                () ->
                    RawAtomics.xchg(
                        m, ValueLayout.ADDRESS_UNALIGNED, 0, MemorySegment.ofAddress(1), FULL),
                () -> RawAtomics.fetchAdd(m, ValueLayout.JAVA_LONG_UNALIGNED, 0, 1L, FULL)));
  }

  @Test
  void heapSegmentIsNoPointerValue() {
    MemorySegment heap = MemorySegment.ofArray(new long[1]);
    allReject(
        IllegalArgumentException.class,
        m ->
            List.of(
                () -> RawAtomics.atomicStore(m, ValueLayout.ADDRESS, 0, heap, RELEASE),
                () -> RawAtomics.xchg(m, ValueLayout.ADDRESS, 0, heap, FULL),
                () ->
                    RawAtomics.cmpxchg(m, ValueLayout.ADDRESS, 0, MemorySegment.NULL, heap, FULL)));
  }

  @Test
  void nullSegmentAndLayoutAreRejected() {
    allReject(
        NullPointerException.class,
        m ->
            List.of(
                () -> RawAtomics.atomicLoad(null, ValueLayout.JAVA_INT, 0, ACQUIRE),
                () -> RawAtomics.atomicLoad(m, (ValueLayout.OfInt) null, 0, ACQUIRE),
                () -> RawAtomics.cmpxchg(m, (ValueLayout.OfByte) null, 0, (byte) 0, (byte) 1, FULL),
                () -> RawAtomics.xchg(null, ValueLayout.JAVA_BYTE, 0, (byte) 1, FULL)));
  }

  @Test
  void wrongThreadIsRejected() throws Exception {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment memory = arena.allocate(16, 16);
      Throwable[] thrown = new Throwable[1];
      Thread other =
          new Thread(
              () -> {
                try {
                  RawAtomics.cmpxchg(memory, ValueLayout.JAVA_BYTE, 1, (byte) 0, (byte) 1, FULL);
                } catch (Throwable t) {
                  thrown[0] = t;
                }
              });
      other.start();
      other.join();
      assertTrue(
          thrown[0] instanceof WrongThreadException,
          "expected WrongThreadException, got " + thrown[0]);
      assertArrayEquals(new byte[16], memory.toArray(ValueLayout.JAVA_BYTE));
    }
  }

  private static MemorySegment heapSegment(Object array) {
    return switch (array) {
      case byte[] a -> MemorySegment.ofArray(a);
      case short[] a -> MemorySegment.ofArray(a);
      case int[] a -> MemorySegment.ofArray(a);
      case long[] a -> MemorySegment.ofArray(a);
      default -> throw new AssertionError(array);
    };
  }

  /**
   * Asserts that {@code call} throws {@code type} and that {@code observed} (the memory the call
   * would have written, through a view that can read it) is byte for byte unchanged.
   */
  private static <T extends Throwable> T rejects(
      Class<T> type, MemorySegment observed, Executable call) {
    byte[] before = observed.toArray(ValueLayout.JAVA_BYTE);
    T thrown = assertThrows(type, call);
    assertArrayEquals(
        before,
        observed.toArray(ValueLayout.JAVA_BYTE),
        "memory changed although it threw " + thrown);
    return thrown;
  }

  /**
   * Each call made over a fresh zeroed 16-byte native segment must throw {@code type} and leave the
   * segment unchanged.
   */
  private static void allReject(
      Class<? extends Throwable> type, Function<MemorySegment, List<Executable>> calls) {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment memory = arena.allocate(16, 16);
      for (Executable call : calls.apply(memory)) {
        rejects(type, memory, call);
      }
    }
  }

  private static void assertMessage(Throwable e, String part) {
    assertTrue(
        e.getMessage() != null && e.getMessage().contains(part),
        "message should contain '" + part + "': " + e.getMessage());
  }
}
