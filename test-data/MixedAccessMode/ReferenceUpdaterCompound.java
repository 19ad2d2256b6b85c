package corpus.mixedaccessmode;

import java.util.concurrent.atomic.AtomicReferenceFieldUpdater;

/** += on a volatile String is a read and a write: an atomic update in between is lost. */
class ReferenceUpdaterCompound {
  private static final AtomicReferenceFieldUpdater<ReferenceUpdaterCompound, String> LOG =
      AtomicReferenceFieldUpdater.newUpdater(ReferenceUpdaterCompound.class, String.class, "log");

  volatile String log = "";

  void append(String line) {
    // BUG: Diagnostic contains: MixedAccessMode
    log += line;
  }

  void appendAtomically(String line) {
    LOG.accumulateAndGet(this, line, String::concat);
  }
}
