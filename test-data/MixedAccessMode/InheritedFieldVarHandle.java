package corpus.mixedaccessmode;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * findVarHandle finds inherited fields: disruptor 4.0.0's Sequence looks up "value" in
 * Sequence.class, but the field is declared in its superclass Value (padding classes around it).
 * The plain accesses of that field are mixed with the VarHandle's atomic ones.
 */
class InheritedFieldVarHandle {
  static class Value {
    protected long value;
  }

  static class Padded extends Value {
    protected long p1, p2, p3, p4, p5, p6, p7;
  }

  static final class Sequence extends Padded {
    private static final VarHandle VALUE;

    static {
      try {
        VALUE = MethodHandles.lookup().findVarHandle(Sequence.class, "value", long.class);
      } catch (ReflectiveOperationException e) {
        throw new ExceptionInInitializerError(e);
      }
    }

    long get() {
      // BUG: Diagnostic contains: MixedAccessMode
      long v = this.value;
      VarHandle.acquireFence();
      return v;
    }

    void set(long v) {
      VarHandle.releaseFence();
      // BUG: Diagnostic contains: MixedAccessMode
      this.value = v;
    }

    boolean compareAndSet(long expected, long v) {
      return VALUE.compareAndSet(this, expected, v);
    }
  }
}
