package corpus.mixedaccessmode;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/** A field updated through a VarHandle and read plainly: the plain read is a data race. */
class VarHandlePlainRead {
  private static final VarHandle STATE;

  static {
    try {
      STATE = MethodHandles.lookup().findVarHandle(VarHandlePlainRead.class, "state", int.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  int state;

  boolean tryOpen() {
    return STATE.compareAndSet(this, 0, 1);
  }

  boolean isOpen() {
    // BUG: Diagnostic contains: MixedAccessMode
    return state == 1;
  }

  String describe() {
    // BUG: Diagnostic contains: MixedAccessMode
    return Integer.toString(state);
  }

  boolean isOpenAtomically() {
    return (int) STATE.getAcquire(this) == 1;
  }
}
