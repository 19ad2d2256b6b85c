package corpus.mixedaccessmode;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/** A VarHandle made for another class's field, through privateLookupIn. */
class PrivateLookupInOtherClass {
  static final class Target {
    long version;
  }

  private static final VarHandle VERSION;

  static {
    try {
      VERSION =
          MethodHandles.privateLookupIn(Target.class, MethodHandles.lookup())
              .findVarHandle(Target.class, "version", long.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  long bump(Target target) {
    VERSION.getAndAdd(target, 1L);
    // BUG: Diagnostic contains: MixedAccessMode
    return target.version;
  }
}
