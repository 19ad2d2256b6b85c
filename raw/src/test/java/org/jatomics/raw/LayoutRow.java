package org.jatomics.raw;

import static java.lang.invoke.MethodType.methodType;

import java.lang.foreign.AddressLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Optional;
import org.jatomics.Ordering;

/**
 * One row of the table the tests run over, in the spirit of the kernel's {@code for_each_type!}: a
 * layout, two distinct sample values of its carrier, and the public {@link RawAtomics} overloads
 * for it, found by their exact signatures (so every overload of the API is exercised, not a copy).
 */
record LayoutRow(
    String name,
    ValueLayout layout,
    Object first,
    Object second,
    MethodHandle load,
    MethodHandle store,
    MethodHandle xchg,
    MethodHandle cmpxchg,
    Optional<MethodHandle> fetchAdd) {

  static final ByteOrder OTHER_ORDER =
      ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN
          ? ByteOrder.BIG_ENDIAN
          : ByteOrder.LITTLE_ENDIAN;

  /** The canonical layout constants: the fast path. */
  static List<LayoutRow> canonical() {
    return List.of(
        of("byte", ValueLayout.JAVA_BYTE, (byte) 0x5A, (byte) 0xA5),
        of("boolean", ValueLayout.JAVA_BOOLEAN, true, false),
        of("short", ValueLayout.JAVA_SHORT, (short) 0x1234, (short) 0xFEDC),
        of("char", ValueLayout.JAVA_CHAR, 'A', '\uFFFE'),
        of("int", ValueLayout.JAVA_INT, 0x12345678, -7),
        of("long", ValueLayout.JAVA_LONG, 0x123456789ABCDEF0L, Long.MIN_VALUE + 3),
        of("float", ValueLayout.JAVA_FLOAT, 1.5f, -0.0f),
        of("double", ValueLayout.JAVA_DOUBLE, Math.PI, Double.NaN),
        of(
            "address",
            ValueLayout.ADDRESS,
            MemorySegment.ofAddress(0x1000),
            MemorySegment.ofAddress(0x7F0008)));
  }

  /** Layouts that are not the canonical constants: the general path, which must be as correct. */
  static List<LayoutRow> general() {
    return List.of(
        of(
            "short " + OTHER_ORDER,
            ValueLayout.JAVA_SHORT.withOrder(OTHER_ORDER),
            (short) 0x1234,
            (short) 0x00FF),
        of("char named", ValueLayout.JAVA_CHAR.withName("c"), 'x', '\u8001'),
        of("char " + OTHER_ORDER, ValueLayout.JAVA_CHAR.withOrder(OTHER_ORDER), '\u0102', 'z'),
        of("byte named", ValueLayout.JAVA_BYTE.withName("b"), (byte) -128, (byte) 127),
        of("boolean named", ValueLayout.JAVA_BOOLEAN.withName("flag"), false, true),
        of("float aligned 8", ValueLayout.JAVA_FLOAT.withByteAlignment(8), Float.NaN, 3.0f),
        of(
            "int " + OTHER_ORDER,
            ValueLayout.JAVA_INT.withOrder(OTHER_ORDER),
            0x01020304,
            0x7F000080),
        of("int named", ValueLayout.JAVA_INT.withName("count"), 5, 6),
        of("long aligned 16", ValueLayout.JAVA_LONG.withByteAlignment(16), 1L, -1L),
        of(
            "long " + OTHER_ORDER,
            ValueLayout.JAVA_LONG.withOrder(OTHER_ORDER),
            0x0102030405060708L,
            9L),
        of("double " + OTHER_ORDER, ValueLayout.JAVA_DOUBLE.withOrder(OTHER_ORDER), 2.5, -1e300),
        of(
            "address named",
            ValueLayout.ADDRESS.withName("next"),
            MemorySegment.ofAddress(8),
            MemorySegment.NULL));
  }

  static List<LayoutRow> all() {
    return java.util.stream.Stream.concat(canonical().stream(), general().stream()).toList();
  }

  private static LayoutRow of(String name, ValueLayout layout, Object first, Object second) {
    Class<?> carrier = layout.carrier();
    Class<?> type = layoutType(layout);
    MethodHandles.Lookup lookup = MethodHandles.publicLookup();
    try {
      MethodHandle load =
          lookup.findStatic(
              RawAtomics.class,
              "atomicLoad",
              methodType(
                  carrier, MemorySegment.class, type, long.class, Ordering.AcquireOrRelaxed.class));
      MethodHandle store =
          lookup.findStatic(
              RawAtomics.class,
              "atomicStore",
              methodType(
                  void.class,
                  MemorySegment.class,
                  type,
                  long.class,
                  carrier,
                  Ordering.ReleaseOrRelaxed.class));
      MethodHandle xchg =
          lookup.findStatic(
              RawAtomics.class,
              "xchg",
              methodType(carrier, MemorySegment.class, type, long.class, carrier, Ordering.class));
      MethodHandle cmpxchg =
          lookup.findStatic(
              RawAtomics.class,
              "cmpxchg",
              methodType(
                  carrier,
                  MemorySegment.class,
                  type,
                  long.class,
                  carrier,
                  carrier,
                  Ordering.class));
      Optional<MethodHandle> fetchAdd =
          carrier == int.class || carrier == long.class
              ? Optional.of(
                  lookup.findStatic(
                      RawAtomics.class,
                      "fetchAdd",
                      methodType(
                          carrier, MemorySegment.class, type, long.class, carrier, Ordering.class)))
              : Optional.empty();
      return new LayoutRow(name, layout, first, second, load, store, xchg, cmpxchg, fetchAdd);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("RawAtomics lacks an overload for " + layout, e);
    }
  }

  private static Class<?> layoutType(ValueLayout layout) {
    return switch (layout) {
      case ValueLayout.OfByte l -> ValueLayout.OfByte.class;
      case ValueLayout.OfBoolean l -> ValueLayout.OfBoolean.class;
      case ValueLayout.OfShort l -> ValueLayout.OfShort.class;
      case ValueLayout.OfChar l -> ValueLayout.OfChar.class;
      case ValueLayout.OfInt l -> ValueLayout.OfInt.class;
      case ValueLayout.OfLong l -> ValueLayout.OfLong.class;
      case ValueLayout.OfFloat l -> ValueLayout.OfFloat.class;
      case ValueLayout.OfDouble l -> ValueLayout.OfDouble.class;
      case AddressLayout l -> AddressLayout.class;
    };
  }

  /** The same overloads called with another layout of the same type (for bad-layout cases). */
  LayoutRow withLayout(ValueLayout other) {
    return new LayoutRow(
        name + " as " + other, other, first, second, load, store, xchg, cmpxchg, fetchAdd);
  }

  /** The carrier's zero: 0, false, 0.0 (positive), NULL. */
  Object zero() {
    Class<?> carrier = layout.carrier();
    if (carrier == byte.class) {
      return (byte) 0;
    } else if (carrier == boolean.class) {
      return false;
    } else if (carrier == short.class) {
      return (short) 0;
    } else if (carrier == char.class) {
      return (char) 0;
    } else if (carrier == int.class) {
      return 0;
    } else if (carrier == long.class) {
      return 0L;
    } else if (carrier == float.class) {
      return 0.0f;
    } else if (carrier == double.class) {
      return 0.0;
    }
    return MemorySegment.NULL;
  }

  /** {@code v} as this row's integral carrier ({@code int} or {@code long}), boxed. */
  Object integral(long v) {
    return layout.carrier() == int.class ? (Object) (int) v : (Object) v;
  }

  long size() {
    return layout.byteSize();
  }

  boolean isSubWord() {
    return layout.byteSize() < 4;
  }

  /** Equality as the operations define it: raw bits for floating point, address for pointers. */
  static boolean same(Object x, Object y) {
    return switch (x) {
      case Float f -> Float.floatToRawIntBits(f) == Float.floatToRawIntBits((Float) y);
      case Double d -> Double.doubleToRawLongBits(d) == Double.doubleToRawLongBits((Double) y);
      case MemorySegment m -> m.address() == ((MemorySegment) y).address();
      default -> x.equals(y);
    };
  }

  /** Reads the value with the JDK's own plain accessor for the layout (the independent oracle). */
  Object plainGet(MemorySegment segment, long offset) {
    return layout.varHandle().get(segment, offset);
  }

  /** Writes the value with the JDK's own plain accessor for the layout. */
  void plainSet(MemorySegment segment, long offset, Object value) {
    layout.varHandle().set(segment, offset, value);
  }

  Object load(MemorySegment segment, long offset, Ordering.AcquireOrRelaxed o) {
    return invoke(load, segment, layout, offset, o);
  }

  void store(MemorySegment segment, long offset, Object value, Ordering.ReleaseOrRelaxed o) {
    invoke(store, segment, layout, offset, value, o);
  }

  Object xchg(MemorySegment segment, long offset, Object value, Ordering o) {
    return invoke(xchg, segment, layout, offset, value, o);
  }

  Object cmpxchg(MemorySegment segment, long offset, Object expected, Object value, Ordering o) {
    return invoke(cmpxchg, segment, layout, offset, expected, value, o);
  }

  Object fetchAdd(MemorySegment segment, long offset, Object delta, Ordering o) {
    return invoke(fetchAdd.orElseThrow(), segment, layout, offset, delta, o);
  }

  /** Calls a RawAtomics overload, rethrowing what it throws unwrapped. */
  static Object invoke(MethodHandle handle, Object... arguments) {
    try {
      return handle.invokeWithArguments(arguments);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new AssertionError(t);
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
