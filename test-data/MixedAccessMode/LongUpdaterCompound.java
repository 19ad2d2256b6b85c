package corpus.mixedaccessmode;

import java.util.concurrent.atomic.AtomicLongFieldUpdater;

/** AtomicLongFieldUpdater with a compound update of the same field elsewhere. */
class LongUpdaterCompound {
  private static final AtomicLongFieldUpdater<LongUpdaterCompound> BYTES =
      AtomicLongFieldUpdater.newUpdater(LongUpdaterCompound.class, "bytes");

  volatile long bytes;

  void received(int n) {
    BYTES.addAndGet(this, n);
  }

  void sent(int n) {
    // BUG: Diagnostic contains: MixedAccessMode
    bytes -= n;
  }
}
