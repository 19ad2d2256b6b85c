package org.jatomics.stress.fields;

import static org.jatomics.Ordering.ACQUIRE;
import static org.jatomics.Ordering.FULL;
import static org.jatomics.Ordering.RELEASE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * Store buffering (SB, Dekker): each thread writes its own location, then reads the other's. Result
 * {@code r1, r2} is what thread 1 read of {@code y} and thread 2 read of {@code x}.
 *
 * <p>jatomics loads take only RELAXED/ACQUIRE/CONSUME and stores only RELAXED/RELEASE (as in the
 * kernel's Rust atomics), so a sequentially consistent store or load is spelled as a FULL
 * read-modify-write: {@code xchg(..., FULL)} stores, {@code fetchAdd(0, FULL)} or a {@code
 * cmpxchg(v, v, FULL)} that writes the value it expects loads.
 */
public final class StoreBuffering {

  private StoreBuffering() {}

  /** FULL xchg as the stores, FULL fetchAdd(0) as the loads: both reading 0 is forbidden. */
  @JCStressTest
  @Description("SB: xchg(FULL) stores, fetchAdd(0, FULL) loads")
  @Outcome(
      id = {"0, 1", "1, 0", "1, 1"},
      expect = ACCEPTABLE,
      desc = "at least one thread saw the other's store")
  @Outcome(
      id = "0, 0",
      expect = FORBIDDEN,
      desc = "both stores reordered after both loads: FULL is not seq_cst")
  public static class FullFetchAdd {
    /** Thread 1: x = 1, read y. */
    @Actor
    public void actor1(IntPair s, II_Result r) {
      IntPairAtomics.xchgX(s, 1, FULL);
      r.r1 = IntPairAtomics.fetchAddY(s, 0, FULL);
    }

    /** Thread 2: y = 1, read x. */
    @Actor
    public void actor2(IntPair s, II_Result r) {
      IntPairAtomics.xchgY(s, 1, FULL);
      r.r2 = IntPairAtomics.fetchAddX(s, 0, FULL);
    }
  }

  /** FULL xchg as the stores, FULL cmpxchg(0, 0) as the loads (returns the current value). */
  @JCStressTest
  @Description("SB: xchg(FULL) stores, cmpxchg(0, 0, FULL) loads")
  @Outcome(
      id = {"0, 1", "1, 0", "1, 1"},
      expect = ACCEPTABLE,
      desc = "at least one thread saw the other's store")
  @Outcome(
      id = "0, 0",
      expect = FORBIDDEN,
      desc = "both stores reordered after both loads: FULL is not seq_cst")
  public static class FullCmpxchg {
    /** Thread 1: x = 1, read y. */
    @Actor
    public void actor1(IntPair s, II_Result r) {
      IntPairAtomics.xchgX(s, 1, FULL);
      r.r1 = IntPairAtomics.cmpxchgY(s, 0, 0, FULL);
    }

    /** Thread 2: y = 1, read x. */
    @Actor
    public void actor2(IntPair s, II_Result r) {
      IntPairAtomics.xchgY(s, 1, FULL);
      r.r2 = IntPairAtomics.cmpxchgX(s, 0, 0, FULL);
    }
  }

  /**
   * RELEASE stores and ACQUIRE loads do not order a store before a later load: both reading 0 is
   * allowed, and x86 shows it (its store buffer). Documents why Dekker-style code needs FULL.
   */
  @JCStressTest
  @Description("SB with RELEASE stores and ACQUIRE loads: no store-load ordering")
  @Outcome(
      id = {"0, 1", "1, 0", "1, 1"},
      expect = ACCEPTABLE,
      desc = "at least one thread saw the other's store")
  @Outcome(
      id = "0, 0",
      expect = ACCEPTABLE_INTERESTING,
      desc = "both loads before both stores: allowed for release/acquire")
  public static class ReleaseAcquire {
    /** Thread 1: x = 1, read y. */
    @Actor
    public void actor1(IntPair s, II_Result r) {
      IntPairAtomics.storeX(s, 1, RELEASE);
      r.r1 = IntPairAtomics.loadY(s, ACQUIRE);
    }

    /** Thread 2: y = 1, read x. */
    @Actor
    public void actor2(IntPair s, II_Result r) {
      IntPairAtomics.storeY(s, 1, RELEASE);
      r.r2 = IntPairAtomics.loadX(s, ACQUIRE);
    }
  }
}
