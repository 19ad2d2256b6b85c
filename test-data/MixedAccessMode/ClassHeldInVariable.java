package corpus.mixedaccessmode;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;

/**
 * Registrations whose Class is held in a local variable or a constant (as ForkJoinPool does with
 * WorkQueue): the fields are registered all the same, and the owner is the declaring class.
 */
class ClassHeldInVariable {
  static final Class<?> QUEUE = WorkQueue.class;

  static final class WorkQueue {
    private static final VarHandle TOP;
    private static final VarHandle BASE;

    static {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      Class<?> k = WorkQueue.class;
      try {
        TOP = lookup.findVarHandle(k, "top", int.class);
        BASE = lookup.findVarHandle(QUEUE, "base", int.class);
      } catch (ReflectiveOperationException e) {
        throw new ExceptionInInitializerError(e);
      }
    }

    int top;
    int base;
    int source;

    void push() {
      int s = (int) TOP.getOpaque(this);
      TOP.setRelease(this, s + 1);
    }

    int size() {
      // BUG: Diagnostic contains: MixedAccessMode
      int t = top;
      // BUG: Diagnostic contains: MixedAccessMode
      return t - base + source;
    }

    boolean poll() {
      int b = (int) BASE.getAcquire(this);
      return BASE.compareAndSet(this, b, b + 1);
    }
  }

  static class Counter {
    volatile int hits;
    int misses;
  }

  /** A variable assigned twice does not name one class: no registration is assumed. */
  static final class Reassigned {
    static final VarHandle PLAIN;

    static {
      Class<?> k = Reassigned.class;
      if (Boolean.getBoolean("subclass")) {
        k = Counter.class;
      }
      try {
        PLAIN = MethodHandles.lookup().findVarHandle(k, "plain", int.class);
      } catch (ReflectiveOperationException e) {
        throw new ExceptionInInitializerError(e);
      }
    }

    int plain;

    int read() {
      return plain;
    }
  }

  static final class SubCounter extends Counter {
    static final Class<SubCounter> SELF = SubCounter.class;
    static final AtomicIntegerFieldUpdater<Counter> HITS = AtomicIntegerFieldUpdater.newUpdater(Counter.class, "hits");

    void hit(Counter c) {
      HITS.incrementAndGet(c);
      // BUG: Diagnostic contains: MixedAccessMode
      c.hits++;
      c.misses++;
    }
  }
}
