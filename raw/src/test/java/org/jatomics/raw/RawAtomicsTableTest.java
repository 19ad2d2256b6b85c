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
import java.util.function.Predicate;
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
  private static final List<Ordering> LOADS = List.of(RELAXED, ACQUIRE, CONSUME);
  private static final List<Ordering> STORES = List.of(RELAXED, RELEASE);
  private static final List<Ordering> RMW = List.of(RELAXED, ACQUIRE, CONSUME, RELEASE, FULL);
  private static final byte FILL = (byte) 0xC3;

  /** The columns of the table: one operation, the orderings it accepts, the layouts it has. */
  private static final List<Case> CASES =
      List.of(
          new Case("atomicLoad", LOADS, row -> true, RawAtomicsTableTest::load),
          new Case("atomicStore", STORES, row -> true, RawAtomicsTableTest::store),
          new Case("xchg", RMW, row -> true, RawAtomicsTableTest::xchg),
          new Case("cmpxchg succeeds", RMW, row -> true, RawAtomicsTableTest::cmpxchgSucceeds),
          new Case("cmpxchg fails", RMW, row -> true, RawAtomicsTableTest::cmpxchgFails),
          new Case(
              "fetchAdd wraps",
              RMW,
              row -> row.fetchAdd().isPresent(),
              RawAtomicsTableTest::fetchAddWraps),
          new Case(
              "fetchAdd subtracts",
              RMW,
              row -> row.fetchAdd().isPresent(),
              RawAtomicsTableTest::fetchAddSubtracts));

  @TestFactory
  List<DynamicTest> everyLayoutOperationAndOrdering() {
    List<DynamicTest> tests = new ArrayList<>();
    for (LayoutRow row : LayoutRow.all()) {
      for (Case c : CASES) {
        if (c.appliesTo().test(row)) {
          for (Ordering o : c.orderings()) {
            tests.add(test(row, c, o));
          }
        }
      }
    }
    return tests;
  }

  private static void load(LayoutRow row, Ordering o, MemorySegment segment, long offset) {
    row.plainSet(segment, offset, row.first());
    assertSame(row, row.first(), row.load(segment, offset, (Ordering.AcquireOrRelaxed) o));
  }

  private static void store(LayoutRow row, Ordering o, MemorySegment segment, long offset) {
    row.plainSet(segment, offset, row.first());
    row.store(segment, offset, row.second(), (Ordering.ReleaseOrRelaxed) o);
    assertSame(row, row.second(), row.plainGet(segment, offset));
  }

  private static void xchg(LayoutRow row, Ordering o, MemorySegment segment, long offset) {
    row.plainSet(segment, offset, row.first());
    assertSame(row, row.first(), row.xchg(segment, offset, row.second(), o));
    assertSame(row, row.second(), row.plainGet(segment, offset));
  }

  private static void cmpxchgSucceeds(
      LayoutRow row, Ordering o, MemorySegment segment, long offset) {
    row.plainSet(segment, offset, row.first());
    assertSame(row, row.first(), row.cmpxchg(segment, offset, row.first(), row.second(), o));
    assertSame(row, row.second(), row.plainGet(segment, offset));
  }

  private static void cmpxchgFails(LayoutRow row, Ordering o, MemorySegment segment, long offset) {
    row.plainSet(segment, offset, row.first());
    byte[] before = segment.toArray(ValueLayout.JAVA_BYTE);
    Object witness = row.cmpxchg(segment, offset, row.second(), row.second(), o);
    assertSame(row, row.first(), witness);
    assertFalse(LayoutRow.same(witness, row.second()), "witness must differ from expected");
    assertArrayEquals(before, segment.toArray(ValueLayout.JAVA_BYTE), "a failed cmpxchg wrote");
  }

  private static void fetchAddWraps(LayoutRow row, Ordering o, MemorySegment segment, long offset) {
    boolean isInt = row.layout().carrier() == int.class;
    Object max = row.integral(isInt ? Integer.MAX_VALUE : Long.MAX_VALUE);
    row.plainSet(segment, offset, max);
    assertEquals(max, row.fetchAdd(segment, offset, row.integral(1), o));
    assertEquals(
        row.integral(isInt ? Integer.MIN_VALUE : Long.MIN_VALUE), row.plainGet(segment, offset));
  }

  private static void fetchAddSubtracts(
      LayoutRow row, Ordering o, MemorySegment segment, long offset) {
    row.plainSet(segment, offset, row.first());
    long first = ((Number) row.first()).longValue();
    assertEquals(row.first(), row.fetchAdd(segment, offset, row.integral(-1000), o));
    assertEquals(row.integral(first - 1000), row.plainGet(segment, offset));
  }

  /**
   * A case run at every aligned position of the value in bytes [16, 24) of a 48-byte segment filled
   * with a pattern; the bytes outside the value must keep the pattern.
   */
  private static DynamicTest test(LayoutRow row, Case c, Ordering o) {
    return dynamicTest(
        row + " " + c.operation() + " " + o,
        () -> {
          try (Arena arena = Arena.ofConfined()) {
            MemorySegment segment = arena.allocate(48, 16);
            long step = Math.max(row.size(), row.layout().byteAlignment());
            for (long offset : LongStream.iterate(16, p -> p < 24, p -> p + step).toArray()) {
              segment.fill(FILL);
              c.body().run(row, o, segment, offset);
              assertNeighboursUntouched(segment, offset, row.size());
            }
          }
        });
  }

  private static void assertNeighboursUntouched(MemorySegment segment, long offset, long size) {
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

  /** The body of one table case, run for one layout and ordering at one offset. */
  @FunctionalInterface
  interface CaseBody {
    void run(LayoutRow row, Ordering o, MemorySegment segment, long offset);
  }

  /**
   * One operation of the table: its name, the orderings it accepts and the layouts it exists for.
   */
  record Case(
      String operation, List<Ordering> orderings, Predicate<LayoutRow> appliesTo, CaseBody body) {}
}
