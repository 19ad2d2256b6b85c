package corpus.missingsafetycomment;

import java.lang.reflect.Field;
import sun.misc.Unsafe;

/**
 * Unsafe reached however: a holder class's field (as JCTools' and Agrona's UnsafeAccess), a field
 * of the instance, a local variable, a parameter, a method returning it.
 */
class UnsafeThroughHolders {
  /** The project's holder, as libraries write it. */
  static final class UnsafeAccess {
    static final Unsafe UNSAFE;

    static {
      try {
        Field f = Unsafe.class.getDeclaredField("theUnsafe");
        f.setAccessible(true);
        UNSAFE = (Unsafe) f.get(null);
      } catch (ReflectiveOperationException e) {
        throw new ExceptionInInitializerError(e);
      }
    }

    static Unsafe unsafe() {
      return UNSAFE;
    }

    private UnsafeAccess() {}
  }

  private final Unsafe unsafe = UnsafeAccess.UNSAFE;
  private final long address;

  UnsafeThroughHolders(long address) {
    this.address = address;
  }

  int throughHolder() {
    // BUG: Diagnostic contains: MissingSafetyComment
    return UnsafeAccess.UNSAFE.getInt(address);
  }

  int throughInstanceField() {
    // BUG: Diagnostic contains: MissingSafetyComment
    return unsafe.getInt(address);
  }

  void throughLocal(int v) {
    Unsafe u = UnsafeAccess.UNSAFE;
    // BUG: Diagnostic contains: MissingSafetyComment
    u.putInt(address, v);
    var w = UnsafeAccess.unsafe();
    // BUG: Diagnostic contains: MissingSafetyComment
    w.putIntVolatile(null, address, v);
  }

  static long throughParameter(Unsafe u, long at) {
    // BUG: Diagnostic contains: MissingSafetyComment
    return u.getLong(at);
  }

  long throughMethod() {
    // BUG: Diagnostic contains: MissingSafetyComment
    return UnsafeAccess.unsafe().getLongVolatile(null, address);
  }

  int pageSize() {
    Unsafe u = UnsafeAccess.unsafe();
    return u.pageSize() + unsafe.addressSize() + UnsafeAccess.UNSAFE.arrayIndexScale(int[].class);
  }
}
