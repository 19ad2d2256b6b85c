package org.jatomics.stress.fields;

import static org.jatomics.Ordering.FULL;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.infra.results.IIII_Result;

/**
 * IRIW (independent reads of independent writes): two writers, two readers reading the two
 * locations in opposite orders. With sequential consistency the readers agree on the order of the
 * two writes. Needs four CPUs: jcstress does not schedule it on smaller machines.
 *
 * <p>As in {@link StoreBuffering}, FULL is only offered on read-modify-writes, so the stores are
 * {@code xchg(1, FULL)} and the loads {@code fetchAdd(0, FULL)}.
 */
public final class IndependentReads {

  private IndependentReads() {}

  /** FULL everywhere: readers that disagree on the order ({@code 1, 0, 1, 0}) are forbidden. */
  @JCStressTest
  @Description("IRIW: xchg(FULL) writes, fetchAdd(0, FULL) reads")
  @Outcome(
      id = "1, 0, 1, 0",
      expect = FORBIDDEN,
      desc = "readers saw the writes in opposite orders: FULL is not seq_cst")
  @Outcome(expect = ACCEPTABLE, desc = "any other interleaving")
  public static class Full {
    /** Writer of x. */
    @Actor
    public void writerX(IntPair s) {
      IntPairAtomics.xchgX(s, 1, FULL);
    }

    /** Writer of y. */
    @Actor
    public void writerY(IntPair s) {
      IntPairAtomics.xchgY(s, 1, FULL);
    }

    /** Reads x, then y. */
    @Actor
    public void readerXY(IntPair s, IIII_Result r) {
      r.r1 = IntPairAtomics.fetchAddX(s, 0, FULL);
      r.r2 = IntPairAtomics.fetchAddY(s, 0, FULL);
    }

    /** Reads y, then x. */
    @Actor
    public void readerYX(IntPair s, IIII_Result r) {
      r.r3 = IntPairAtomics.fetchAddY(s, 0, FULL);
      r.r4 = IntPairAtomics.fetchAddX(s, 0, FULL);
    }
  }
}
