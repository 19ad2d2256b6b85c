package corpus.nonatomicaccess;

import static org.jatomics.Ordering.RELEASE;

import org.jatomics.annotations.Atomic;

/** A plain write of an @Atomic field races with atomic readers and writers. */
class PlainWrite {
  @Atomic String name;

  void rename(PlainWrite other, String n) {
    // BUG: Diagnostic contains: NonAtomicAccess
    other.name = n;
    // BUG: Diagnostic contains: NonAtomicAccess
    this.name = n;
    PlainWriteAtomics.storeName(other, n, RELEASE);
  }
}
