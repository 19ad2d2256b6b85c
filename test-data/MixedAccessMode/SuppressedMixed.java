package corpus.mixedaccessmode;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/** A deliberate racy read, suppressed with the check's name. */
class SuppressedMixed {
  private static final VarHandle HITS;

  static {
    try {
      HITS = MethodHandles.lookup().findVarHandle(SuppressedMixed.class, "hits", long.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  long hits;

  void hit() {
    HITS.getAndAdd(this, 1L);
  }

  @SuppressWarnings("MixedAccessMode") // statistics: a stale value is fine
  long approximate() {
    return hits;
  }
}
