package demo;

import static org.jatomics.Ordering.ACQUIRE;
import static org.jatomics.Ordering.FULL;

import org.jatomics.annotations.Atomic;

/** Calls the accessors the processor generates: the build fails if they are not generated. */
public class Counter {
  @Atomic private long count;

  public void increment() {
    CounterAtomics.fetchAddCount(this, 1L, FULL);
  }

  public long get() {
    return CounterAtomics.loadCount(this, ACQUIRE);
  }
}
