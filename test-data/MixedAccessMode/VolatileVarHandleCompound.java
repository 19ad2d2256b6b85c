package corpus.mixedaccessmode;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/** A volatile field with a VarHandle: plain (volatile) writes are atomic, --/++ are not. */
class VolatileVarHandleCompound {
  private static final VarHandle PERMITS;

  static {
    try {
      PERMITS = MethodHandles.lookup().findVarHandle(VolatileVarHandleCompound.class, "permits", int.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  volatile int permits;

  boolean acquire(int current) {
    return PERMITS.compareAndSet(this, current, current - 1);
  }

  void release() {
    // BUG: Diagnostic contains: MixedAccessMode
    ++permits;
  }

  void drain() {
    permits = 0;
  }
}
