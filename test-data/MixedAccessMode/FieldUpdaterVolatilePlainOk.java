package corpus.mixedaccessmode;

import java.util.concurrent.atomic.AtomicReferenceFieldUpdater;

/** Volatile reads and writes of an updater's field are atomic: nothing to flag. */
class FieldUpdaterVolatilePlainOk {
  private static final AtomicReferenceFieldUpdater<FieldUpdaterVolatilePlainOk, String> NAME =
      AtomicReferenceFieldUpdater.newUpdater(FieldUpdaterVolatilePlainOk.class, String.class, "name");

  volatile String name = "";

  boolean rename(String from, String to) {
    return NAME.compareAndSet(this, from, to);
  }

  String name() {
    return name;
  }

  void clear() {
    name = "";
  }
}
