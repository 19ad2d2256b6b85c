package corpus.nonatomicaccess;

import static org.jatomics.Ordering.RELAXED;

import org.jatomics.annotations.Atomic;

/** Fields of nested classes get Outer_InnerAtomics accessors; plain access is flagged the same. */
class NestedClassField {
  static final class Slot {
    @Atomic long sequence;

    Slot() {
      sequence = -1;
    }
  }

  long read(Slot slot) {
    // BUG: Diagnostic contains: NonAtomicAccess
    long plain = slot.sequence;
    return plain + NestedClassField_SlotAtomics.loadSequence(slot, RELAXED);
  }
}
