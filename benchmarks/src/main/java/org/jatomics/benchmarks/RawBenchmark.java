package org.jatomics.benchmarks;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;
import static org.jatomics.Ordering.ACQUIRE;
import static org.jatomics.Ordering.FULL;
import static org.jatomics.Ordering.RELAXED;
import static org.jatomics.Ordering.RELEASE;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.VarHandle;
import java.util.concurrent.TimeUnit;
import org.agrona.concurrent.UnsafeBuffer;
import org.jatomics.Ordering;
import org.jatomics.raw.RawAtomics;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Single-threaded cost of atomics on native memory: {@code RawAtomics} ({@code raw}, and {@code
 * rawVar} with the ordering in a non-final field) against a hand-written {@code static final} FFM
 * {@code VarHandle} ({@code handwritten}: the fastest mode that gives the ordering; {@code
 * handwrittenMode}: the mode named like it) and Agrona's {@code UnsafeBuffer} over the same bytes
 * ({@code agrona}). The {@code subword_<operation>_<type><Implementation>} benchmarks compare the
 * byte and short emulation (a CAS on the enclosing aligned int) with a plain int CAS.
 *
 * <p>Names follow {@link FieldBenchmark}: {@code <operation>_<ORDERING>_<implementation>}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {
      "--enable-native-access=ALL-UNNAMED",
      "--sun-misc-unsafe-memory-access=allow",
      "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED"
    })
public class RawBenchmark {
  private static final VarHandle LONG = JAVA_LONG.varHandle();
  private static final VarHandle INT = JAVA_INT.varHandle();

  /** Longs in the segment; the {@code loop64_*} benchmarks touch all of them. */
  private static final int SLOTS = 64;

  /**
   * Where the memory comes from: {@code shared} (an {@code Arena.ofShared()}, as memory shared with
   * native threads usually is) or {@code global} ({@code Arena.global()}, no liveness check).
   */
  @Param({"shared"})
  public String arena;

  private Arena owner;
  private MemorySegment segment;
  private UnsafeBuffer buffer;
  private Ordering.AcquireOrRelaxed loadRelaxed;
  private Ordering.AcquireOrRelaxed loadAcquire;
  private Ordering.ReleaseOrRelaxed storeRelaxed;
  private Ordering.ReleaseOrRelaxed storeRelease;
  private Ordering rmwRelaxed;
  private Ordering rmwAcquire;
  private Ordering rmwRelease;
  private Ordering rmwFull;

  /** Creates the state; JMH calls {@link #setUp()}. */
  public RawBenchmark() {}

  /**
   * Allocates {@code SLOTS} longs aligned to a cache line and wraps the same bytes in an Agrona
   * buffer.
   */
  @Setup(Level.Trial)
  public void setUp() {
    owner = "global".equals(arena) ? null : Arena.ofShared();
    segment = (owner == null ? Arena.global() : owner).allocate(SLOTS * 8, 64);
    buffer = new UnsafeBuffer(segment.address(), (int) segment.byteSize());
    loadRelaxed = RELAXED;
    loadAcquire = ACQUIRE;
    storeRelaxed = RELAXED;
    storeRelease = RELEASE;
    rmwRelaxed = RELAXED;
    rmwAcquire = ACQUIRE;
    rmwRelease = RELEASE;
    rmwFull = FULL;
  }

  /** Frees the memory of a shared arena. */
  @TearDown(Level.Trial)
  public void tearDown() {
    if (owner != null) {
      owner.close();
    }
  }

  /** RawAtomics.atomicLoad RELAXED. */
  @Benchmark
  public long load_RELAXED_raw() {
    return RawAtomics.atomicLoad(segment, JAVA_LONG, 0L, RELAXED);
  }

  /** RawAtomics.atomicLoad, ordering RELAXED from a non-final field. */
  @Benchmark
  public long load_RELAXED_rawVar() {
    return RawAtomics.atomicLoad(segment, JAVA_LONG, 0L, loadRelaxed);
  }

  /** FFM VarHandle getOpaque. */
  @Benchmark
  public long load_RELAXED_handwritten() {
    return (long) LONG.getOpaque(segment, 0L);
  }

