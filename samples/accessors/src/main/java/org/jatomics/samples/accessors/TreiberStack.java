package org.jatomics.samples.accessors;

import static org.jatomics.Ordering.ACQUIRE;
import static org.jatomics.Ordering.RELEASE;

import org.jatomics.annotations.Atomic;
import org.jatomics.annotations.Consume;

/**
 * A lock-free LIFO stack (R. K. Treiber, 1986) whose one shared field is accessed only through the
 * generated {@link TreiberStackAtomics}.
 *
 * <p>{@code push} links a new node to the current top and publishes it with a {@code RELEASE}
 * compare-and-exchange, so the node's fields are visible to whoever loads it; {@code pop} loads the
 * top with {@code ACQUIRE} (it dereferences the node: {@code top} is {@code @Consume}) and swings
 * it to the next node. Nodes are never reused, and the garbage collector keeps a node alive while
 * any thread still holds it, so the ABA problem of C implementations cannot happen here.
 *
 * @param <E> the element type
 */
public final class TreiberStack<E> {

  /** A node: immutable once published, except that {@code next} is set before publication. */
  static final class Node<E> {
    final E item;
    Node<E> next;

    Node(E item) {
      this.item = item;
    }
  }

  @Atomic @Consume private Node<E> top;

  /** An empty stack. */
  public TreiberStack() {}

  /**
   * Pushes {@code item}.
   *
   * @param item the element; may be null
   */
  public void push(E item) {
    Node<E> node = new Node<>(item);
    // push never dereferences what it loads, but top is @Consume: every load of it is ACQUIRE or
    // CONSUME (jatomics' checker reports RELAXED ones), which costs nothing on x86.
    Node<E> seen = TreiberStackAtomics.loadTop(this, ACQUIRE);
    while (true) {
      node.next = seen; // a plain write: the RELEASE exchange below publishes it with the node
      Node<E> witness = TreiberStackAtomics.cmpxchgTop(this, seen, node, RELEASE);
      if (witness == seen) {
        return;
      }
      seen = witness; // another push or pop won: link to what is there now and retry
    }
  }

  /**
   * Pops the most recently pushed element.
   *
   * @return the element, or null if the stack is empty
   */
  public E pop() {
    Node<E> seen = TreiberStackAtomics.loadTop(this, ACQUIRE);
    while (seen != null) {
      // ACQUIRE on success and on failure: the witness is dereferenced in the next iteration
      Node<E> witness = TreiberStackAtomics.cmpxchgTop(this, seen, seen.next, ACQUIRE);
      if (witness == seen) {
        return seen.item;
      }
      seen = witness;
    }
    return null;
  }

  /**
   * Whether the stack was empty at the moment of the call.
   *
   * @return true if there was no element
   */
  public boolean isEmpty() {
    return TreiberStackAtomics.loadTop(this, ACQUIRE) == null;
  }
}
