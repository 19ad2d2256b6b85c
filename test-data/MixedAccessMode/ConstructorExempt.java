package corpus.mixedaccessmode;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/** Plain initialization through this in the constructor is not a race. */
class ConstructorExempt {
  private static final VarHandle NEXT;

  static {
    try {
      NEXT = MethodHandles.lookup().findVarHandle(ConstructorExempt.class, "next", ConstructorExempt.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  ConstructorExempt next;
  int spins;

  ConstructorExempt(ConstructorExempt next) {
    this.next = next;
    spins = 0;
  }

  boolean link(ConstructorExempt expected, ConstructorExempt node) {
    return NEXT.compareAndSet(this, expected, node);
  }
}
