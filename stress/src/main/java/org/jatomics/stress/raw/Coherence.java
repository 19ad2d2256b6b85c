package org.jatomics.stress.raw;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static org.jatomics.Ordering.RELAXED;
import static org.jatomics.stress.raw.NativeCells.X;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.jatomics.raw.RawAtomics;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.infra.results.II_Result;

/** Coherence of RELAXED accesses to one native cell. */
public final class Coherence {

  private Coherence() {}

  /** CoRR: two RELAXED reads in program order never see the new value, then the old one. */
  @JCStressTest
  @Description("CoRR on native memory: atomicStore(x, 1, RELAXED) || atomicLoad(x) twice, RELAXED")
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
    public void writer(NativeCells s) {
      RawAtomics.atomicStore(s.memory, JAVA_INT, X, 1, RELAXED);
    }

    /** Reader: read x twice. */
    @Actor
    public void reader(NativeCells s, II_Result r) {
      r.r1 = RawAtomics.atomicLoad(s.memory, JAVA_INT, X, RELAXED);
      r.r2 = RawAtomics.atomicLoad(s.memory, JAVA_INT, X, RELAXED);
    }
  }
}
