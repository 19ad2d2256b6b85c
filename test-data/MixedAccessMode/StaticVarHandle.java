package corpus.mixedaccessmode;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/** findStaticVarHandle registers a static field; plain writes outside the static initializer race. */
class StaticVarHandle {
  private static final VarHandle GENERATION;
  static int generation;

  static {
    try {
      GENERATION = MethodHandles.lookup().findStaticVarHandle(StaticVarHandle.class, "generation", int.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
    generation = 1;
  }

  static int next() {
    return (int) GENERATION.getAndAdd(1) + 1;
  }

  static void restart() {
    // BUG: Diagnostic contains: MixedAccessMode
    generation = 0;
  }
}
