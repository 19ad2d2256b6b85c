package corpus.mixedaccessmode;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import org.jatomics.annotations.Atomic;

/** An @Atomic field is NonAtomicAccess's business, even with a hand-written VarHandle. */
class AtomicFieldNotMixed {
  private static final VarHandle TAIL;

  static {
    try {
      TAIL = MethodHandles.lookup().findVarHandle(AtomicFieldNotMixed.class, "tail", Object.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  @Atomic Object tail;

  Object tail() {
    // BUG: Diagnostic contains: NonAtomicAccess
    return tail;
  }

  Object tailAtomically() {
    return TAIL.getAcquire(this);
  }
}
