package corpus.nonatomicaccess;

import static org.jatomics.Ordering.ACQUIRE;

import org.jatomics.annotations.Atomic;

/** A plain read of an @Atomic field races with atomic writers. */
class PlainRead {
  @Atomic Object head;

  Object peek(PlainRead q) {
    // BUG: Diagnostic contains: NonAtomicAccess
    return q.head;
  }

  Object peekThis() {
    // BUG: Diagnostic contains: NonAtomicAccess
    return head;
  }

  String describe(PlainRead q) {
    // BUG: Diagnostic contains: NonAtomicAccess
    return String.valueOf(q.head);
  }

  Object peekAtomically(PlainRead q) {
    return PlainReadAtomics.loadHead(q, ACQUIRE);
  }
}