  /** Agrona getLongOpaque. */
  @Benchmark
  public long load_RELAXED_agrona() {
    return buffer.getLongOpaque(0);
  }

  /** RawAtomics.atomicLoad ACQUIRE. */
  @Benchmark
  public long load_ACQUIRE_raw() {
    return RawAtomics.atomicLoad(segment, JAVA_LONG, 0L, ACQUIRE);
  }

  /** RawAtomics.atomicLoad, ordering ACQUIRE from a non-final field. */
  @Benchmark
  public long load_ACQUIRE_rawVar() {
    return RawAtomics.atomicLoad(segment, JAVA_LONG, 0L, loadAcquire);
  }

  /** FFM VarHandle getAcquire. */
  @Benchmark
  public long load_ACQUIRE_handwritten() {
    return (long) LONG.getAcquire(segment, 0L);
  }

  /** Agrona getLongAcquire. */
  @Benchmark
  public long load_ACQUIRE_agrona() {
    return buffer.getLongAcquire(0);
  }

  /** Agrona getLongVolatile. */
  @Benchmark
  public long load_ACQUIRE_agronaVolatile() {
    return buffer.getLongVolatile(0);
  }

  /** RawAtomics.atomicStore RELAXED. */
  @Benchmark
  public void store_RELAXED_raw() {
    RawAtomics.atomicStore(segment, JAVA_LONG, 0L, 1L, RELAXED);
  }

  /** RawAtomics.atomicStore, ordering RELAXED from a non-final field. */
  @Benchmark
  public void store_RELAXED_rawVar() {
    RawAtomics.atomicStore(segment, JAVA_LONG, 0L, 1L, storeRelaxed);
  }

  /** FFM VarHandle setOpaque. */
  @Benchmark
  public void store_RELAXED_handwritten() {
    LONG.setOpaque(segment, 0L, 1L);
  }

  /** Agrona putLongOpaque. */
  @Benchmark
  public void store_RELAXED_agrona() {
    buffer.putLongOpaque(0, 1L);
  }

  /** RawAtomics.atomicStore RELEASE. */
  @Benchmark
  public void store_RELEASE_raw() {
    RawAtomics.atomicStore(segment, JAVA_LONG, 0L, 1L, RELEASE);
  }

  /** RawAtomics.atomicStore, ordering RELEASE from a non-final field. */
  @Benchmark
  public void store_RELEASE_rawVar() {
    RawAtomics.atomicStore(segment, JAVA_LONG, 0L, 1L, storeRelease);
  }

  /** FFM VarHandle setRelease. */
  @Benchmark
  public void store_RELEASE_handwritten() {
    LONG.setRelease(segment, 0L, 1L);
  }

  /** Agrona putLongRelease. */
  @Benchmark
  public void store_RELEASE_agrona() {
    buffer.putLongRelease(0, 1L);
  }

  /** RawAtomics.xchg RELAXED. */
  @Benchmark
  public long xchg_RELAXED_raw() {
    return RawAtomics.xchg(segment, JAVA_LONG, 0L, 1L, RELAXED);
  }

  /** RawAtomics.xchg, ordering RELAXED from a non-final field. */
  @Benchmark
  public long xchg_RELAXED_rawVar() {
    return RawAtomics.xchg(segment, JAVA_LONG, 0L, 1L, rmwRelaxed);
  }

  /** FFM VarHandle getAndSet (volatile: the fastest mode that gives RELAXED). */
  @Benchmark
  public long xchg_RELAXED_handwritten() {
    return (long) LONG.getAndSet(segment, 0L, 1L);
  }

  /** RawAtomics.xchg ACQUIRE. */
  @Benchmark
  public long xchg_ACQUIRE_raw() {
    return RawAtomics.xchg(segment, JAVA_LONG, 0L, 1L, ACQUIRE);
  }

  /** RawAtomics.xchg, ordering ACQUIRE from a non-final field. */
  @Benchmark
  public long xchg_ACQUIRE_rawVar() {
    return RawAtomics.xchg(segment, JAVA_LONG, 0L, 1L, rmwAcquire);
  }

