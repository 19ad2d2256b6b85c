package org.jatomics.raw;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BOOLEAN;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;
import static org.jatomics.Ordering.ACQUIRE;
import static org.jatomics.Ordering.FULL;
import static org.jatomics.Ordering.RELAXED;
import static org.jatomics.Ordering.RELEASE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteOrder;
import org.jatomics.Ordering;
import org.junit.jupiter.api.Test;

/** The values whose comparison is not plain equality: floating point bits, pointers, booleans. */
class RawAtomicsValuesTest {

  /**
   * {@code cmpxchg} of {@code float} and {@code double} compares raw bits: a NaN matches the same
   * NaN, not a NaN with another payload, and {@code 0.0} does not match {@code -0.0}.
   */
  @Test
  void floatingPointCompareIsBitwise() {
    LayoutRow floats = row("float");
    LayoutRow doubles = row("double");
    checkBitwise(floats, Float.NaN, Float.intBitsToFloat(0x7fc0_0001), -0.0f, 0.0f, 1.0f);
    checkBitwise(
        doubles, Double.NaN, Double.longBitsToDouble(0x7ff8_0000_0000_0001L), -0.0, 0.0, 1.0);
  }

  private static void checkBitwise(
      LayoutRow row, Object nan, Object otherNan, Object negativeZero, Object zero, Object one) {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment m = arena.allocate(8, 8);
      for (var c :
          new Object[][] {
            // memory, expected, exchanged?
            {nan, nan, true},
            {otherNan, nan, false},
            {negativeZero, zero, false},
            {negativeZero, negativeZero, true},
          }) {
        for (Ordering o : new Ordering[] {RELAXED, ACQUIRE, RELEASE, FULL}) {
          row.plainSet(m, 0, c[0]);
          Object witness = row.cmpxchg(m, 0, c[1], one, o);
          assertTrue(LayoutRow.same(c[0], witness), row + ": witness has the bits found in memory");
          boolean exchanged = (boolean) c[2];
          assertEquals(
              exchanged,
              LayoutRow.same(witness, c[1]),
              row + ": witness equals expected iff exchanged");
          assertTrue(
              LayoutRow.same(exchanged ? one : c[0], row.plainGet(m, 0)),
              row + " " + c[0] + " vs " + c[1] + " " + o);
        }
      }
    }
  }

  private static LayoutRow row(String name) {
    return LayoutRow.canonical().stream()
        .filter(r -> r.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void pointersCompareByAddress() {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment m = arena.allocate(16, 8);
      MemorySegment node = arena.allocate(64, 8);
      RawAtomics.atomicStore(m, ADDRESS, 0, node, RELEASE);
      MemorySegment loaded = RawAtomics.atomicLoad(m, ADDRESS, 0, ACQUIRE);
      assertEquals(node.address(), loaded.address());

      // Another segment object (zero length, no arena) with the same address is the same pointer.
      MemorySegment sameAddress = MemorySegment.ofAddress(node.address());
      MemorySegment witness =
          RawAtomics.cmpxchg(m, ADDRESS, 0, sameAddress, MemorySegment.NULL, FULL);
      assertEquals(node.address(), witness.address());
      assertEquals(0L, m.get(JAVA_INT, 0) | m.get(JAVA_INT, 4), "exchanged for NULL");

      // A pointer into the same allocation at another address is not.
      RawAtomics.atomicStore(m, ADDRESS, 0, node, RELAXED);
      witness = RawAtomics.cmpxchg(m, ADDRESS, 0, node.asSlice(8), MemorySegment.NULL, FULL);
      assertEquals(node.address(), witness.address());
      assertEquals(node.address(), m.get(ADDRESS, 0).address(), "failed cmpxchg wrote");

      MemorySegment previous =
          RawAtomics.xchg(m, ADDRESS, 0, MemorySegment.ofAddress(0x40), RELAXED);
      assertEquals(node.address(), previous.address());
      assertEquals(0x40, m.get(ADDRESS, 0).address());
    }
  }

  @Test
  void booleanCompareIsByTruthValue() {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment m = arena.allocate(4, 4);
      m.set(JAVA_BYTE, 1, (byte) 2); // a C `bool` written as 2 by careless code is still true
      assertTrue(RawAtomics.atomicLoad(m, JAVA_BOOLEAN, 1, ACQUIRE));
      assertTrue(
          RawAtomics.cmpxchg(m, JAVA_BOOLEAN, 1, false, true, FULL),
          "witness is true: no exchange");
      assertEquals(2, m.get(JAVA_BYTE, 1), "failed cmpxchg wrote");
      assertTrue(
          RawAtomics.cmpxchg(m, JAVA_BOOLEAN, 1, true, false, FULL), "true matches the byte 2");
      assertEquals(0, m.get(JAVA_BYTE, 1));
      assertFalse(RawAtomics.xchg(m, JAVA_BOOLEAN, 1, true, RELEASE));
      assertEquals(1, m.get(JAVA_BYTE, 1), "true is stored as 1");
      assertEquals(0, m.get(JAVA_BYTE, 0) | m.get(JAVA_BYTE, 2) | m.get(JAVA_BYTE, 3));
    }
  }

  /** The emulation agrees with the JDK's own byte order handling for every position in the word. */
  @Test
  void subWordPositionsMatchPlainAccess() {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment m = arena.allocate(8, 8);
      for (long offset = 0; offset < 8; offset++) {
        m.fill((byte) 0);
        m.set(JAVA_BYTE, offset, (byte) -3);
        assertEquals(
            (byte) -3, RawAtomics.cmpxchg(m, JAVA_BYTE, offset, (byte) -3, (byte) 0x7F, RELAXED));
        assertEquals((byte) 0x7F, m.get(JAVA_BYTE, offset));
        assertEquals(
            0x7FL << (8 * offset),
            m.get(
                java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED.withOrder(
                    ByteOrder.LITTLE_ENDIAN),
                0));
      }
      for (long offset = 0; offset < 8; offset += 2) {
        m.fill((byte) 0);
        m.set(JAVA_SHORT, offset, (short) 0x8001);
        assertEquals(
            (short) 0x8001, RawAtomics.xchg(m, JAVA_SHORT, offset, (short) 0x1234, ACQUIRE));
        assertEquals((short) 0x1234, m.get(JAVA_SHORT, offset));
      }
    }
  }

  @Test
  void subWordOnHeapIntArrayWorks() {
    int[] array = new int[2];
    MemorySegment heap = MemorySegment.ofArray(array);
    assertEquals((byte) 0, RawAtomics.xchg(heap, JAVA_BYTE, 5, (byte) 0x11, FULL));
    assertEquals(
        (short) 0, RawAtomics.cmpxchg(heap, JAVA_SHORT, 2, (short) 0, (short) 0x2233, FULL));
    int expectedSecond = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN ? 0x1100 : 0x00110000;
    assertEquals(expectedSecond, array[1]);
    assertEquals(
        0x2233,
        ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN ? array[0] >>> 16 : array[0] & 0xFFFF);
  }
}
