package corpus.mixedaccessmode;

import java.util.concurrent.atomic.AtomicLongFieldUpdater;

/** Holder of a static and an instance field: only the updater's field matters. */
class StaticInitExempt {
  private static final AtomicLongFieldUpdater<StaticInitExempt> STAMP =
      AtomicLongFieldUpdater.newUpdater(StaticInitExempt.class, "stamp");
  static final StaticInitExempt DEFAULT;

  static {
    DEFAULT = new StaticInitExempt();
    DEFAULT.touch();
  }

  volatile long stamp;
  long unrelated;

  void touch() {
    STAMP.incrementAndGet(this);
    unrelated++;
  }
}
