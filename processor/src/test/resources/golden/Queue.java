package p;

import org.jatomics.annotations.Atomic;
import org.jatomics.annotations.Consume;

public class Queue {
  static final class Node {
    Node next;
  }

  @Atomic @Consume private Node head;
  @Atomic int size;
  @Atomic static volatile long created;
}
