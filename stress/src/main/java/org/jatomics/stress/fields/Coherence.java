package org.jatomics.stress.fields;

import static org.jatomics.Ordering.RELAXED;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * Coherence: every thread sees the writes to one location in a single order, even with RELAXED
 * (opaque) accesses. Plain Java accesses do not promise this: the JIT may reuse or reorder plain
 * reads of the same field.
 */
public final class Coherence {

  private Coherence() {}

  /** CoRR: two RELAXED reads of x in program order never see the new value, then the old one. */
  @JCStressTest
  @Description("CoRR: storeX(1, RELAXED) || loadX(RELAXED); loadX(RELAXED)")
  @Outcome(
      id = {"0, 0", "0, 1", "1, 1"},
      expect = ACCEPTABLE,
      desc = "reads in coherence order")
  @Outcome(
      id = "1, 0",
      expect = FORBIDDEN,
      desc = "second read went back in time: coherence broken")
  public static class ReadRead {
    /** Writer: x = 1. */
    @Actor
    public void writer(IntPair s) {
      IntPairAtomics.storeX(s, 1, RELAXED);
    }

    /** Reader: read x twice. */
    @Actor
    public void reader(IntPair s, II_Result r) {
      r.r1 = IntPairAtomics.loadX(s, RELAXED);
      r.r2 = IntPairAtomics.loadX(s, RELAXED);
    }
  }
}