  /** FFM VarHandle getAndSet (volatile: the fastest mode that gives ACQUIRE). */
  @Benchmark
  public long xchg_ACQUIRE_handwritten() {
    return (long) LONG.getAndSet(segment, 0L, 1L);
  }

  /** FFM VarHandle getAndSetAcquire. */
  @Benchmark
  public long xchg_ACQUIRE_handwrittenMode() {
    return (long) LONG.getAndSetAcquire(segment, 0L, 1L);
  }

  /** RawAtomics.xchg RELEASE. */
  @Benchmark
  public long xchg_RELEASE_raw() {
    return RawAtomics.xchg(segment, JAVA_LONG, 0L, 1L, RELEASE);
  }

  /** RawAtomics.xchg, ordering RELEASE from a non-final field. */
  @Benchmark
  public long xchg_RELEASE_rawVar() {
    return RawAtomics.xchg(segment, JAVA_LONG, 0L, 1L, rmwRelease);
  }

  /** FFM VarHandle getAndSet (volatile: the fastest mode that gives RELEASE). */
  @Benchmark
  public long xchg_RELEASE_handwritten() {
    return (long) LONG.getAndSet(segment, 0L, 1L);
  }

  /** FFM VarHandle getAndSetRelease. */
  @Benchmark
  public long xchg_RELEASE_handwrittenMode() {
    return (long) LONG.getAndSetRelease(segment, 0L, 1L);
  }

  /** RawAtomics.xchg FULL. */
  @Benchmark
  public long xchg_FULL_raw() {
    return RawAtomics.xchg(segment, JAVA_LONG, 0L, 1L, FULL);
  }

  /** RawAtomics.xchg, ordering FULL from a non-final field. */
  @Benchmark
  public long xchg_FULL_rawVar() {
    return RawAtomics.xchg(segment, JAVA_LONG, 0L, 1L, rmwFull);
  }

  /** FFM VarHandle getAndSet (volatile: the fastest mode that gives FULL). */
  @Benchmark
  public long xchg_FULL_handwritten() {
    return (long) LONG.getAndSet(segment, 0L, 1L);
  }

  /** Agrona getAndSetLong. */
  @Benchmark
  public long xchg_FULL_agrona() {
    return buffer.getAndSetLong(0, 1L);
  }

  /** RawAtomics.cmpxchg RELAXED. */
  @Benchmark
  public long cmpxchg_RELAXED_raw() {
    return RawAtomics.cmpxchg(segment, JAVA_LONG, 0L, 0L, 0L, RELAXED);
  }

  /** RawAtomics.cmpxchg, ordering RELAXED from a non-final field. */
  @Benchmark
  public long cmpxchg_RELAXED_rawVar() {
    return RawAtomics.cmpxchg(segment, JAVA_LONG, 0L, 0L, 0L, rmwRelaxed);
  }

  /** FFM VarHandle compareAndExchange (volatile: the fastest mode that gives RELAXED). */
  @Benchmark
  public long cmpxchg_RELAXED_handwritten() {
    return (long) LONG.compareAndExchange(segment, 0L, 0L, 0L);
  }

  /** RawAtomics.cmpxchg ACQUIRE. */
  @Benchmark
  public long cmpxchg_ACQUIRE_raw() {
    return RawAtomics.cmpxchg(segment, JAVA_LONG, 0L, 0L, 0L, ACQUIRE);
  }

  /** RawAtomics.cmpxchg, ordering ACQUIRE from a non-final field. */
  @Benchmark
  public long cmpxchg_ACQUIRE_rawVar() {
    return RawAtomics.cmpxchg(segment, JAVA_LONG, 0L, 0L, 0L, rmwAcquire);
  }

  /** FFM VarHandle compareAndExchange (volatile: the fastest mode that gives ACQUIRE). */
  @Benchmark
  public long cmpxchg_ACQUIRE_handwritten() {
    return (long) LONG.compareAndExchange(segment, 0L, 0L, 0L);
  }

