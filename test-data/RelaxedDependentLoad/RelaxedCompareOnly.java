package corpus.relaxeddependentload;

import static org.jatomics.Ordering.ACQUIRE;
import static org.jatomics.Ordering.FULL;
import static org.jatomics.Ordering.RELAXED;

import java.util.Objects;
import org.jatomics.annotations.Atomic;

/**
 * A stack whose relaxed head snapshots are only compared (a version check before a CAS, a null
 * check, identity with a sentinel) or handed on to a CAS that decides: nothing is read through
 * them, so they need no dependency ordering. The one read through a snapshot is flagged.
 */
class RelaxedCompareOnly {
  static final class Node {
    final Object item;
    Object tag;
    @Atomic Node next;

    Node(Object item) {
      this.item = item;
    }
  }

  static final Node CLOSED = new Node(null);

  @Atomic Node head;

  boolean isEmpty() {
    return RelaxedCompareOnlyAtomics.loadHead(this, RELAXED) == null;
  }

  boolean isClosed() {
    Node h = RelaxedCompareOnlyAtomics.loadHead(this, RELAXED);
    return h == CLOSED || Objects.isNull(h);
  }

  boolean unchangedSince(Node seen) {
    Node h = RelaxedCompareOnlyAtomics.loadHead(this, RELAXED);
    if (h != seen) {
      return false;
    }
    return h == RelaxedCompareOnlyAtomics.loadHead(this, ACQUIRE);
  }

  boolean push(Object item) {
    Node node = new Node(item);
    Node h = RelaxedCompareOnlyAtomics.loadHead(this, RELAXED);
    RelaxedCompareOnly_NodeAtomics.storeNext(node, h, RELAXED);
    return RelaxedCompareOnlyAtomics.cmpxchgHead(this, h, node, FULL) == h;
  }

  Object peekTag() {
    // BUG: Diagnostic contains: RelaxedDependentLoad
    Node h = RelaxedCompareOnlyAtomics.loadHead(this, RELAXED);
    if (h == null) {
      return null;
    }
    return h.tag;
  }
}
