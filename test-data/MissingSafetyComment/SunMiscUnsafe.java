package corpus.missingsafetycomment;

import java.lang.reflect.Field;
import sun.misc.Unsafe;

/** sun.misc.Unsafe memory accessors are unsafe operations. */
class SunMiscUnsafe {
  private static final Unsafe U;

  static {
    try {
      Field f = Unsafe.class.getDeclaredField("theUnsafe");
      f.setAccessible(true);
      U = (Unsafe) f.get(null);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  long scratch() {
    // BUG: Diagnostic contains: MissingSafetyComment
    long address = U.allocateMemory(8);
    // SAFETY: address is a fresh 8-byte allocation owned by this method.
    U.putLong(address, 42L);
    // BUG: Diagnostic contains: MissingSafetyComment
    long v = U.getLong(address);
    // SAFETY: address was allocated above and is not used after this call.
    U.freeMemory(address);
    return v;
  }

  int pageSize() {
    return U.pageSize();
  }
}
