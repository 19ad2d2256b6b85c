package corpus.mixedaccessmode;

import java.lang.reflect.Field;
import sun.misc.Unsafe;

/**
 * A final field whose Unsafe offset only resets it in a clone (the CopyOnWriteArrayList.lock
 * pattern): plain reads of a final field are safe (JLS 17.5), nothing to flag.
 */
class FinalFieldResetByUnsafe implements Cloneable {
  private static final Unsafe U;
  private static final long LOCK;

  static {
    try {
      Field f = Unsafe.class.getDeclaredField("theUnsafe");
      f.setAccessible(true);
      U = (Unsafe) f.get(null);
      LOCK = U.objectFieldOffset(FinalFieldResetByUnsafe.class.getDeclaredField("lock"));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  final Object lock = new Object();
  int size;

  int size() {
    synchronized (lock) {
      return size;
    }
  }

  @Override
  public FinalFieldResetByUnsafe clone() throws CloneNotSupportedException {
    FinalFieldResetByUnsafe copy = (FinalFieldResetByUnsafe) super.clone();
    // SAFETY: copy is not shared yet; it gets a lock of its own before anyone can see it.
    U.putObject(copy, LOCK, new Object());
    return copy;
  }
}
