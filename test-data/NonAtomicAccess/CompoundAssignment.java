package corpus.nonatomicaccess;

import org.jatomics.annotations.Atomic;

/** x += v and friends are compound updates, for every field type. */
class CompoundAssignment {
  @Atomic long total;
  @Atomic double scale;
  @Atomic boolean dirty;

  void update(long delta) {
    // BUG: Diagnostic contains: NonAtomicAccess
    total += delta;
    // BUG: Diagnostic contains: NonAtomicAccess
    total -= 1;
    // BUG: Diagnostic contains: NonAtomicAccess
    scale *= 2.0;
    // BUG: Diagnostic contains: NonAtomicAccess
    dirty |= delta > 0;
  }
}
