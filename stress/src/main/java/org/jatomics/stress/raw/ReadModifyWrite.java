package org.jatomics.stress.raw;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.jatomics.Ordering.ACQUIRE;
import static org.jatomics.Ordering.FULL;
import static org.jatomics.Ordering.RELAXED;
import static org.jatomics.Ordering.RELEASE;
import static org.jatomics.stress.raw.NativeCells.X;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.jatomics.Ordering;
import org.jatomics.raw.RawAtomics;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.infra.results.III_Result;
import org.openjdk.jcstress.infra.results.JJJ_Result;

/**
 * Read-modify-write atomicity of {@code RawAtomics.xchg}, {@code cmpxchg} and {@code fetchAdd} on
 * native memory; the two actors use different orderings (see the field version, {@link
 * org.jatomics.stress.fields.ReadModifyWrite}). Result: what each actor got back, then the final
 * value.
 */
public final class ReadModifyWrite {

  private ReadModifyWrite() {}

  /** fetchAdd(1) twice: previous values 0 and 1, final value 2. */
  @JCStressTest
  @Description("fetchAdd(JAVA_INT, 1, RELEASE) || fetchAdd(JAVA_INT, 1, ACQUIRE)")
  @Outcome(
      id = {"0, 1, 2", "1, 0, 2"},
      expect = ACCEPTABLE,
      desc = "both increments applied, one after the other")
  @Outcome(expect = FORBIDDEN, desc = "an increment was lost or saw a stale value")
  public static class FetchAdd {
    /** First increment. */
    @Actor
    public void actor1(NativeCells s, III_Result r) {
      r.r1 = RawAtomics.fetchAdd(s.memory, JAVA_INT, X, 1, RELEASE);
    }

    /** Second increment. */
    @Actor
    public void actor2(NativeCells s, III_Result r) {
      r.r2 = RawAtomics.fetchAdd(s.memory, JAVA_INT, X, 1, ACQUIRE);
    }

    /** Final value. */
    @Arbiter
    public void arbiter(NativeCells s, III_Result r) {
      r.r3 = RawAtomics.atomicLoad(s.memory, JAVA_INT, X, RELAXED);
    }
  }

  /** fetchAdd on a long with deltas in the low and the high half: no lost carry, no tearing. */
  @JCStressTest
  @Description("fetchAdd(JAVA_LONG, 1, RELAXED) || fetchAdd(JAVA_LONG, 1 << 32, FULL)")
  @Outcome(
      id = {"0, 1, 4294967297", "4294967296, 0, 4294967297"},
      expect = ACCEPTABLE,
      desc = "both additions applied")
  @Outcome(expect = FORBIDDEN, desc = "an addition was lost or torn")
  public static class FetchAddLong {
    /** Adds to the low half. */
    @Actor
    public void actor1(NativeCells s, JJJ_Result r) {
      r.r1 = RawAtomics.fetchAdd(s.memory, JAVA_LONG, 0, 1L, RELAXED);
    }

    /** Adds to the high half. */
    @Actor
    public void actor2(NativeCells s, JJJ_Result r) {
      r.r2 = RawAtomics.fetchAdd(s.memory, JAVA_LONG, 0, 1L << 32, FULL);
    }

    /** Final value. */
    @Arbiter
    public void arbiter(NativeCells s, JJJ_Result r) {
      r.r3 = RawAtomics.atomicLoad(s.memory, JAVA_LONG, 0, RELAXED);
    }
  }

  /** xchg(1) and xchg(2): one sees 0, the other the first one's value. */
  @JCStressTest
  @Description("xchg(JAVA_INT, 1, RELAXED) || xchg(JAVA_INT, 2, RELEASE)")
  @Outcome(
      id = {"0, 1, 2", "2, 0, 1"},
      expect = ACCEPTABLE,
      desc = "the exchanges form one chain")
  @Outcome(expect = FORBIDDEN, desc = "both saw 0, or a value was lost")
  public static class Xchg {
    /** Exchanges in 1. */
    @Actor
    public void actor1(NativeCells s, III_Result r) {
      r.r1 = RawAtomics.xchg(s.memory, JAVA_INT, X, 1, RELAXED);
    }

    /** Exchanges in 2. */
    @Actor
    public void actor2(NativeCells s, III_Result r) {
      r.r2 = RawAtomics.xchg(s.memory, JAVA_INT, X, 2, RELEASE);
    }

    /** Final value. */
    @Arbiter
    public void arbiter(NativeCells s, III_Result r) {
      r.r3 = RawAtomics.atomicLoad(s.memory, JAVA_INT, X, RELAXED);
    }
  }

  /** cmpxchg(0 -> 1) and cmpxchg(0 -> 2): exactly one succeeds. */
  @JCStressTest
  @Description("cmpxchg(JAVA_INT, 0, 1, ACQUIRE) || cmpxchg(JAVA_INT, 0, 2, RELAXED)")
  @Outcome(
      id = {"0, 1, 1", "2, 0, 2"},
      expect = ACCEPTABLE,
      desc = "one succeeded, the other failed and saw the winner's value")
  @Outcome(expect = FORBIDDEN, desc = "both succeeded, or neither did")
  public static class Cmpxchg {
    /** Tries 0 -> 1. */
    @Actor
    public void actor1(NativeCells s, III_Result r) {
      r.r1 = RawAtomics.cmpxchg(s.memory, JAVA_INT, X, 0, 1, ACQUIRE);
    }

    /** Tries 0 -> 2. */
    @Actor
    public void actor2(NativeCells s, III_Result r) {
      r.r2 = RawAtomics.cmpxchg(s.memory, JAVA_INT, X, 0, 2, RELAXED);
    }

    /** Final value. */
    @Arbiter
    public void arbiter(NativeCells s, III_Result r) {
      r.r3 = RawAtomics.atomicLoad(s.memory, JAVA_INT, X, RELAXED);
    }
  }

  /** A cmpxchg retry loop incrementing the cell, in each actor: both increments land. */
  @JCStressTest
  @Description("cmpxchg increment loop on JAVA_INT (RELAXED) || the same loop (RELEASE)")
  @Outcome(
      id = {"0, 1, 2", "1, 0, 2"},
      expect = ACCEPTABLE,
      desc = "both increments applied")
  @Outcome(expect = FORBIDDEN, desc = "an increment was lost")
  public static class CmpxchgLoop {
    /** Increments with RELAXED CASes. */
    @Actor
    public void actor1(NativeCells s, III_Result r) {
      r.r1 = increment(s, RELAXED);
    }

    /** Increments with RELEASE CASes. */
    @Actor
    public void actor2(NativeCells s, III_Result r) {
      r.r2 = increment(s, RELEASE);
    }

    /** Final value. */
    @Arbiter
    public void arbiter(NativeCells s, III_Result r) {
      r.r3 = RawAtomics.atomicLoad(s.memory, JAVA_INT, X, RELAXED);
    }

    /** Returns the value the successful CAS replaced. */
    private static int increment(NativeCells s, Ordering ordering) {
      int current = RawAtomics.atomicLoad(s.memory, JAVA_INT, X, RELAXED);
      while (true) {
        int witness = RawAtomics.cmpxchg(s.memory, JAVA_INT, X, current, current + 1, ordering);
        if (witness == current) {
          return current;
        }
        current = witness;
      }
    }
  }
}
