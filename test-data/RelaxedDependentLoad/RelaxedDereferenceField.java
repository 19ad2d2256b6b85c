package corpus.relaxeddependentload;

import static org.jatomics.Ordering.RELAXED;

import org.jatomics.annotations.Atomic;

/** A RELAXED-loaded reference whose non-final field is then read. */
class RelaxedDereferenceField {
  static final class Node {
    int value;
    Node next;
  }

  @Atomic Node head;

  int headValue() {
    // BUG: Diagnostic contains: RelaxedDependentLoad
    return RelaxedDereferenceFieldAtomics.loadHead(this, RELAXED).value;
  }

  boolean empty() {
    return RelaxedDereferenceFieldAtomics.loadHead(this, RELAXED) == null;
  }
}
