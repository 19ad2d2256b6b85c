package corpus.missingsafetycomment;

import java.lang.reflect.Field;
import sun.misc.Unsafe;

/**
 * Unsafe's offset and geometry queries, getLoadAverage and allocateInstance touch no memory through
 * an address or an offset: they need no SAFETY comment. The accesses through the offsets they
 * return, and the stores that fill an allocated instance, do.
 */
class UnsafeQueriesNotFlagged {
  private static final Unsafe U;
  private static final long VALUE;
  private static final long COUNT;
  private static final Object COUNT_BASE;
  private static final long ARRAY_BASE;
  private static final int ARRAY_SHIFT;

  static volatile long count;
  volatile int value;

  static {
    try {
      Field f = Unsafe.class.getDeclaredField("theUnsafe");
      f.setAccessible(true);
      U = (Unsafe) f.get(null);
      VALUE = U.objectFieldOffset(UnsafeQueriesNotFlagged.class.getDeclaredField("value"));
      Field countField = UnsafeQueriesNotFlagged.class.getDeclaredField("count");
      COUNT = U.staticFieldOffset(countField);
      COUNT_BASE = U.staticFieldBase(countField);
      ARRAY_BASE = U.arrayBaseOffset(long[].class);
      ARRAY_SHIFT = 31 - Integer.numberOfLeadingZeros(U.arrayIndexScale(long[].class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  static int geometry() {
    return U.addressSize() + U.pageSize();
  }

  static double load() {
    double[] averages = new double[3];
    int n = U.getLoadAverage(averages, 3);
    return n < 1 ? -1 : averages[0];
  }

  static UnsafeQueriesNotFlagged blank(int value) throws InstantiationException {
    UnsafeQueriesNotFlagged made =
        (UnsafeQueriesNotFlagged) U.allocateInstance(UnsafeQueriesNotFlagged.class);
    // BUG: Diagnostic contains: MissingSafetyComment
    U.putIntVolatile(made, VALUE, value);
    return made;
  }

  boolean casValue(int expected, int update) {
    // BUG: Diagnostic contains: MissingSafetyComment
    return U.compareAndSwapInt(this, VALUE, expected, update);
  }

  static long element(long[] array, int i) {
    // BUG: Diagnostic contains: MissingSafetyComment
    return U.getLongVolatile(array, ARRAY_BASE + ((long) i << ARRAY_SHIFT));
  }

  static long countNow() {
    // SAFETY: COUNT_BASE and COUNT locate the static long field count.
    return U.getLongVolatile(COUNT_BASE, COUNT);
  }
}
