package corpus.nonatomicaccess;

import org.jatomics.annotations.Atomic;

/** volatile does not exempt an @Atomic field: its accessors are the contract. */
class VolatileAtomicField {
  @Atomic volatile int state;

  boolean isOpen() {
    // BUG: Diagnostic contains: NonAtomicAccess
    return state == 1;
  }

  void open() {
    // BUG: Diagnostic contains: NonAtomicAccess
    state = 1;
  }
}
