package corpus.mixedaccessmode;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/** The lookup held in a local variable, the VarHandle in a static initializer. */
class LookupInVariable {
  private static final VarHandle READY;

  static {
    MethodHandles.Lookup lookup = MethodHandles.lookup();
    try {
      READY = lookup.findVarHandle(LookupInVariable.class, "ready", boolean.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  boolean ready;

  void publish() {
    READY.setRelease(this, true);
  }

  void spin() {
    // BUG: Diagnostic contains: MixedAccessMode
    while (!ready) {
      Thread.onSpinWait();
    }
  }
}
