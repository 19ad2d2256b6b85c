package demo;

import static org.jatomics.Ordering.FULL;

import org.jatomics.annotations.Atomic;

class Counter {
  @Atomic int count;

  void increment() {
    CounterAtomics.fetchAddCount(this, 1, FULL);
  }
}
