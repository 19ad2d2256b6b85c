package lib;

import java.lang.reflect.Field;
import sun.misc.Unsafe;

/** Holds the {@code Unsafe} instance, as Agrona's {@code UnsafeAccess} does. */
public final class UnsafeAccess {
  public static final Unsafe UNSAFE;

  static {
    try {
      Field field = Unsafe.class.getDeclaredField("theUnsafe");
      field.setAccessible(true);
      UNSAFE = (Unsafe) field.get(null);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private UnsafeAccess() {}
}
