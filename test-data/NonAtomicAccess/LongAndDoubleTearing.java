package corpus.nonatomicaccess;

import org.jatomics.annotations.Atomic;

/** Plain long and double accesses may even tear (JLS 17.7). */
class LongAndDoubleTearing {
  @Atomic long position;
  @Atomic double price;

  double value() {
    // BUG: Diagnostic contains: NonAtomicAccess
    return position * price;
  }
}
