package corpus.relaxeddependentload;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import org.jatomics.annotations.Atomic;
import org.jatomics.annotations.Consume;

/**
 * The VarHandle of a {@code @Consume} field is found whatever constant names the field: an opaque
 * load through it needs dependency ordering even when its value is only passed on.
 */
class ConsumeFieldNamedByConstant {
  private static final String CONFIG_FIELD = "config";
  private static final VarHandle CONFIG;

  static {
    try {
      CONFIG =
          MethodHandles.lookup()
              .findVarHandle(ConsumeFieldNamedByConstant.class, CONFIG_FIELD, Object.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  @Atomic @Consume Object config;

  Object current() {
    // BUG: Diagnostic contains: RelaxedDependentLoad
    return CONFIG.getOpaque(this);
  }

  Object currentAcquire() {
    return CONFIG.getAcquire(this);
  }
}
