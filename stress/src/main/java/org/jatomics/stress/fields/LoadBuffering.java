package org.jatomics.stress.fields;

import static org.jatomics.Ordering.ACQUIRE;
import static org.jatomics.Ordering.RELEASE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * Load buffering (LB): each thread reads one location, then writes the other. Both reads seeing the
 * other thread's later write would need a load to be satisfied by a store that comes after it.
 */
public final class LoadBuffering {

  private LoadBuffering() {}

  /** ACQUIRE loads, RELEASE stores: {@code 1, 1} is forbidden. */
  @JCStressTest
  @Description("LB: loadX(ACQUIRE); storeY(RELEASE) || loadY(ACQUIRE); storeX(RELEASE)")
  @Outcome(
      id = {"0, 0", "0, 1", "1, 0"},
      expect = ACCEPTABLE,
      desc = "at least one load ran before the other thread's store")
  @Outcome(
      id = "1, 1",
      expect = FORBIDDEN,
      desc = "each load saw a store that follows the other load: out-of-thin-air cycle")
  public static class AcquireRelease {
    /** Thread 1: read x, then y = 1. */
    @Actor
    public void actor1(IntPair s, II_Result r) {
      r.r1 = IntPairAtomics.loadX(s, ACQUIRE);
      IntPairAtomics.storeY(s, 1, RELEASE);
    }

    /** Thread 2: read y, then x = 1. */
    @Actor
    public void actor2(IntPair s, II_Result r) {
      r.r2 = IntPairAtomics.loadY(s, ACQUIRE);
      IntPairAtomics.storeX(s, 1, RELEASE);
    }
  }
}
