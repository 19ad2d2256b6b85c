package demo;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/** A flag raised through a VarHandle but also read plainly: a mixed access. */
class Flag {
  private boolean raised;
  private static final VarHandle RAISED;

  static {
    try {
      RAISED = MethodHandles.lookup().findVarHandle(Flag.class, "raised", boolean.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  void raise() {
    RAISED.setRelease(this, true);
  }

  boolean peek() {
    return raised;
  }
}
