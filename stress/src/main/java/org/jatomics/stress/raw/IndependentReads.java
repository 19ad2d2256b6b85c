package org.jatomics.stress.raw;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static org.jatomics.Ordering.FULL;
import static org.jatomics.stress.raw.NativeCells.X;
import static org.jatomics.stress.raw.NativeCells.Y;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.jatomics.raw.RawAtomics;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.infra.results.IIII_Result;

/**
 * IRIW on native memory, FULL read-modify-writes as the stores and loads (see {@link
 * StoreBuffering}). Needs four CPUs.
 */
public final class IndependentReads {

  private IndependentReads() {}

  /** Readers that disagree on the order of the two writes ({@code 1, 0, 1, 0}) are forbidden. */
  @JCStressTest
  @Description("IRIW on native memory: xchg(FULL) writes, fetchAdd(0, FULL) reads")
  @Outcome(
      id = "1, 0, 1, 0",
      expect = FORBIDDEN,
      desc = "readers saw the writes in opposite orders: FULL is not seq_cst")
  @Outcome(expect = ACCEPTABLE, desc = "any other interleaving")
  public static class Full {
    /** Writer of x. */
    @Actor
    public void writerX(NativeCells s) {
      RawAtomics.xchg(s.memory, JAVA_INT, X, 1, FULL);
    }

    /** Writer of y. */
    @Actor
    public void writerY(NativeCells s) {
      RawAtomics.xchg(s.memory, JAVA_INT, Y, 1, FULL);
    }

    /** Reads x, then y. */
    @Actor
    public void readerXY(NativeCells s, IIII_Result r) {
      r.r1 = RawAtomics.fetchAdd(s.memory, JAVA_INT, X, 0, FULL);
      r.r2 = RawAtomics.fetchAdd(s.memory, JAVA_INT, Y, 0, FULL);
    }

    /** Reads y, then x. */
    @Actor
    public void readerYX(NativeCells s, IIII_Result r) {
      r.r3 = RawAtomics.fetchAdd(s.memory, JAVA_INT, Y, 0, FULL);
      r.r4 = RawAtomics.fetchAdd(s.memory, JAVA_INT, X, 0, FULL);
    }
  }
}
