package corpus.mixedaccessmode;

import java.lang.reflect.Field;
import sun.misc.Unsafe;

/** A field whose offset goes to sun.misc.Unsafe is updated atomically elsewhere. */
class UnsafeObjectFieldOffset {
  private static final Unsafe UNSAFE;
  private static final long VALUE_OFFSET;

  static {
    try {
      Field theUnsafe = Unsafe.class.getDeclaredField("theUnsafe");
      theUnsafe.setAccessible(true);
      UNSAFE = (Unsafe) theUnsafe.get(null);
      VALUE_OFFSET = UNSAFE.objectFieldOffset(UnsafeObjectFieldOffset.class.getDeclaredField("value"));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  int value;

  boolean advance(int expected) {
    // SAFETY: VALUE_OFFSET is the offset of this class's int field value, and this is an instance.
    return UNSAFE.compareAndSwapInt(this, VALUE_OFFSET, expected, expected + 1);
  }

  int peek() {
    // BUG: Diagnostic contains: MixedAccessMode
    return value;
  }
}
