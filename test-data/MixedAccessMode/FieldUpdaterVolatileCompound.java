package corpus.mixedaccessmode;

import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;

/** A volatile field with a field updater: volatile reads and writes are fine, ++ is not. */
class FieldUpdaterVolatileCompound {
  private static final AtomicIntegerFieldUpdater<FieldUpdaterVolatileCompound> COUNT =
      AtomicIntegerFieldUpdater.newUpdater(FieldUpdaterVolatileCompound.class, "count");

  volatile int count;

  void increment() {
    COUNT.incrementAndGet(this);
  }

  void incrementWrongly() {
    // BUG: Diagnostic contains: MixedAccessMode
    count++;
  }

  int current() {
    return count;
  }

  void reset() {
    count = 0;
  }
}
