package corpus.nonatomicaccess;

import static org.jatomics.Ordering.ACQUIRE;

import org.jatomics.annotations.Atomic;

/** Fields of generic classes. */
class GenericClassField<T extends CharSequence> {
  @Atomic T value;

  int length() {
    // BUG: Diagnostic contains: NonAtomicAccess
    return value.length();
  }

  T current() {
    return GenericClassFieldAtomics.loadValue(this, ACQUIRE);
  }
}
