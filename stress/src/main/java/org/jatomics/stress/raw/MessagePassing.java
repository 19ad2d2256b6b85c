package org.jatomics.stress.raw;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static org.jatomics.Ordering.ACQUIRE;
import static org.jatomics.Ordering.CONSUME;
import static org.jatomics.Ordering.RELAXED;
import static org.jatomics.Ordering.RELEASE;
import static org.jatomics.stress.raw.NativeCells.X;
import static org.jatomics.stress.raw.NativeCells.Y;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.jatomics.raw.RawAtomics;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;
import org.openjdk.jcstress.infra.results.I_Result;

/**
 * Message passing (MP) over {@code RawAtomics} on native memory: the writer stores {@code x} (the
 * data), then {@code y} (the flag); the reader loads the flag, then the data. Result {@code r1, r2}
 * is (flag, data).
 */
public final class MessagePassing {

  private MessagePassing() {}

  /**
   * RELEASE store of the flag, ACQUIRE load of it: seeing the flag without the data is forbidden.
   */
  @JCStressTest
  @Description("MP on native memory: atomicStore(y, RELEASE) / atomicLoad(y, ACQUIRE) publish x")
  @Outcome(
      id = {"0, 0", "0, 1", "1, 1"},
      expect = ACCEPTABLE,
      desc = "flag not seen yet, or seen with the data")
  @Outcome(
      id = "1, 0",
      expect = FORBIDDEN,
      desc = "flag seen without the data: release/acquire broken")
  public static class ReleaseAcquire {
    /** Writer: data (relaxed), then flag (release). */
    @Actor
    public void writer(NativeCells s) {
      RawAtomics.atomicStore(s.memory, JAVA_INT, X, 1, RELAXED);
      RawAtomics.atomicStore(s.memory, JAVA_INT, Y, 1, RELEASE);
    }

    /** Reader: flag (acquire), then data (relaxed). */
    @Actor
    public void reader(NativeCells s, II_Result r) {
      r.r1 = RawAtomics.atomicLoad(s.memory, JAVA_INT, Y, ACQUIRE);
      r.r2 = RawAtomics.atomicLoad(s.memory, JAVA_INT, X, RELAXED);
    }
  }

  /** CONSUME load of the flag: implemented as acquire, so the same outcome is forbidden. */
  @JCStressTest
  @Description("MP on native memory: atomicStore(y, RELEASE) / atomicLoad(y, CONSUME) publish x")
  @Outcome(
      id = {"0, 0", "0, 1", "1, 1"},
      expect = ACCEPTABLE,
      desc = "flag not seen yet, or seen with the data")
  @Outcome(
      id = "1, 0",
      expect = FORBIDDEN,
      desc = "flag seen without the data: consume (= acquire) broken")
  public static class ReleaseConsume {
    /** Writer: data (relaxed), then flag (release). */
    @Actor
    public void writer(NativeCells s) {
      RawAtomics.atomicStore(s.memory, JAVA_INT, X, 1, RELAXED);
      RawAtomics.atomicStore(s.memory, JAVA_INT, Y, 1, RELEASE);
    }

    /** Reader: flag (consume), then data (relaxed). */
    @Actor
    public void reader(NativeCells s, II_Result r) {
      r.r1 = RawAtomics.atomicLoad(s.memory, JAVA_INT, Y, CONSUME);
      r.r2 = RawAtomics.atomicLoad(s.memory, JAVA_INT, X, RELAXED);
    }
  }

  /** Everything RELAXED: the flag without the data is allowed (weak hardware, JIT reordering). */
  @JCStressTest
  @Description("MP on native memory with RELAXED stores and loads: no ordering promised")
  @Outcome(
      id = {"0, 0", "0, 1", "1, 1"},
      expect = ACCEPTABLE,
      desc = "flag not seen yet, or seen with the data")
  @Outcome(
      id = "1, 0",
      expect = ACCEPTABLE_INTERESTING,
      desc = "flag seen without the data: allowed for RELAXED")
  public static class Relaxed {
    /** Writer: data, then flag, both relaxed. */
    @Actor
    public void writer(NativeCells s) {
      RawAtomics.atomicStore(s.memory, JAVA_INT, X, 1, RELAXED);
      RawAtomics.atomicStore(s.memory, JAVA_INT, Y, 1, RELAXED);
    }

    /** Reader: flag, then data, both relaxed. */
    @Actor
    public void reader(NativeCells s, II_Result r) {
      r.r1 = RawAtomics.atomicLoad(s.memory, JAVA_INT, Y, RELAXED);
      r.r2 = RawAtomics.atomicLoad(s.memory, JAVA_INT, X, RELAXED);
    }
  }

  /** A pointer cell and the buffer it will point to, both native. */
  @State
  public static class PointerAndBuffer {
    /** Holds the published address (null until published). */
    final MemorySegment pointer = Arena.ofAuto().allocate(ADDRESS);

    /** The data the pointer leads to. */
    final MemorySegment buffer = Arena.ofAuto().allocate(JAVA_INT);
  }

  /**
   * Publishing a pointer, as C code does: the writer fills the buffer with a plain write and stores
   * its address with RELEASE; the reader loads the address with CONSUME and, when it is the
   * buffer's, reads the data. Result: -1 when the pointer was still NULL, -2 when it held an
   * address that is neither NULL nor the buffer's, else the data.
   */
  @JCStressTest
  @Description(
      "MP through an ADDRESS: atomicStore(ADDRESS, RELEASE) / atomicLoad(ADDRESS, CONSUME)")
  @Outcome(
      id = {"-1", "42"},
      expect = ACCEPTABLE,
      desc = "not published yet, or published with its contents")
  @Outcome(id = "0", expect = FORBIDDEN, desc = "address seen before the buffer's contents")
  @Outcome(expect = FORBIDDEN, desc = "torn or foreign address")
  public static class AddressReleaseConsume {
    /** Writer: fill the buffer, publish its address. */
    @Actor
    public void writer(PointerAndBuffer s) {
      s.buffer.set(JAVA_INT, 0, 42);
      RawAtomics.atomicStore(s.pointer, ADDRESS, 0, s.buffer, RELEASE);
    }

    /** Reader: load the address, follow it if set. */
    @Actor
    public void reader(PointerAndBuffer s, I_Result r) {
      MemorySegment published = RawAtomics.atomicLoad(s.pointer, ADDRESS, 0, CONSUME);
      if (published.address() == 0) {
        r.r1 = -1;
      } else if (published.address() != s.buffer.address()) {
        r.r1 = -2;
      } else {
        r.r1 = s.buffer.get(JAVA_INT, 0);
      }
    }
  }
}
