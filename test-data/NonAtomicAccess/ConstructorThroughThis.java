package corpus.nonatomicaccess;

import org.jatomics.annotations.Atomic;

/** While the constructor runs, no other thread can see the object: plain access through this is fine. */
class ConstructorThroughThis {
  @Atomic int size;
  @Atomic Object first;

  ConstructorThroughThis(Object first) {
    this.first = first;
    size = 1;
    size++;
    this.size += first == null ? 0 : 1;
  }

  ConstructorThroughThis(ConstructorThroughThis other) {
    this(other.copyFirst());
    // BUG: Diagnostic contains: NonAtomicAccess
    other.size = 0;
  }

  private Object copyFirst() {
    return ConstructorThroughThisAtomics.loadFirst(this, org.jatomics.Ordering.ACQUIRE);
  }
}
