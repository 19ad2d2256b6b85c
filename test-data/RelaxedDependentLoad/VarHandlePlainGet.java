package corpus.relaxeddependentload;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/** VarHandle get is a plain load; getVolatile orders the dereference. */
class VarHandlePlainGet {
  static final class Config {
    int timeout;
  }

  private static final VarHandle CONFIG;

  static {
    try {
      CONFIG = MethodHandles.lookup().findVarHandle(VarHandlePlainGet.class, "config", Config.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  volatile Config config = new Config();

  int timeout() {
    // BUG: Diagnostic contains: RelaxedDependentLoad
    return ((Config) CONFIG.get(this)).timeout;
  }

  int timeoutVolatile() {
    return ((Config) CONFIG.getVolatile(this)).timeout;
  }
}
