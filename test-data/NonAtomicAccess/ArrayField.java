package corpus.nonatomicaccess;

import static org.jatomics.Ordering.ACQUIRE;

import org.jatomics.annotations.Atomic;

/** The array reference is the shared field; reading it plainly is the race. */
class ArrayField {
  @Atomic int[] slots = new int[8];

  int first() {
    // BUG: Diagnostic contains: NonAtomicAccess
    return slots[0];
  }

  int firstAtomically() {
    return ArrayFieldAtomics.loadSlots(this, ACQUIRE)[0];
  }
}
