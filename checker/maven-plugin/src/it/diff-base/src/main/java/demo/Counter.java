package demo;

import org.jatomics.annotations.Atomic;

class Counter {
  @Atomic int count;

  void increment() {
    count++; // an old finding: committed before the change
  }
}
