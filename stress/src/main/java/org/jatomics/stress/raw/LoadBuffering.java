package org.jatomics.stress.raw;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static org.jatomics.Ordering.ACQUIRE;
import static org.jatomics.Ordering.RELEASE;
import static org.jatomics.stress.raw.NativeCells.X;
import static org.jatomics.stress.raw.NativeCells.Y;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.jatomics.raw.RawAtomics;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.infra.results.II_Result;

/** Load buffering (LB) on native memory: read one cell, then write the other. */
public final class LoadBuffering {

  private LoadBuffering() {}

  /** ACQUIRE loads, RELEASE stores: {@code 1, 1} is forbidden. */
  @JCStressTest
  @Description("LB on native memory: atomicLoad(x, ACQUIRE); atomicStore(y, RELEASE) || mirror")
  @Outcome(
      id = {"0, 0", "0, 1", "1, 0"},
      expect = ACCEPTABLE,
      desc = "at least one load ran before the other thread's store")
  @Outcome(
      id = "1, 1",
      expect = FORBIDDEN,
      desc = "each load saw a store that follows the other load")
  public static class AcquireRelease {
    /** Thread 1: read x, then y = 1. */
    @Actor
    public void actor1(NativeCells s, II_Result r) {
      r.r1 = RawAtomics.atomicLoad(s.memory, JAVA_INT, X, ACQUIRE);
      RawAtomics.atomicStore(s.memory, JAVA_INT, Y, 1, RELEASE);
    }

    /** Thread 2: read y, then x = 1. */
    @Actor
    public void actor2(NativeCells s, II_Result r) {
      r.r2 = RawAtomics.atomicLoad(s.memory, JAVA_INT, Y, ACQUIRE);
      RawAtomics.atomicStore(s.memory, JAVA_INT, X, 1, RELEASE);
    }
  }
}
