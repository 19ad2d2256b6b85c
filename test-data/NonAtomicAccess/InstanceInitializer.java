package corpus.nonatomicaccess;

import org.jatomics.annotations.Atomic;

/** Instance initializers and field initializers are part of construction. */
class InstanceInitializer {
  @Atomic int capacity = 16;
  @Atomic int mask = capacity - 1;
  int[] slots;

  {
    slots = new int[capacity];
    mask = capacity - 1;
  }

  int maskNow() {
    // BUG: Diagnostic contains: NonAtomicAccess
    return mask;
  }
}