  /** FFM VarHandle compareAndExchangeAcquire. */
  @Benchmark
  public long cmpxchg_ACQUIRE_handwrittenMode() {
    return (long) LONG.compareAndExchangeAcquire(segment, 0L, 0L, 0L);
  }

  /** RawAtomics.cmpxchg RELEASE. */
  @Benchmark
  public long cmpxchg_RELEASE_raw() {
    return RawAtomics.cmpxchg(segment, JAVA_LONG, 0L, 0L, 0L, RELEASE);
  }

  /** RawAtomics.cmpxchg, ordering RELEASE from a non-final field. */
  @Benchmark
  public long cmpxchg_RELEASE_rawVar() {
    return RawAtomics.cmpxchg(segment, JAVA_LONG, 0L, 0L, 0L, rmwRelease);
  }

  /** FFM VarHandle compareAndExchange (volatile: the fastest mode that gives RELEASE). */
  @Benchmark
  public long cmpxchg_RELEASE_handwritten() {
    return (long) LONG.compareAndExchange(segment, 0L, 0L, 0L);
  }

  /** FFM VarHandle compareAndExchangeRelease. */
  @Benchmark
  public long cmpxchg_RELEASE_handwrittenMode() {
    return (long) LONG.compareAndExchangeRelease(segment, 0L, 0L, 0L);
  }

  /** RawAtomics.cmpxchg FULL. */
  @Benchmark
  public long cmpxchg_FULL_raw() {
    return RawAtomics.cmpxchg(segment, JAVA_LONG, 0L, 0L, 0L, FULL);
  }

  /** RawAtomics.cmpxchg, ordering FULL from a non-final field. */
  @Benchmark
  public long cmpxchg_FULL_rawVar() {
    return RawAtomics.cmpxchg(segment, JAVA_LONG, 0L, 0L, 0L, rmwFull);
  }

  /** FFM VarHandle compareAndExchange (volatile: the fastest mode that gives FULL). */
  @Benchmark
  public long cmpxchg_FULL_handwritten() {
    return (long) LONG.compareAndExchange(segment, 0L, 0L, 0L);
  }

  /** Agrona compareAndExchangeLong. */
  @Benchmark
  public long cmpxchg_FULL_agrona() {
    return buffer.compareAndExchangeLong(0, 0L, 0L);
  }

  /** RawAtomics.fetchAdd RELAXED. */
  @Benchmark
  public long fetchAdd_RELAXED_raw() {
    return RawAtomics.fetchAdd(segment, JAVA_LONG, 0L, 1L, RELAXED);
  }

  /** RawAtomics.fetchAdd, ordering RELAXED from a non-final field. */
  @Benchmark
  public long fetchAdd_RELAXED_rawVar() {
    return RawAtomics.fetchAdd(segment, JAVA_LONG, 0L, 1L, rmwRelaxed);
  }

  /** FFM VarHandle getAndAdd (volatile: the fastest mode that gives RELAXED). */
  @Benchmark
  public long fetchAdd_RELAXED_handwritten() {
    return (long) LONG.getAndAdd(segment, 0L, 1L);
  }

  /** RawAtomics.fetchAdd ACQUIRE. */
  @Benchmark
  public long fetchAdd_ACQUIRE_raw() {
    return RawAtomics.fetchAdd(segment, JAVA_LONG, 0L, 1L, ACQUIRE);
  }

  /** RawAtomics.fetchAdd, ordering ACQUIRE from a non-final field. */
  @Benchmark
  public long fetchAdd_ACQUIRE_rawVar() {
    return RawAtomics.fetchAdd(segment, JAVA_LONG, 0L, 1L, rmwAcquire);
  }

  /** FFM VarHandle getAndAdd (volatile: the fastest mode that gives ACQUIRE). */
  @Benchmark
  public long fetchAdd_ACQUIRE_handwritten() {
    return (long) LONG.getAndAdd(segment, 0L, 1L);
  }

  /** FFM VarHandle getAndAddAcquire. */
  @Benchmark
  public long fetchAdd_ACQUIRE_handwrittenMode() {
    return (long) LONG.getAndAddAcquire(segment, 0L, 1L);
  }

