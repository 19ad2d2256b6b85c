package org.jatomics.accessors;

import static org.jatomics.Ordering.ACQUIRE;
import static org.jatomics.Ordering.CONSUME;
import static org.jatomics.Ordering.FULL;
import static org.jatomics.Ordering.RELAXED;
import static org.jatomics.Ordering.RELEASE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.jatomics.Ordering;
import org.jatomics.Ordering.AcquireOrRelaxed;
import org.jatomics.Ordering.ReleaseOrRelaxed;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every field type x every operation x every accepted ordering, in the spirit of the kernel's
 * {@code for_each_type!} tests: each row of {@link #ROWS} binds the generated accessors of one
 * field, and every check below runs over every row.
 */
class AccessorTableTest {
  private static final List<AcquireOrRelaxed> LOADS = List.of(RELAXED, ACQUIRE, CONSUME);
  private static final List<ReleaseOrRelaxed> STORES = List.of(RELAXED, RELEASE);
  private static final List<Ordering> RMWS = List.of(RELAXED, ACQUIRE, CONSUME, RELEASE, FULL);

  /**
   * One field under test: its accessors and three values with {@code a != b} and {@code c != a}
   * ("!=" in the sense of {@code same}).
   */
  record Row<V>(
      String name,
      Supplier<Cell<V>> cell,
      V a,
      V b,
      V c,
      BiPredicate<V, V> same,
      UnaryOperator<V> equalCopy) {

    void assertSame(V expected, V actual, String what) {
      assertTrue(
          same.test(expected, actual),
          () -> name + ": " + what + ": expected <" + expected + "> but was <" + actual + ">");
    }
  }

  private static <V> Row<V> value(String name, Supplier<Cell<V>> cell, V a, V b, V c) {
    return new Row<>(name, cell, a, b, c, Objects::equals, null);
  }

  /** References compare by identity; {@code equalCopy} makes an equal but distinct object. */
  private static <V> Row<V> reference(
      String name, Supplier<Cell<V>> cell, V a, V b, V c, UnaryOperator<V> equalCopy) {
    return new Row<>(name, cell, a, b, c, (x, y) -> x == y, equalCopy);
  }

  private static final BiPredicate<Float, Float> FLOAT_BITS =
      (x, y) -> Float.floatToRawIntBits(x) == Float.floatToRawIntBits(y);
  private static final BiPredicate<Double, Double> DOUBLE_BITS =
      (x, y) -> Double.doubleToRawLongBits(x) == Double.doubleToRawLongBits(y);

  private static Cell<Boolean> z(AllTypes h) {
    return Cell.of(
        h,
        AllTypesAtomics::loadZ,
        AllTypesAtomics::storeZ,
        AllTypesAtomics::xchgZ,
        AllTypesAtomics::cmpxchgZ);
  }

  private static Cell<Byte> b(AllTypes h) {
    return Cell.of(
        h,
        AllTypesAtomics::loadB,
        AllTypesAtomics::storeB,
        AllTypesAtomics::xchgB,
        AllTypesAtomics::cmpxchgB);
  }

  private static Cell<Short> s(AllTypes h) {
    return Cell.of(
        h,
        AllTypesAtomics::loadS,
        AllTypesAtomics::storeS,
        AllTypesAtomics::xchgS,
        AllTypesAtomics::cmpxchgS);
  }

  private static Cell<Character> c(AllTypes h) {
    return Cell.of(
        h,
        AllTypesAtomics::loadC,
        AllTypesAtomics::storeC,
        AllTypesAtomics::xchgC,
        AllTypesAtomics::cmpxchgC);
  }

  private static Cell<Integer> i(AllTypes h) {
    return Cell.of(
        h,
        AllTypesAtomics::loadI,
        AllTypesAtomics::storeI,
        AllTypesAtomics::xchgI,
        AllTypesAtomics::cmpxchgI,
        AllTypesAtomics::fetchAddI);
  }

  private static Cell<Long> j(AllTypes h) {
    return Cell.of(
        h,
        AllTypesAtomics::loadJ,
        AllTypesAtomics::storeJ,
        AllTypesAtomics::xchgJ,
        AllTypesAtomics::cmpxchgJ,
        AllTypesAtomics::fetchAddJ);
  }

  private static Cell<Long> volatileLong(AllTypes h) {
    return Cell.of(
        h,
        AllTypesAtomics::loadVolatileLong,
        AllTypesAtomics::storeVolatileLong,
        AllTypesAtomics::xchgVolatileLong,
        AllTypesAtomics::cmpxchgVolatileLong,
        AllTypesAtomics::fetchAddVolatileLong);
  }

  private static Cell<Integer> staticInt() {
    return new Cell<>(
        AllTypesAtomics::loadSi,
        AllTypesAtomics::storeSi,
        AllTypesAtomics::xchgSi,
        AllTypesAtomics::cmpxchgSi,
        AllTypesAtomics::fetchAddSi);
  }

  private static Cell<Long> staticLong() {
    return new Cell<>(
        AllTypesAtomics::loadSj,
        AllTypesAtomics::storeSj,
        AllTypesAtomics::xchgSj,
        AllTypesAtomics::cmpxchgSj,
        AllTypesAtomics::fetchAddSj);
  }

  private static Cell<Float> f(AllTypes h) {
    return Cell.of(
        h,
        AllTypesAtomics::loadF,
        AllTypesAtomics::storeF,
        AllTypesAtomics::xchgF,
        AllTypesAtomics::cmpxchgF);
  }

  private static Cell<Double> d(AllTypes h) {
    return Cell.of(
        h,
        AllTypesAtomics::loadD,
        AllTypesAtomics::storeD,
        AllTypesAtomics::xchgD,
        AllTypesAtomics::cmpxchgD);
  }

  private static Cell<String> string(AllTypes h) {
    return Cell.of(
        h,
        AllTypesAtomics::loadString,
        AllTypesAtomics::storeString,
        AllTypesAtomics::xchgString,
        AllTypesAtomics::cmpxchgString);
  }

  private static Cell<Object> object(AllTypes h) {
    return Cell.of(
        h,
        AllTypesAtomics::loadObject,
        AllTypesAtomics::storeObject,
        AllTypesAtomics::xchgObject,
        AllTypesAtomics::cmpxchgObject);
  }

  private static Cell<int[]> array(AllTypes h) {
    return Cell.of(
        h,
        AllTypesAtomics::loadArray,
        AllTypesAtomics::storeArray,
        AllTypesAtomics::xchgArray,
        AllTypesAtomics::cmpxchgArray);
  }

  private static Cell<MemorySegment> segment(AllTypes h) {
    return Cell.of(
        h,
        AllTypesAtomics::loadSegment,
        AllTypesAtomics::storeSegment,
        AllTypesAtomics::xchgSegment,
        AllTypesAtomics::cmpxchgSegment);
  }

  private static Cell<Integer> boxed(AllTypes h) {
    return Cell.of(
        h,
        AllTypesAtomics::loadBoxed,
        AllTypesAtomics::storeBoxed,
        AllTypesAtomics::xchgBoxed,
        AllTypesAtomics::cmpxchgBoxed);
  }

  private static Cell<StringBuilder> mutable(AllTypes h) {
    return Cell.of(
        h,
        AllTypesAtomics::loadMutable,
        AllTypesAtomics::storeMutable,
        AllTypesAtomics::xchgMutable,
        AllTypesAtomics::cmpxchgMutable);
  }

  private static Cell<String> typeVariable(Box<String> h) {
    return Cell.of(
        h,
        BoxAtomics::loadValue,
        BoxAtomics::storeValue,
        BoxAtomics::xchgValue,
        BoxAtomics::cmpxchgValue);
  }

  private static final MemorySegment SEGMENT_A = Arena.global().allocate(8);
  private static final MemorySegment SEGMENT_B = Arena.global().allocate(8);
  private static final MemorySegment SEGMENT_C = MemorySegment.ofArray(new byte[4]);

  /** The table: one row per field. */
  static final List<Row<?>> ROWS =
      List.of(
          value("boolean", () -> z(new AllTypes()), true, false, false),
          value("byte", () -> b(new AllTypes()), (byte) -1, Byte.MIN_VALUE, Byte.MAX_VALUE),
          value("short", () -> s(new AllTypes()), (short) -1, Short.MIN_VALUE, Short.MAX_VALUE),
          value("char", () -> c(new AllTypes()), '\uffff', 'a', '\u00e9'),
          value("int", () -> i(new AllTypes()), -1, Integer.MIN_VALUE, Integer.MAX_VALUE),
          value("long", () -> j(new AllTypes()), -1L, Long.MIN_VALUE, Long.MAX_VALUE),
          value("volatile long", () -> volatileLong(new AllTypes()), 1L << 40, -7L, 42L),
          new Row<>("float", () -> f(new AllTypes()), 1.5f, -0.0f, Float.NaN, FLOAT_BITS, null),
          new Row<>("double", () -> d(new AllTypes()), 1.5, -0.0, Double.NaN, DOUBLE_BITS, null),
          reference("String", () -> string(new AllTypes()), "a", "b", null, String::new),
          reference("Object", () -> object(new AllTypes()), new Object(), "b", 3, null),
          reference(
              "int[]", () -> array(new AllTypes()), new int[] {1}, new int[0], null, int[]::clone),
          reference(
              "MemorySegment",
              () -> segment(new AllTypes()),
              SEGMENT_A,
              SEGMENT_B,
              SEGMENT_C,
              seg -> MemorySegment.ofAddress(seg.address())),
          reference(
              "Integer",
              () -> boxed(new AllTypes()),
              Integer.valueOf(-100_000),
              7,
              null,
              v -> Integer.valueOf(v.intValue())),
          reference(
              "StringBuilder (not thread-safe)",
              () -> mutable(new AllTypes()),
              new StringBuilder("a"),
              new StringBuilder("b"),
              new StringBuilder("c"),
              sb -> new StringBuilder(sb)),
          reference(
              "type variable T extends CharSequence",
              () -> typeVariable(new Box<>("init")),
              "a",
              "b",
              "c",
              String::new),
          value(
              "static boolean",
              () ->
                  new Cell<>(
                      AllTypesAtomics::loadSz,
                      AllTypesAtomics::storeSz,
                      AllTypesAtomics::xchgSz,
                      AllTypesAtomics::cmpxchgSz),
              false,
              true,
              true),
          value(
              "static byte",
              () ->
                  new Cell<>(
                      AllTypesAtomics::loadSb,
                      AllTypesAtomics::storeSb,
                      AllTypesAtomics::xchgSb,
                      AllTypesAtomics::cmpxchgSb),
              (byte) 1,
              (byte) 2,
              (byte) 3),
          value(
              "static short",
              () ->
                  new Cell<>(
                      AllTypesAtomics::loadSs,
                      AllTypesAtomics::storeSs,
                      AllTypesAtomics::xchgSs,
                      AllTypesAtomics::cmpxchgSs),
              (short) 1,
              (short) 2,
              (short) 3),
          value(
              "static char",
              () ->
                  new Cell<>(
                      AllTypesAtomics::loadSc,
                      AllTypesAtomics::storeSc,
                      AllTypesAtomics::xchgSc,
                      AllTypesAtomics::cmpxchgSc),
              'x',
              'y',
              'z'),
          value("static int", () -> staticInt(), 5, 6, 7),
          value("static long", () -> staticLong(), 5L, 6L, 7L),
          new Row<>(
              "static float",
              () ->
                  new Cell<>(
                      AllTypesAtomics::loadSf,
                      AllTypesAtomics::storeSf,
                      AllTypesAtomics::xchgSf,
                      AllTypesAtomics::cmpxchgSf),
              Float.NaN,
              0.0f,
              -0.0f,
              FLOAT_BITS,
              null),
          new Row<>(
              "static double",
              () ->
                  new Cell<>(
                      AllTypesAtomics::loadSd,
                      AllTypesAtomics::storeSd,
                      AllTypesAtomics::xchgSd,
                      AllTypesAtomics::cmpxchgSd),
              Double.NaN,
              0.0,
              -0.0,
              DOUBLE_BITS,
              null),
          reference(
              "static String",
              () ->
                  new Cell<>(
                      AllTypesAtomics::loadSString,
                      AllTypesAtomics::storeSString,
                      AllTypesAtomics::xchgSString,
                      AllTypesAtomics::cmpxchgSString),
              "x",
              "y",
              "z",
              String::new),
          reference(
              "static Object",
              () ->
                  new Cell<>(
                      AllTypesAtomics::loadSObject,
                      AllTypesAtomics::storeSObject,
                      AllTypesAtomics::xchgSObject,
                      AllTypesAtomics::cmpxchgSObject),
              new Object(),
              null,
              new Object(),
              null),
          reference(
              "static volatile Long",
              () ->
                  new Cell<>(
                      AllTypesAtomics::loadSBoxed,
                      AllTypesAtomics::storeSBoxed,
                      AllTypesAtomics::xchgSBoxed,
                      AllTypesAtomics::cmpxchgSBoxed),
              Long.valueOf(-1_000_000L),
              2L,
              null,
              v -> Long.valueOf(v.longValue())));

  @TestFactory
  List<DynamicTest> storeThenLoadRoundTrips() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Row<?> row : ROWS) {
      for (ReleaseOrRelaxed store : STORES) {
        for (AcquireOrRelaxed load : LOADS) {
          tests.add(
              dynamicTest(
                  row.name() + " store " + store + " load " + load,
                  () -> roundTrip(row, store, load)));
        }
      }
    }
    return tests;
  }

  private static <V> void roundTrip(Row<V> row, ReleaseOrRelaxed store, AcquireOrRelaxed load) {
    Cell<V> cell = row.cell().get();
    for (V v : Arrays.asList(row.a(), row.b(), row.c())) {
      cell.store().store(v, store);
      row.assertSame(v, cell.load().apply(load), "load after store");
    }
  }

  @TestFactory
  List<DynamicTest> readModifyWrites() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Row<?> row : ROWS) {
      for (Ordering o : RMWS) {
        tests.add(dynamicTest(row.name() + " xchg " + o, () -> xchg(row, o)));
        tests.add(dynamicTest(row.name() + " cmpxchg success " + o, () -> cmpxchgSuccess(row, o)));
        tests.add(dynamicTest(row.name() + " cmpxchg failure " + o, () -> cmpxchgFailure(row, o)));
        if (row.equalCopy() != null) {
          tests.add(
              dynamicTest(
                  row.name() + " cmpxchg compares identity " + o,
                  () -> cmpxchgComparesIdentity(row, o)));
        }
      }
    }
    return tests;
  }

  private static <V> void xchg(Row<V> row, Ordering o) {
    Cell<V> cell = row.cell().get();
    cell.store().store(row.a(), RELAXED);
    row.assertSame(row.a(), cell.xchg().apply(row.c(), o), "xchg returns the previous value");
    row.assertSame(row.c(), cell.load().apply(ACQUIRE), "xchg writes");
  }

  private static <V> void cmpxchgSuccess(Row<V> row, Ordering o) {
    Cell<V> cell = row.cell().get();
    cell.store().store(row.a(), RELAXED);
    row.assertSame(row.a(), cell.cmpxchg().cmpxchg(row.a(), row.c(), o), "witness on success");
    row.assertSame(row.c(), cell.load().apply(ACQUIRE), "cmpxchg success writes");
  }

  private static <V> void cmpxchgFailure(Row<V> row, Ordering o) {
    Cell<V> cell = row.cell().get();
    cell.store().store(row.a(), RELAXED);
    row.assertSame(row.a(), cell.cmpxchg().cmpxchg(row.b(), row.c(), o), "witness on failure");
    row.assertSame(row.a(), cell.load().apply(ACQUIRE), "cmpxchg failure writes nothing");
  }

  /** An equal but distinct object is not the expected value: references compare by identity. */
  private static <V> void cmpxchgComparesIdentity(Row<V> row, Ordering o) {
    Cell<V> cell = row.cell().get();
    V copy = row.equalCopy().apply(row.a());
    assertTrue(
        Objects.deepEquals(row.a(), copy) || row.a().toString().equals(copy.toString()),
        "precondition: the copy is equal");
    assertNotSame(row.a(), copy, "precondition: the copy is distinct");
    cell.store().store(row.a(), RELAXED);
    row.assertSame(row.a(), cell.cmpxchg().cmpxchg(copy, row.c(), o), "witness");
    row.assertSame(row.a(), cell.load().apply(ACQUIRE), "nothing written");
  }

  /**
   * A {@code fetchAdd} case: the field holds {@code start}, {@code delta} is added, the field then
   * holds {@code sum} (overflow wraps, as {@code +} does).
   */
  record Add<V>(String name, Supplier<Cell<V>> cell, V start, V delta, V sum) {}

  static final List<Add<?>> ADDS =
      List.of(
          new Add<>("int +1", () -> i(new AllTypes()), 41, 1, 42),
          new Add<>(
              "int wraps at MAX_VALUE",
              () -> i(new AllTypes()),
              Integer.MAX_VALUE,
              1,
              Integer.MIN_VALUE),
          new Add<>("int negative delta", () -> i(new AllTypes()), 5, -7, -2),
          new Add<>("long +1", () -> j(new AllTypes()), 41L, 1L, 42L),
          new Add<>(
              "long wraps at MIN_VALUE",
              () -> j(new AllTypes()),
              Long.MIN_VALUE,
              -1L,
              Long.MAX_VALUE),
          new Add<>(
              "volatile long", () -> volatileLong(new AllTypes()), 1L << 40, 1L << 40, 1L << 41),
          new Add<>(
              "static int wraps", () -> staticInt(), Integer.MAX_VALUE, Integer.MAX_VALUE, -2),
          new Add<>("static long", () -> staticLong(), -3L, 10L, 7L));

  @TestFactory
  List<DynamicTest> fetchAddReturnsThePreviousValueAndAdds() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Add<?> add : ADDS) {
      for (Ordering o : RMWS) {
        tests.add(dynamicTest(add.name() + " " + o, () -> fetchAdd(add, o)));
      }
    }
    return tests;
  }

  private static <V> void fetchAdd(Add<V> add, Ordering o) {
    Cell<V> cell = add.cell().get();
    cell.store().store(add.start(), RELEASE);
    assertEquals(add.start(), cell.fetchAdd().apply(add.delta(), o), "returns the previous value");
    assertEquals(add.sum(), cell.load().apply(ACQUIRE), "adds");
  }

  /** A null ordering is a NullPointerException for every operation, never a silent default. */
  @TestFactory
  List<DynamicTest> nullOrderingThrowsNullPointerException() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Row<?> row : ROWS) {
      tests.add(dynamicTest(row.name(), () -> nullOrdering(row)));
    }
    return tests;
  }

  private static <V> void nullOrdering(Row<V> row) {
    Cell<V> cell = row.cell().get();
    cell.store().store(row.a(), RELEASE);
    assertThrows(NullPointerException.class, () -> cell.load().apply(null));
    assertThrows(NullPointerException.class, () -> cell.store().store(row.c(), null));
    assertThrows(NullPointerException.class, () -> cell.xchg().apply(row.c(), null));
    assertThrows(NullPointerException.class, () -> cell.cmpxchg().cmpxchg(row.a(), row.c(), null));
    if (cell.fetchAdd() != null) {
      assertThrows(NullPointerException.class, () -> cell.fetchAdd().apply(row.a(), null));
    }
    row.assertSame(row.a(), cell.load().apply(ACQUIRE), "nothing written with a null ordering");
  }

  /** Bit-exact float and double comparison in cmpxchg: NaN payloads and signed zeros. */
  @TestFactory
  List<DynamicTest> cmpxchgComparesFloatingPointBits() {
    float otherNaN = Float.intBitsToFloat(0x7fc00001);
    double otherDoubleNaN = Double.longBitsToDouble(0x7ff8000000000001L);
    List<DynamicTest> tests = new ArrayList<>();
    for (Ordering o : RMWS) {
      tests.add(
          dynamicTest(
              "float NaN matches the same NaN " + o,
              () -> cmpxchgBits(f(new AllTypes()), Float.NaN, Float.NaN, true, 1f, FLOAT_BITS, o)));
      tests.add(
          dynamicTest(
              "float NaN payloads differ " + o,
              () -> cmpxchgBits(f(new AllTypes()), Float.NaN, otherNaN, false, 1f, FLOAT_BITS, o)));
      tests.add(
          dynamicTest(
              "float -0.0 is not 0.0 " + o,
              () -> cmpxchgBits(f(new AllTypes()), -0.0f, 0.0f, false, 1f, FLOAT_BITS, o)));
      tests.add(
          dynamicTest(
              "double NaN matches the same NaN " + o,
              () ->
                  cmpxchgBits(
                      d(new AllTypes()), Double.NaN, Double.NaN, true, 1.0, DOUBLE_BITS, o)));
      tests.add(
          dynamicTest(
              "double NaN payloads differ " + o,
              () ->
                  cmpxchgBits(
                      d(new AllTypes()), Double.NaN, otherDoubleNaN, false, 1.0, DOUBLE_BITS, o)));
      tests.add(
          dynamicTest(
              "double 0.0 is not -0.0 " + o,
              () -> cmpxchgBits(d(new AllTypes()), 0.0, -0.0, false, 1.0, DOUBLE_BITS, o)));
    }
    return tests;
  }

  private static <V> void cmpxchgBits(
      Cell<V> cell,
      V current,
      V expected,
      boolean succeeds,
      V value,
      BiPredicate<V, V> same,
      Ordering o) {
    cell.store().store(current, RELAXED);
    V witness = cell.cmpxchg().cmpxchg(expected, value, o);
    assertTrue(same.test(current, witness), "the witness is the current value, bit for bit");
    assertTrue(
        same.test(succeeds ? value : current, cell.load().apply(ACQUIRE)),
        succeeds ? "the exchange happened" : "nothing written");
  }
}
