package corpus.nonatomicaccess;

import org.jatomics.Ordering;
import org.jatomics.annotations.Atomic;

/**
 * A node made with new is private to the method until it escapes: filled in plainly, then
 * published with a release CAS. Writes after the escape are races.
 */
class UnpublishedQueueNode {
  static final class Node {
    @Atomic Object item;
    @Atomic Node next;
  }

  @Atomic Node tail = new Node();

  void offer(Object item) {
    Node node = new Node();
    node.item = item;
    node.next = null;
    Node last = UnpublishedQueueNodeAtomics.loadTail(this, Ordering.ACQUIRE);
    Node witness;
    while ((witness = UnpublishedQueueNodeAtomics.cmpxchgTail(this, last, node, Ordering.RELEASE)) != last) {
      last = witness;
    }
    UnpublishedQueueNode_NodeAtomics.storeNext(last, node, Ordering.RELEASE);
    // BUG: Diagnostic contains: NonAtomicAccess
    node.item = null;
  }

  Node prepared(Object item) {
    Node node = (new Node());
    if (node != null && node instanceof Node) {
      node.item = item;
    }
    synchronized (node) {
      node.next = null;
    }
    return node;
  }

  Node fresh(Object item, boolean share) {
    Node node = new Node();
    if (share) {
      publish(node);
    }
    // BUG: Diagnostic contains: NonAtomicAccess
    node.item = item;
    return node;
  }

  void chain(int n) {
    Node head = null;
    for (int i = 0; i < n; i++) {
      Node node = new Node();
      node.item = i;
      node.next = head;
      head = node;
    }
    // BUG: Diagnostic contains: NonAtomicAccess
    head.item = null;
  }

  void reusedAcrossIterations(int n) {
    Node node = new Node();
    for (int i = 0; i < n; i++) {
      // BUG: Diagnostic contains: NonAtomicAccess
      node.item = i;
      publish(node);
    }
  }

  void reassigned(Node shared, boolean useShared) {
    Node node = new Node();
    if (useShared) {
      node = shared;
    }
    // BUG: Diagnostic contains: NonAtomicAccess
    node.item = null;
  }

  void conditionallyFresh(Node shared, boolean fresh) {
    Node node = shared;
    if (fresh) {
      node = new Node();
    }
    // BUG: Diagnostic contains: NonAtomicAccess
    node.item = null;
  }

  void freshOnEveryPath(boolean big) {
    Node node = null;
    if (big) {
      node = new Node();
    } else {
      node = new Node();
    }
    node.item = big;
    publish(node);
  }

  Node aliased() {
    Node node = new Node();
    Node alias = node;
    // BUG: Diagnostic contains: NonAtomicAccess
    node.item = alias;
    return alias;
  }

  void publishedInItsOwnStore() {
    Node node = new Node();
    // BUG: Diagnostic contains: NonAtomicAccess
    node.next = publishAndReturn(node);
  }

  void capturedByLambda() {
    Node node = new Node();
    node.item = "first";
    Runnable r = () -> publish(node);
    // BUG: Diagnostic contains: NonAtomicAccess
    node.item = "second";
    r.run();
  }

  void readInLambda() {
    Node node = new Node();
    // BUG: Diagnostic contains: NonAtomicAccess
    Runnable r = () -> System.out.println(node.item);
    r.run();
  }

  void storedInArray(Node[] slots) {
    Node node = new Node();
    slots[0] = node;
    // BUG: Diagnostic contains: NonAtomicAccess
    node.item = slots;
  }

  Node thrownAway() {
    Node node = new Node();
    try {
      node.item = "x";
      return node;
    } finally {
      // BUG: Diagnostic contains: NonAtomicAccess
      node.next = null;
    }
  }

  void parameter(Node node) {
    // BUG: Diagnostic contains: NonAtomicAccess
    node.item = null;
  }

  static void publish(Node node) {}

  static Node publishAndReturn(Node node) {
    return node;
  }
}
