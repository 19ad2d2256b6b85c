package corpus.nonatomicaccess;

import org.jatomics.annotations.Atomic;

/** @SuppressWarnings("NonAtomicAccess") silences the check for a deliberate racy read. */
class SuppressedAccess {
  @Atomic int hits;

  @SuppressWarnings("NonAtomicAccess") // a racy statistic read, approximate by design
  int approximateHits() {
    return hits;
  }

  int exactHits() {
    // BUG: Diagnostic contains: NonAtomicAccess
    return hits;
  }
}
