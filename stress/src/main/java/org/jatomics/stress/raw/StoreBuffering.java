package org.jatomics.stress.raw;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static org.jatomics.Ordering.ACQUIRE;
import static org.jatomics.Ordering.FULL;
import static org.jatomics.Ordering.RELEASE;
import static org.jatomics.stress.raw.NativeCells.X;
import static org.jatomics.stress.raw.NativeCells.Y;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.jatomics.raw.RawAtomics;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * Store buffering (SB, Dekker) on native memory. As for fields, FULL exists only on
 * read-modify-writes: {@code xchg(..., FULL)} stores, {@code fetchAdd(0, FULL)} or {@code
 * cmpxchg(0, 0, FULL)} loads. Result {@code r1, r2}: thread 1's read of y, thread 2's read of x.
 */
public final class StoreBuffering {

  private StoreBuffering() {}

  /** FULL xchg stores, FULL fetchAdd(0) loads: both reading 0 is forbidden. */
  @JCStressTest
  @Description("SB on native memory: xchg(FULL) stores, fetchAdd(0, FULL) loads")
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
    public void actor1(NativeCells s, II_Result r) {
      RawAtomics.xchg(s.memory, JAVA_INT, X, 1, FULL);
      r.r1 = RawAtomics.fetchAdd(s.memory, JAVA_INT, Y, 0, FULL);
    }

    /** Thread 2: y = 1, read x. */
    @Actor
    public void actor2(NativeCells s, II_Result r) {
      RawAtomics.xchg(s.memory, JAVA_INT, Y, 1, FULL);
      r.r2 = RawAtomics.fetchAdd(s.memory, JAVA_INT, X, 0, FULL);
    }
  }

  /** FULL xchg stores, FULL cmpxchg(0, 0) loads. */
  @JCStressTest
  @Description("SB on native memory: xchg(FULL) stores, cmpxchg(0, 0, FULL) loads")
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
    public void actor1(NativeCells s, II_Result r) {
      RawAtomics.xchg(s.memory, JAVA_INT, X, 1, FULL);
      r.r1 = RawAtomics.cmpxchg(s.memory, JAVA_INT, Y, 0, 0, FULL);
    }

    /** Thread 2: y = 1, read x. */
    @Actor
    public void actor2(NativeCells s, II_Result r) {
      RawAtomics.xchg(s.memory, JAVA_INT, Y, 1, FULL);
      r.r2 = RawAtomics.cmpxchg(s.memory, JAVA_INT, X, 0, 0, FULL);
    }
  }

  /** RELEASE stores and ACQUIRE loads: both reading 0 is allowed (and x86 shows it). */
  @JCStressTest
  @Description("SB on native memory with RELEASE stores and ACQUIRE loads: no store-load ordering")
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
    public void actor1(NativeCells s, II_Result r) {
      RawAtomics.atomicStore(s.memory, JAVA_INT, X, 1, RELEASE);
      r.r1 = RawAtomics.atomicLoad(s.memory, JAVA_INT, Y, ACQUIRE);
    }

    /** Thread 2: y = 1, read x. */
    @Actor
    public void actor2(NativeCells s, II_Result r) {
      RawAtomics.atomicStore(s.memory, JAVA_INT, Y, 1, RELEASE);
      r.r2 = RawAtomics.atomicLoad(s.memory, JAVA_INT, X, ACQUIRE);
    }
  }
}
