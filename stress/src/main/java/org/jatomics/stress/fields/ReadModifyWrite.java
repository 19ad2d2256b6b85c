package org.jatomics.stress.fields;

import static org.jatomics.Ordering.ACQUIRE;
import static org.jatomics.Ordering.FULL;
import static org.jatomics.Ordering.RELAXED;
import static org.jatomics.Ordering.RELEASE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.jatomics.Ordering;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.infra.results.III_Result;
import org.openjdk.jcstress.infra.results.II_Result;
import org.openjdk.jcstress.infra.results.JJJ_Result;

/**
 * Read-modify-write atomicity of the generated {@code xchg}, {@code cmpxchg} and {@code fetchAdd}:
 * two racing updates of one field never lose one. The two actors use different orderings, because
 * an ordering may select a different VarHandle access mode (on HotSpot the acquire/release
 * getAndAdd/getAndSet are CAS loops, the volatile ones single instructions), and atomicity must
 * hold between all of them. Result {@code r1, r2, r3}: what each actor got back, then the final
 * value (read by the arbiter after both finished).
 */
public final class ReadModifyWrite {

  private ReadModifyWrite() {}

  /** fetchAdd(1) twice: the two previous values are 0 and 1, the final value 2. */
  @JCStressTest
  @Description("fetchAddX(1, RELEASE) || fetchAddX(1, ACQUIRE)")
  @Outcome(
      id = {"0, 1, 2", "1, 0, 2"},
      expect = ACCEPTABLE,
      desc = "both increments applied, one after the other")
  @Outcome(expect = FORBIDDEN, desc = "an increment was lost or saw a stale value")
  public static class FetchAdd {
    /** First increment. */
    @Actor
    public void actor1(IntPair s, III_Result r) {
      r.r1 = IntPairAtomics.fetchAddX(s, 1, RELEASE);
    }

    /** Second increment. */
    @Actor
    public void actor2(IntPair s, III_Result r) {
      r.r2 = IntPairAtomics.fetchAddX(s, 1, ACQUIRE);
    }

    /** Final value. */
    @Arbiter
    public void arbiter(IntPair s, III_Result r) {
      r.r3 = IntPairAtomics.loadX(s, RELAXED);
    }
  }

  /** fetchAdd on a long with deltas in the low and the high half: no lost carry, no tearing. */
  @JCStressTest
  @Description("fetchAddValue(1, RELAXED) || fetchAddValue(1 << 32, FULL) on a long")
  @Outcome(
      id = {"0, 1, 4294967297", "4294967296, 0, 4294967297"},
      expect = ACCEPTABLE,
      desc = "both additions applied")
  @Outcome(expect = FORBIDDEN, desc = "an addition was lost or torn")
  public static class FetchAddLong {
    /** Adds to the low half. */
    @Actor
    public void actor1(LongCell s, JJJ_Result r) {
      r.r1 = LongCellAtomics.fetchAddValue(s, 1L, RELAXED);
    }

    /** Adds to the high half. */
    @Actor
    public void actor2(LongCell s, JJJ_Result r) {
      r.r2 = LongCellAtomics.fetchAddValue(s, 1L << 32, FULL);
    }

    /** Final value. */
    @Arbiter
    public void arbiter(LongCell s, JJJ_Result r) {
      r.r3 = LongCellAtomics.loadValue(s, RELAXED);
    }
  }

  /** xchg(1) and xchg(2): exactly one of them sees 0, the other sees the first one's value. */
  @JCStressTest
  @Description("xchgX(1, RELAXED) || xchgX(2, RELEASE)")
  @Outcome(
      id = {"0, 1, 2", "2, 0, 1"},
      expect = ACCEPTABLE,
      desc = "the exchanges form one chain")
  @Outcome(expect = FORBIDDEN, desc = "both saw 0, or a value was lost")
  public static class Xchg {
    /** Exchanges in 1. */
    @Actor
    public void actor1(IntPair s, III_Result r) {
      r.r1 = IntPairAtomics.xchgX(s, 1, RELAXED);
    }

    /** Exchanges in 2. */
    @Actor
    public void actor2(IntPair s, III_Result r) {
      r.r2 = IntPairAtomics.xchgX(s, 2, RELEASE);
    }

