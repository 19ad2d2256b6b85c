package org.jatomics.raw;

import static org.jatomics.Ordering.ACQUIRE;
import static org.jatomics.Ordering.CONSUME;
import static org.jatomics.Ordering.FULL;
import static org.jatomics.Ordering.RELAXED;
import static org.jatomics.Ordering.RELEASE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.jatomics.Ordering;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every layout x every operation x every ordering the operation accepts, as the kernel's {@code
 * for_each_type!} tests do: round trips, {@code xchg}, {@code cmpxchg} success and failure, {@code
 * fetchAdd} with wrap-around. Each case runs at every position of the value inside an aligned
 * 8-byte window surrounded by a fill pattern, and checks that no byte outside the value changed.
 */
class RawAtomicsTableTest {
  private static final List<Ordering.AcquireOrRelaxed> LOADS = List.of(RELAXED, ACQUIRE, CONSUME);
  private static final List<Ordering.ReleaseOrRelaxed> STORES = List.of(RELAXED, RELEASE);
  private static final List<Ordering> RMW = List.of(RELAXED, ACQUIRE, CONSUME, RELEASE, FULL);
  private static final byte FILL = (byte) 0xC3;

  @TestFactory
  List<DynamicTest> everyLayoutOperationAndOrdering() {
    List<DynamicTest> tests = new ArrayList<>();
    for (LayoutRow row : LayoutRow.all()) {
      for (Ordering.AcquireOrRelaxed o : LOADS) {
        tests.add(
            test(
                row,
                "atomicLoad",
                o,
                (segment, offset) -> {
                  row.plainSet(segment, offset, row.first());
                  assertSame(row, row.first(), row.load(segment, offset, o));
                }));
      }
      for (Ordering.ReleaseOrRelaxed o : STORES) {
        tests.add(
            test(
                row,
                "atomicStore",
                o,
                (segment, offset) -> {
                  row.plainSet(segment, offset, row.first());
                  row.store(segment, offset, row.second(), o);
                  assertSame(row, row.second(), row.plainGet(segment, offset));
                }));
      }
      for (Ordering o : RMW) {
        tests.add(
            test(
                row,
                "xchg",
                o,
                (segment, offset) -> {
                  row.plainSet(segment, offset, row.first());
                  assertSame(row, row.first(), row.xchg(segment, offset, row.second(), o));
                  assertSame(row, row.second(), row.plainGet(segment, offset));
                }));
        tests.add(
            test(
                row,
                "cmpxchg succeeds",
                o,
                (segment, offset) -> {
                  row.plainSet(segment, offset, row.first());
                  assertSame(
                      row, row.first(), row.cmpxchg(segment, offset, row.first(), row.second(), o));
                  assertSame(row, row.second(), row.plainGet(segment, offset));
                }));
        tests.add(
            test(
                row,
                "cmpxchg fails",
                o,
                (segment, offset) -> {
                  row.plainSet(segment, offset, row.first());
                  byte[] before = segment.toArray(ValueLayout.JAVA_BYTE);
                  Object witness = row.cmpxchg(segment, offset, row.second(), row.second(), o);
                  assertSame(row, row.first(), witness);
                  assertFalse(
                      LayoutRow.same(witness, row.second()), "witness must differ from expected");
                  assertArrayEquals(
                      before, segment.toArray(ValueLayout.JAVA_BYTE), "a failed cmpxchg wrote");
                }));
        if (row.fetchAdd().isPresent()) {
          tests.add(
              test(
                  row,
                  "fetchAdd wraps",
                  o,
                  (segment, offset) -> {
                    boolean isInt = row.layout().carrier() == int.class;
                    Object max = isInt ? (Object) Integer.MAX_VALUE : (Object) Long.MAX_VALUE;
                    Object min = isInt ? (Object) Integer.MIN_VALUE : (Object) Long.MIN_VALUE;
                    Object one = isInt ? (Object) 1 : (Object) 1L;
                    row.plainSet(segment, offset, max);
                    assertEquals(max, row.fetchAdd(segment, offset, one, o));
                    assertEquals(min, row.plainGet(segment, offset));
                  }));
          tests.add(
              test(
                  row,
                  "fetchAdd negative",
                  o,
                  (segment, offset) -> {
                    boolean isInt = row.layout().carrier() == int.class;
                    row.plainSet(segment, offset, row.first());
                    Object delta = isInt ? (Object) (-1000) : (Object) (-1000L);
                    Object sum =
                        isInt
                            ? (Object) ((Integer) row.first() - 1000)
                            : (Object) ((Long) row.first() - 1000L);
                    assertEquals(row.first(), row.fetchAdd(segment, offset, delta, o));
                    assertEquals(sum, row.plainGet(segment, offset));
                  }));
        }
      }
    }
    return tests;
  }

  /**
   * A case run at every aligned position of the value in bytes [16, 24) of a 48-byte segment filled
   * with a pattern; the bytes outside the value must keep the pattern.
   */
  private static DynamicTest test(LayoutRow row, String operation, Ordering o, CaseBody body) {
    return dynamicTest(
        row + " " + operation + " " + o,
        () -> {
          try (Arena arena = Arena.ofConfined()) {
            MemorySegment segment = arena.allocate(48, 16);
            long step = Math.max(row.size(), row.layout().byteAlignment());
            for (long offset : LongStream.iterate(16, p -> p < 24, p -> p + step).toArray()) {
              segment.fill(FILL);
              body.run(segment, offset);
              assertNeighboursUntouched(segment, offset, row.size());
            }
          }
        });
  }

  static void assertNeighboursUntouched(MemorySegment segment, long offset, long size) {
    for (long i = 0; i < segment.byteSize(); i++) {
      if (i < offset || i >= offset + size) {
        assertEquals(
            FILL,
            segment.get(ValueLayout.JAVA_BYTE, i),
            "byte " + i + " outside the value changed");
      }
    }
  }

  private static void assertSame(LayoutRow row, Object expected, Object actual) {
    assertTrue(
        LayoutRow.same(expected, actual), row + ": expected " + expected + " but was " + actual);
  }

  /** The body of one table case, run at one offset. */
  @FunctionalInterface
  interface CaseBody {
    void run(MemorySegment segment, long offset);
  }
}
