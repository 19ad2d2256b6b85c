package org.jatomics.stress.raw;

import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.jatomics.Ordering.RELAXED;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.jatomics.raw.RawAtomics;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.infra.results.J_Result;

/** 64-bit RELAXED accesses to native memory never tear (both halves of each value are non-zero). */
public final class Atomicity {

  private Atomicity() {}

  /** Bits of the double stored by {@link RelaxedDouble}: both 32-bit halves non-zero. */
  static final long DOUBLE_BITS = 0xC00F_FFFF_FFFF_FFFFL;

  /** RELAXED long store racing a RELAXED long load. */
  @JCStressTest
  @Description("atomicStore(JAVA_LONG, -1L, RELAXED) || atomicLoad(JAVA_LONG, RELAXED)")
  @Outcome(
      id = {"0", "-1"},
      expect = ACCEPTABLE,
      desc = "old or new value, whole")
  @Outcome(expect = FORBIDDEN, desc = "half of the new value: the access tore")
  public static class RelaxedLong {
    /** Writer. */
    @Actor
    public void writer(NativeCells s) {
      RawAtomics.atomicStore(s.memory, JAVA_LONG, 0, -1L, RELAXED);
    }

    /** Reader. */
    @Actor
    public void reader(NativeCells s, J_Result r) {
      r.r1 = RawAtomics.atomicLoad(s.memory, JAVA_LONG, 0, RELAXED);
    }
  }

  /** RELAXED double store racing a RELAXED double load; the result is the loaded raw bits. */
  @JCStressTest
  @Description("atomicStore(JAVA_DOUBLE, d, RELAXED) || atomicLoad(JAVA_DOUBLE, RELAXED), raw bits")
  @Outcome(
      id = {"0", "-4607182418800017409"},
      expect = ACCEPTABLE,
      desc = "old or new value, whole")
  @Outcome(expect = FORBIDDEN, desc = "half of the new value: the access tore")
  public static class RelaxedDouble {
    /** Writer. */
    @Actor
    public void writer(NativeCells s) {
      RawAtomics.atomicStore(
          s.memory, JAVA_DOUBLE, 0, Double.longBitsToDouble(DOUBLE_BITS), RELAXED);
    }

    /** Reader. */
    @Actor
    public void reader(NativeCells s, J_Result r) {
      r.r1 = Double.doubleToRawLongBits(RawAtomics.atomicLoad(s.memory, JAVA_DOUBLE, 0, RELAXED));
    }
  }
}