  /** RawAtomics.fetchAdd RELEASE. */
  @Benchmark
  public long fetchAdd_RELEASE_raw() {
    return RawAtomics.fetchAdd(segment, JAVA_LONG, 0L, 1L, RELEASE);
  }

  /** RawAtomics.fetchAdd, ordering RELEASE from a non-final field. */
  @Benchmark
  public long fetchAdd_RELEASE_rawVar() {
    return RawAtomics.fetchAdd(segment, JAVA_LONG, 0L, 1L, rmwRelease);
  }

  /** FFM VarHandle getAndAdd (volatile: the fastest mode that gives RELEASE). */
  @Benchmark
  public long fetchAdd_RELEASE_handwritten() {
    return (long) LONG.getAndAdd(segment, 0L, 1L);
  }

  /** FFM VarHandle getAndAddRelease. */
  @Benchmark
  public long fetchAdd_RELEASE_handwrittenMode() {
    return (long) LONG.getAndAddRelease(segment, 0L, 1L);
  }

  /** RawAtomics.fetchAdd FULL. */
  @Benchmark
  public long fetchAdd_FULL_raw() {
    return RawAtomics.fetchAdd(segment, JAVA_LONG, 0L, 1L, FULL);
  }

  /** RawAtomics.fetchAdd, ordering FULL from a non-final field. */
  @Benchmark
  public long fetchAdd_FULL_rawVar() {
    return RawAtomics.fetchAdd(segment, JAVA_LONG, 0L, 1L, rmwFull);
  }

  /** FFM VarHandle getAndAdd (volatile: the fastest mode that gives FULL). */
  @Benchmark
  public long fetchAdd_FULL_handwritten() {
    return (long) LONG.getAndAdd(segment, 0L, 1L);
  }

  /** Agrona getAndAddLong. */
  @Benchmark
  public long fetchAdd_FULL_agrona() {
    return buffer.getAndAddLong(0, 1L);
  }

  /** Agrona compareAndSetLong. */
  @Benchmark
  public boolean cmpxchg_FULL_agronaCas() {
    return buffer.compareAndSetLong(0, 0L, 0L);
  }

  /** RawAtomics.cmpxchg on a byte: a CAS loop on the enclosing int. */
  @Benchmark
  public byte subword_cmpxchg_byteRaw() {
    return RawAtomics.cmpxchg(segment, JAVA_BYTE, 9L, (byte) 0, (byte) 0, FULL);
  }

  /** RawAtomics.cmpxchg on a short: a CAS loop on the enclosing int. */
  @Benchmark
  public short subword_cmpxchg_shortRaw() {
    return RawAtomics.cmpxchg(segment, JAVA_SHORT, 10L, (short) 0, (short) 0, FULL);
  }

  /** RawAtomics.cmpxchg on an int. */
  @Benchmark
  public int subword_cmpxchg_intRaw() {
    return RawAtomics.cmpxchg(segment, JAVA_INT, 8L, 0, 0, FULL);
  }

  /** A plain int CAS through an FFM VarHandle (the limit). */
  @Benchmark
  public int subword_cmpxchg_intHandwritten() {
    return (int) INT.compareAndExchange(segment, 8L, 0, 0);
  }

  /** RawAtomics.xchg on a byte: a CAS loop on the enclosing int. */
  @Benchmark
  public byte subword_xchg_byteRaw() {
    return RawAtomics.xchg(segment, JAVA_BYTE, 9L, (byte) 1, FULL);
  }

  /** RawAtomics.xchg on an int. */
  @Benchmark
  public int subword_xchg_intRaw() {
    return RawAtomics.xchg(segment, JAVA_INT, 8L, 1, FULL);
  }

  /** A plain int getAndSet through an FFM VarHandle (the limit). */
  @Benchmark
  public int subword_xchg_intHandwritten() {
    return (int) INT.getAndSet(segment, 8L, 1);
  }

