package corpus.missingsafetycomment;

import java.lang.reflect.Field;
import sun.misc.Unsafe;

/**
 * Methods of java.lang.Object called on an Unsafe instance are not Unsafe's accessors, even when
 * their names start with "get" (netty's PlatformDependent0 probes {@code unsafe.getClass()}).
 */
class UnsafeObjectMethodsNotFlagged {
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

  boolean hasCopyMemory() {
    Class<? extends Unsafe> type = U.getClass();
    try {
      type.getDeclaredMethod("copyMemory", Object.class, long.class, Object.class, long.class, long.class);
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  String describe() {
    return U.getClass().getName() + "@" + U.hashCode();
  }

  long read(long address) {
    // BUG: Diagnostic contains: MissingSafetyComment
    return U.getLong(address);
  }
}
