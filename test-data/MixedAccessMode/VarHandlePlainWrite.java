package corpus.mixedaccessmode;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/** A plain write to a field that other code updates with a CAS. */
class VarHandlePlainWrite {
  private static final VarHandle OWNER;

  static {
    try {
      OWNER = MethodHandles.lookup().findVarHandle(VarHandlePlainWrite.class, "owner", Thread.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  Thread owner;

  boolean lock() {
    return OWNER.compareAndSet(this, (Thread) null, Thread.currentThread());
  }

  void unlock() {
    // BUG: Diagnostic contains: MixedAccessMode
    owner = null;
  }
}
