package corpus.mixedaccessmode;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A linked stack whose next field is CAS'd through a VarHandle: a node is filled in plainly
 * while only the pushing thread can see it, in its constructor or right after new.
 */
class UnpublishedNodeVarHandle {
  static final class Node {
    private static final VarHandle NEXT;

    static {
      try {
        NEXT = MethodHandles.lookup().findVarHandle(Node.class, "next", Node.class);
      } catch (ReflectiveOperationException e) {
        throw new ExceptionInInitializerError(e);
      }
    }

    final Object item;
    Node next;

    Node(Object item, Node next) {
      this.item = item;
      this.next = next;
    }

    Node() {
      this(null, null);
      next = null;
    }

    boolean casNext(Node expected, Node update) {
      return NEXT.compareAndSet(this, expected, update);
    }

    Node peekNext() {
      // BUG: Diagnostic contains: MixedAccessMode
      return next;
    }
  }

  private final Node head = new Node();

  void push(Object item) {
    Node node = new Node(item, null);
    Node first = (Node) Node.NEXT.getAcquire(head);
    node.next = first;
    while (!head.casNext(first, node)) {
      first = (Node) Node.NEXT.getAcquire(head);
      // The node was passed to a method on the previous attempt: it may have escaped.
      // BUG: Diagnostic contains: MixedAccessMode
      node.next = first;
    }
    // BUG: Diagnostic contains: MixedAccessMode
    node.next = null;
  }
}
