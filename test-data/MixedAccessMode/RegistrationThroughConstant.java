package corpus.mixedaccessmode;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.reflect.Field;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import sun.misc.Unsafe;

/**
 * A field is registered whatever compile-time constant names it: a string literal, a static final
 * field, a concatenation of constants, a constant of another class. A name that is not a constant
 * (a non-final field) registers nothing that javac could know.
 */
class RegistrationThroughConstant {
  /** Field names kept in one place, as some libraries do. */
  static final class Names {
    static final String WAITERS = "wait" + "ers";

    private Names() {}
  }

  private static final String HEAD = "head";
  private static final String TAIL_PREFIX = "ta";
  private static String dynamicName = "spare";

  private static final VarHandle HEAD_HANDLE;
  private static final VarHandle TAIL_HANDLE;
  private static final VarHandle SPARE_HANDLE;
  private static final AtomicIntegerFieldUpdater<RegistrationThroughConstant> SIZE =
      AtomicIntegerFieldUpdater.newUpdater(RegistrationThroughConstant.class, "si" + "ze");
  private static final Unsafe UNSAFE;
  private static final long WAITERS_OFFSET;

  static {
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      HEAD_HANDLE = lookup.findVarHandle(RegistrationThroughConstant.class, HEAD, Object.class);
      TAIL_HANDLE =
          lookup.findVarHandle(RegistrationThroughConstant.class, TAIL_PREFIX + "il", Object.class);
      SPARE_HANDLE =
          lookup.findVarHandle(RegistrationThroughConstant.class, dynamicName, Object.class);
      Field theUnsafe = Unsafe.class.getDeclaredField("theUnsafe");
      theUnsafe.setAccessible(true);
      UNSAFE = (Unsafe) theUnsafe.get(null);
      WAITERS_OFFSET =
          UNSAFE.objectFieldOffset(
              RegistrationThroughConstant.class.getDeclaredField(Names.WAITERS));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  Object head;
  Object tail;
  Object spare;
  volatile int size;
  int waiters;

  boolean offer(Object item) {
    if (HEAD_HANDLE.compareAndSet(this, null, item)) {
      TAIL_HANDLE.setRelease(this, item);
      SIZE.incrementAndGet(this);
      return true;
    }
    return false;
  }

  void park() {
    // SAFETY: WAITERS_OFFSET is the offset of this class's int field waiters; this is an instance.
    UNSAFE.getAndAddInt(this, WAITERS_OFFSET, 1);
  }

  Object peek() {
    // BUG: Diagnostic contains: MixedAccessMode
    return head;
  }

  Object last() {
    // BUG: Diagnostic contains: MixedAccessMode
    return tail;
  }

  void shrink() {
    // BUG: Diagnostic contains: MixedAccessMode
    size--;
  }

  int waiting() {
    // BUG: Diagnostic contains: MixedAccessMode
    return waiters;
  }

  Object spare() {
    SPARE_HANDLE.setOpaque(this, null);
    return spare;
  }
}
