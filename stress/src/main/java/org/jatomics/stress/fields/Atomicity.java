package org.jatomics.stress.fields;

import static org.jatomics.Ordering.RELAXED;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.infra.results.J_Result;

/**
 * Access atomicity of 64-bit values: JLS 17.7 lets a plain (non-volatile) {@code long} or {@code
 * double} write be split into two 32-bit halves, so a racing reader may see half of it. RELAXED
 * jatomics accesses (opaque mode) must never tear. Both halves of the stored value are non-zero, so
 * a torn read shows as a value other than the two below.
 */
public final class Atomicity {

  private Atomicity() {}

  /** Bits of the double stored by {@link RelaxedDouble}: both 32-bit halves non-zero. */
  static final long DOUBLE_BITS = 0xC00F_FFFF_FFFF_FFFFL;

  /** RELAXED long store racing a RELAXED long load. */
  @JCStressTest
  @Description("storeValue(-1L, RELAXED) || loadValue(RELAXED) on a long")
  @Outcome(
      id = {"0", "-1"},
      expect = ACCEPTABLE,
      desc = "old or new value, whole")
  @Outcome(expect = FORBIDDEN, desc = "half of the new value: the access tore")
  public static class RelaxedLong {
    /** Writer. */
    @Actor
    public void writer(LongCell s) {
      LongCellAtomics.storeValue(s, -1L, RELAXED);
    }

    /** Reader. */
    @Actor
    public void reader(LongCell s, J_Result r) {
      r.r1 = LongCellAtomics.loadValue(s, RELAXED);
    }
  }

  /** RELAXED double store racing a RELAXED double load; the result is the loaded raw bits. */
  @JCStressTest
  @Description("storeValue(d, RELAXED) || loadValue(RELAXED) on a double, compared by raw bits")
  @Outcome(
      id = {"0", "-4607182418800017409"},
      expect = ACCEPTABLE,
      desc = "old or new value, whole")
  @Outcome(expect = FORBIDDEN, desc = "half of the new value: the access tore")
  public static class RelaxedDouble {
    /** Writer. */
    @Actor
    public void writer(DoubleCell s) {
      DoubleCellAtomics.storeValue(s, Double.longBitsToDouble(DOUBLE_BITS), RELAXED);
    }

    /** Reader. */
    @Actor
    public void reader(DoubleCell s, J_Result r) {
      r.r1 = Double.doubleToRawLongBits(DoubleCellAtomics.loadValue(s, RELAXED));
    }
  }
}
