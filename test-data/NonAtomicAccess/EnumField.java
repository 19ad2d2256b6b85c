package corpus.nonatomicaccess;

import org.jatomics.annotations.Atomic;

/** @Atomic fields of enums. */
enum EnumField {
  FAST,
  SLOW;

  @Atomic long uses;

  long uses() {
    // BUG: Diagnostic contains: NonAtomicAccess
    return uses;
  }
}