  /** load ACQUIRE of all {@code SLOTS} longs in a loop (raw): the checks FFM can hoist. */
  @Benchmark
  public long loop64_load_ACQUIRE_raw() {
    long sum = 0;
    for (long off = 0L; off < SLOTS * 8; off += 8) {
      sum += RawAtomics.atomicLoad(segment, JAVA_LONG, off, ACQUIRE);
    }
    return sum;
  }

  /** load ACQUIRE of all {@code SLOTS} longs in a loop (handwritten): the checks FFM can hoist. */
  @Benchmark
  public long loop64_load_ACQUIRE_handwritten() {
    long sum = 0;
    for (long off = 0L; off < SLOTS * 8; off += 8) {
      sum += (long) LONG.getAcquire(segment, off);
    }
    return sum;
  }

  /** load ACQUIRE of all {@code SLOTS} longs in a loop (agrona): the checks FFM can hoist. */
  @Benchmark
  public long loop64_load_ACQUIRE_agrona() {
    long sum = 0;
    for (int i = 0; i < SLOTS * 8; i += 8) {
      sum += buffer.getLongAcquire(i);
    }
    return sum;
  }

  /** load RELAXED of all {@code SLOTS} longs in a loop (raw): the checks FFM can hoist. */
  @Benchmark
  public long loop64_load_RELAXED_raw() {
    long sum = 0;
    for (long off = 0L; off < SLOTS * 8; off += 8) {
      sum += RawAtomics.atomicLoad(segment, JAVA_LONG, off, RELAXED);
    }
    return sum;
  }

  /** load RELAXED of all {@code SLOTS} longs in a loop (handwritten): the checks FFM can hoist. */
  @Benchmark
  public long loop64_load_RELAXED_handwritten() {
    long sum = 0;
    for (long off = 0L; off < SLOTS * 8; off += 8) {
      sum += (long) LONG.getOpaque(segment, off);
    }
    return sum;
  }

  /** load RELAXED of all {@code SLOTS} longs in a loop (agrona): the checks FFM can hoist. */
  @Benchmark
  public long loop64_load_RELAXED_agrona() {
    long sum = 0;
    for (int i = 0; i < SLOTS * 8; i += 8) {
      sum += buffer.getLongOpaque(i);
    }
    return sum;
  }

  /** store RELEASE of all {@code SLOTS} longs in a loop (raw): the checks FFM can hoist. */
  @Benchmark
  public void loop64_store_RELEASE_raw() {
    for (long off = 0L; off < SLOTS * 8; off += 8) {
      RawAtomics.atomicStore(segment, JAVA_LONG, off, off, RELEASE);
    }
  }

  /** store RELEASE of all {@code SLOTS} longs in a loop (handwritten): the checks FFM can hoist. */
  @Benchmark
  public void loop64_store_RELEASE_handwritten() {
    for (long off = 0L; off < SLOTS * 8; off += 8) {
      LONG.setRelease(segment, off, off);
    }
  }

  /** store RELEASE of all {@code SLOTS} longs in a loop (agrona): the checks FFM can hoist. */
  @Benchmark
  public void loop64_store_RELEASE_agrona() {
    for (int i = 0; i < SLOTS * 8; i += 8) {
      buffer.putLongRelease(i, i);
    }
  }

  /** store RELAXED of all {@code SLOTS} longs in a loop (raw): the checks FFM can hoist. */
  @Benchmark
  public void loop64_store_RELAXED_raw() {
    for (long off = 0L; off < SLOTS * 8; off += 8) {
      RawAtomics.atomicStore(segment, JAVA_LONG, off, off, RELAXED);
    }
  }

  /** store RELAXED of all {@code SLOTS} longs in a loop (handwritten): the checks FFM can hoist. */
  @Benchmark
  public void loop64_store_RELAXED_handwritten() {
    for (long off = 0L; off < SLOTS * 8; off += 8) {
      LONG.setOpaque(segment, off, off);
    }
  }

  /** store RELAXED of all {@code SLOTS} longs in a loop (agrona): the checks FFM can hoist. */
  @Benchmark
  public void loop64_store_RELAXED_agrona() {
    for (int i = 0; i < SLOTS * 8; i += 8) {
      buffer.putLongOpaque(i, i);
    }
  }
}
