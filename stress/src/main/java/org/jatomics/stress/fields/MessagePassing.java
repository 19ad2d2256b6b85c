package org.jatomics.stress.fields;

import static org.jatomics.Ordering.ACQUIRE;
import static org.jatomics.Ordering.CONSUME;
import static org.jatomics.Ordering.RELAXED;
import static org.jatomics.Ordering.RELEASE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.infra.results.II_Result;
import org.openjdk.jcstress.infra.results.I_Result;

/**
 * Message passing (MP) over generated field accessors: the writer stores {@code x} (the data), then
 * {@code y} (the flag); the reader loads the flag, then the data. Result {@code r1, r2} is (flag,
 * data).
 */
public final class MessagePassing {

  private MessagePassing() {}

  /**
   * RELEASE store of the flag, ACQUIRE load of it: seeing the flag without the data is forbidden.
   */
  @JCStressTest
  @Description("MP: storeY(RELEASE) / loadY(ACQUIRE) publish x")
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
    public void writer(IntPair s) {
      IntPairAtomics.storeX(s, 1, RELAXED);
      IntPairAtomics.storeY(s, 1, RELEASE);
    }

    /** Reader: flag (acquire), then data (relaxed). */
    @Actor
    public void reader(IntPair s, II_Result r) {
      r.r1 = IntPairAtomics.loadY(s, ACQUIRE);
      r.r2 = IntPairAtomics.loadX(s, RELAXED);
    }
  }

  /** CONSUME load of the flag: implemented as acquire, so the same outcome is forbidden. */
  @JCStressTest
  @Description("MP: storeY(RELEASE) / loadY(CONSUME) publish x")
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
    public void writer(IntPair s) {
      IntPairAtomics.storeX(s, 1, RELAXED);
      IntPairAtomics.storeY(s, 1, RELEASE);
    }

    /** Reader: flag (consume), then data (relaxed). */
    @Actor
    public void reader(IntPair s, II_Result r) {
      r.r1 = IntPairAtomics.loadY(s, CONSUME);
      r.r2 = IntPairAtomics.loadX(s, RELAXED);
    }
  }

  /**
   * Everything RELAXED: the memory model allows the flag without the data (it shows on weak
   * hardware such as AArch64 and when the JIT reorders; x86's TSO hides it). Documents why MP needs
   * RELEASE/ACQUIRE.
   */
  @JCStressTest
  @Description("MP with RELAXED stores and loads: no ordering promised")
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
    public void writer(IntPair s) {
      IntPairAtomics.storeX(s, 1, RELAXED);
      IntPairAtomics.storeY(s, 1, RELAXED);
    }

    /** Reader: flag, then data, both relaxed. */
    @Actor
    public void reader(IntPair s, II_Result r) {
      r.r1 = IntPairAtomics.loadY(s, RELAXED);
      r.r2 = IntPairAtomics.loadX(s, RELAXED);
    }
  }

  /**
   * Publishing an object: the writer fills a fresh {@code Payload} with plain writes and stores the
   * reference with RELEASE; the reader loads it with CONSUME and dereferences it. Result: -1 when
   * the reference was still null, otherwise the data seen through it.
   */
  @JCStressTest
  @Description(
      "MP through a pointer: storePayload(RELEASE) / loadPayload(CONSUME) then dereference")
  @Outcome(
      id = {"-1", "42"},
      expect = ACCEPTABLE,
      desc = "not published yet, or published with its contents")
  @Outcome(id = "0", expect = FORBIDDEN, desc = "reference seen before the object's contents")
  public static class ConsumePointer {
    /** Writer: build the object with plain writes, publish it with release. */
    @Actor
    public void writer(Published s) {
      Published.Payload payload = new Published.Payload();
      payload.data = 42;
      PublishedAtomics.storePayload(s, payload, RELEASE);
    }

    /** Reader: consume-load the reference and follow it. */
    @Actor
    public void reader(Published s, I_Result r) {
      Published.Payload payload = PublishedAtomics.loadPayload(s, CONSUME);
      r.r1 = payload == null ? -1 : payload.data;
    }
  }
}
