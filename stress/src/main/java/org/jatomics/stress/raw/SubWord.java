package org.jatomics.stress.raw;

import static java.lang.foreign.ValueLayout.JAVA_BOOLEAN;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_CHAR;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;
import static org.jatomics.Ordering.ACQUIRE;
import static org.jatomics.Ordering.FULL;
import static org.jatomics.Ordering.RELAXED;
import static org.jatomics.Ordering.RELEASE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.jatomics.Ordering;
import org.jatomics.raw.RawAtomics;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIIIII_Result;
import org.openjdk.jcstress.infra.results.IIII_Result;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * The sub-word emulation of {@code RawAtomics}: {@code xchg}/{@code cmpxchg} on a byte, short, char
 * or boolean run as a CAS loop on the enclosing aligned 32-bit word. Two actors update different
 * sub-words of one word at the same time, so each one's word CAS keeps failing because of the
 * other; neither may lose its own update nor disturb the neighbours.
 */
public final class SubWord {

  private SubWord() {}

  /** Sentinel in byte 0 of the word; no actor writes it. */
  static final byte SENTINEL_0 = 0x55;

  /** Sentinel in byte 3 of the word; no actor writes it. */
  static final byte SENTINEL_3 = 0x66;

  /** One aligned 32-bit native word: bytes 1 and 2 are updated, bytes 0 and 3 hold sentinels. */
  @State
  public static class Word {
    /** The word. */
    final MemorySegment memory = Arena.ofAuto().allocate(4, 4);

    /** Writes the sentinels; the bytes in between start at 0. */
    public Word() {
      memory.set(JAVA_BYTE, 0, SENTINEL_0);
      memory.set(JAVA_BYTE, 3, SENTINEL_3);
    }
  }

  /** Increments the byte at {@code offset} with a cmpxchg loop, {@code times} times. */
  static void incrementByte(MemorySegment memory, long offset, int times, Ordering o) {
    for (int i = 0; i < times; i++) {
      byte current = RawAtomics.atomicLoad(memory, JAVA_BYTE, offset, RELAXED);
      byte witness;
      while ((witness =
              RawAtomics.cmpxchg(memory, JAVA_BYTE, offset, current, (byte) (current + 1), o))
          != current) {
        current = witness;
      }
    }
  }

  /** Each actor CAS-increments its own byte (1 and 2) three times. Result: bytes 0..3. */
  @JCStressTest
  @Description("cmpxchg(JAVA_BYTE) increment loops on bytes 1 and 2 of one word")
  @Outcome(
      id = "85, 3, 3, 102",
      expect = ACCEPTABLE,
      desc = "both bytes reached 3, sentinels intact")
  @Outcome(expect = FORBIDDEN, desc = "an update was lost or a neighbouring byte disturbed")
  public static class BytesCmpxchg {
    /** Increments byte 1. */
    @Actor
    public void actor1(Word s) {
      incrementByte(s.memory, 1, 3, RELAXED);
    }

    /** Increments byte 2. */
    @Actor
    public void actor2(Word s) {
      incrementByte(s.memory, 2, 3, ACQUIRE);
    }

    /** All four bytes. */
    @Arbiter
    public void arbiter(Word s, IIII_Result r) {
      r.r1 = s.memory.get(JAVA_BYTE, 0);
      r.r2 = s.memory.get(JAVA_BYTE, 1);
      r.r3 = s.memory.get(JAVA_BYTE, 2);
      r.r4 = s.memory.get(JAVA_BYTE, 3);
    }
  }

  /**
   * xchg of a byte (offset 1) racing xchg of a boolean (offset 2), twice each. Result: what the
   * actors' second exchanges returned (their own first values), then bytes 0..3.
   */
  @JCStressTest
  @Description("xchg(JAVA_BYTE) on byte 1 || xchg(JAVA_BOOLEAN) on byte 2, twice each")
  @Outcome(
      id = "7, 1, 85, 9, 0, 102",
      expect = ACCEPTABLE,
      desc = "each actor saw its own first value; final values and sentinels right")
  @Outcome(expect = FORBIDDEN, desc = "an exchange was lost or a neighbouring byte disturbed")
  public static class ByteAndBooleanXchg {
    /** Byte 1: 0 -> 7 -> 9. */
    @Actor
    public void actor1(Word s, IIIIII_Result r) {
      byte first = RawAtomics.xchg(s.memory, JAVA_BYTE, 1, (byte) 7, RELEASE);
      byte second = RawAtomics.xchg(s.memory, JAVA_BYTE, 1, (byte) 9, RELAXED);
      r.r1 = first == 0 ? second : -1;
    }

    /** Byte 2 as a boolean: false -> true -> false. */
    @Actor
    public void actor2(Word s, IIIIII_Result r) {
      boolean first = RawAtomics.xchg(s.memory, JAVA_BOOLEAN, 2, true, FULL);
      boolean second = RawAtomics.xchg(s.memory, JAVA_BOOLEAN, 2, false, RELAXED);
      r.r2 = !first && second ? 1 : -1;
    }

    /** All four bytes. */
    @Arbiter
    public void arbiter(Word s, IIIIII_Result r) {
      r.r3 = s.memory.get(JAVA_BYTE, 0);
      r.r4 = s.memory.get(JAVA_BYTE, 1);
      r.r5 = s.memory.get(JAVA_BYTE, 2);
      r.r6 = s.memory.get(JAVA_BYTE, 3);
    }
  }

  /**
   * A short (bytes 0-1) and a char (bytes 2-3) in one word, each CAS-incremented three times by its
   * own actor, starting from values that make a carry into the upper byte. Result: the final short
   * and char.
   */
  @JCStressTest
  @Description("cmpxchg(JAVA_SHORT) loop on bytes 0-1 || cmpxchg(JAVA_CHAR) loop on bytes 2-3")
  @Outcome(id = "258, 65535", expect = ACCEPTABLE, desc = "both reached their count")
  @Outcome(expect = FORBIDDEN, desc = "an update was lost or the neighbour disturbed")
  public static class ShortAndCharCmpxchg {
    /** One aligned word holding a short at 0 (starting at 255) and a char at 2 (at 65532). */
    @State
    public static class Halves {
      /** The word. */
      final MemorySegment memory = Arena.ofAuto().allocate(4, 4);

      /** Initial values just below a carry (short) and the top of the range (char). */
      public Halves() {
        memory.set(JAVA_SHORT, 0, (short) 255);
        memory.set(JAVA_CHAR, 2, (char) 65532);
      }
    }

    /** Increments the short. */
    @Actor
    public void actor1(Halves s) {
      for (int i = 0; i < 3; i++) {
        short current = RawAtomics.atomicLoad(s.memory, JAVA_SHORT, 0, RELAXED);
        short witness;
        while ((witness =
                RawAtomics.cmpxchg(
                    s.memory, JAVA_SHORT, 0, current, (short) (current + 1), RELEASE))
            != current) {
          current = witness;
        }
      }
    }

    /** Increments the char. */
    @Actor
    public void actor2(Halves s) {
      for (int i = 0; i < 3; i++) {
        char current = RawAtomics.atomicLoad(s.memory, JAVA_CHAR, 2, RELAXED);
        char witness;
        while ((witness =
                RawAtomics.cmpxchg(s.memory, JAVA_CHAR, 2, current, (char) (current + 1), RELAXED))
            != current) {
          current = witness;
        }
      }
    }

    /** Final values. */
    @Arbiter
    public void arbiter(Halves s, II_Result r) {
      r.r1 = s.memory.get(JAVA_SHORT, 0);
      r.r2 = s.memory.get(JAVA_CHAR, 2);
    }
  }
}
