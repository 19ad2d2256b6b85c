package corpus.nonatomicaccess;

import static org.jatomics.Ordering.FULL;

import org.jatomics.annotations.Atomic;

/** x++ on an @Atomic field is a plain read followed by a plain write: updates get lost. */
class CompoundIncrement {
  @Atomic int count;

  void increment() {
    // BUG: Diagnostic contains: NonAtomicAccess
    count++;
    // BUG: Diagnostic contains: NonAtomicAccess
    ++count;
    // BUG: Diagnostic contains: NonAtomicAccess
    this.count--;
    CompoundIncrementAtomics.fetchAddCount(this, 1, FULL);
  }

  int next() {
    // BUG: Diagnostic contains: NonAtomicAccess
    return count++;
  }
}