    /** Final value. */
    @Arbiter
    public void arbiter(IntPair s, III_Result r) {
      r.r3 = IntPairAtomics.loadX(s, RELAXED);
    }
  }

  /** cmpxchg(0 -> 1) and cmpxchg(0 -> 2): exactly one succeeds (its witness is 0). */
  @JCStressTest
  @Description("cmpxchgX(0, 1, ACQUIRE) || cmpxchgX(0, 2, RELAXED)")
  @Outcome(
      id = {"0, 1, 1", "2, 0, 2"},
      expect = ACCEPTABLE,
      desc = "one succeeded, the other failed and saw the winner's value")
  @Outcome(expect = FORBIDDEN, desc = "both succeeded, or neither did")
  public static class Cmpxchg {
    /** Tries 0 -> 1. */
    @Actor
    public void actor1(IntPair s, III_Result r) {
      r.r1 = IntPairAtomics.cmpxchgX(s, 0, 1, ACQUIRE);
    }

    /** Tries 0 -> 2. */
    @Actor
    public void actor2(IntPair s, III_Result r) {
      r.r2 = IntPairAtomics.cmpxchgX(s, 0, 2, RELAXED);
    }

    /** Final value. */
    @Arbiter
    public void arbiter(IntPair s, III_Result r) {
      r.r3 = IntPairAtomics.loadX(s, RELAXED);
    }
  }

  /** A cmpxchg retry loop incrementing x, in each actor: both increments land. */
  @JCStressTest
  @Description("cmpxchg increment loop (RELAXED) || the same loop (RELEASE)")
  @Outcome(
      id = {"0, 1, 2", "1, 0, 2"},
      expect = ACCEPTABLE,
      desc = "both increments applied")
  @Outcome(expect = FORBIDDEN, desc = "an increment was lost")
  public static class CmpxchgLoop {
    /** Increments x with RELAXED CASes. */
    @Actor
    public void actor1(IntPair s, III_Result r) {
      r.r1 = increment(s, RELAXED);
    }

    /** Increments x with RELEASE CASes. */
    @Actor
    public void actor2(IntPair s, III_Result r) {
      r.r2 = increment(s, RELEASE);
    }

    /** Final value. */
    @Arbiter
    public void arbiter(IntPair s, III_Result r) {
      r.r3 = IntPairAtomics.loadX(s, RELAXED);
    }

    /** Returns the value the successful CAS replaced. */
    private static int increment(IntPair s, Ordering ordering) {
      int current = IntPairAtomics.loadX(s, RELAXED);
      while (true) {
        int witness = IntPairAtomics.cmpxchgX(s, current, current + 1, ordering);
        if (witness == current) {
          return current;
        }
        current = witness;
      }
    }
  }

  /**
   * Neighbouring byte fields, each CAS-incremented three times by its own actor: an update of one
   * byte never disturbs the other. Result: each byte's final value.
   */
  @JCStressTest
  @Description("three cmpxchg increments of byte `first` || three of byte `second`")
  @Outcome(id = "3, 3", expect = ACCEPTABLE, desc = "both bytes reached their count")
  @Outcome(expect = FORBIDDEN, desc = "an update of one byte clobbered the other")
  public static class NeighbouringBytes {
    /** Increments {@code first}. */
    @Actor
    public void actor1(BytePair s) {
      for (int i = 0; i < 3; i++) {
        byte current = BytePairAtomics.loadFirst(s, RELAXED);
        while (BytePairAtomics.cmpxchgFirst(s, current, (byte) (current + 1), RELAXED) != current) {
          current = BytePairAtomics.loadFirst(s, RELAXED);
        }
      }
    }

    /** Increments {@code second}. */
    @Actor
    public void actor2(BytePair s) {
      for (int i = 0; i < 3; i++) {
        byte current = BytePairAtomics.loadSecond(s, RELAXED);
        while (BytePairAtomics.cmpxchgSecond(s, current, (byte) (current + 1), RELAXED)
            != current) {
          current = BytePairAtomics.loadSecond(s, RELAXED);
        }
      }
    }

    /** Final bytes. */
    @Arbiter
    public void arbiter(BytePair s, II_Result r) {
      r.r1 = BytePairAtomics.loadFirst(s, RELAXED);
      r.r2 = BytePairAtomics.loadSecond(s, RELAXED);
    }
  }
}
