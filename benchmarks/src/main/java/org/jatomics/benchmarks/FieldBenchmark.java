package org.jatomics.benchmarks;

import static org.jatomics.Ordering.ACQUIRE;
import static org.jatomics.Ordering.CONSUME;
import static org.jatomics.Ordering.FULL;
import static org.jatomics.Ordering.RELAXED;
import static org.jatomics.Ordering.RELEASE;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongFieldUpdater;
import org.jatomics.Ordering;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Single-threaded cost of every operation on a {@code long} field, one benchmark per operation,
 * ordering and implementation, named {@code <operation>_<ORDERING>_<implementation>} so that JMH
 * (which runs benchmarks in name order) runs the implementations of one operation back to back:
 *
 * <ul>
 *   <li>{@code generated}: the processor's {@code CellAtomics} with a constant ordering;
 *   <li>{@code generatedVar}: the same, with the ordering read from a non-final field of this
 *       state, so the JIT cannot fold it as a constant (it can only profile it);
 *   <li>{@code handwritten}: a {@code private static final VarHandle} invoked with exact types, in
 *       the fastest mode that gives the ordering (the limit the generated code must reach);
 *   <li>{@code handwrittenMode}: the mode named like the ordering ({@code getAndAddAcquire}, ...),
 *       which settles the processor's ordering-to-mode table;
 *   <li>{@code updater}, {@code atomic}, {@code sync}: the field updater, the boxed atomic and a
 *       {@code synchronized} block, the alternatives users have today.
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FieldBenchmark {
  private static final VarHandle VALUE;
  private static final AtomicLongFieldUpdater<VolatileCell> UPDATER =
      AtomicLongFieldUpdater.newUpdater(VolatileCell.class, "value");

  static {
    try {
      VALUE = MethodHandles.lookup().findVarHandle(Cell.class, "value", long.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final Cell cell = new Cell();
  private final VolatileCell volatileCell = new VolatileCell();
  private final AtomicLong atomicLong = new AtomicLong();
  private final LockedCell lockedCell = new LockedCell();

  private Ordering.AcquireOrRelaxed loadRelaxed;
  private Ordering.AcquireOrRelaxed loadAcquire;
  private Ordering.AcquireOrRelaxed loadConsume;
  private Ordering.ReleaseOrRelaxed storeRelaxed;
  private Ordering.ReleaseOrRelaxed storeRelease;
  private Ordering rmwRelaxed;
  private Ordering rmwAcquire;
  private Ordering rmwConsume;
  private Ordering rmwRelease;
  private Ordering rmwFull;

  /** Creates the state; JMH calls {@link #setUp()}. */
  public FieldBenchmark() {}

  /** Stores the orderings in non-final fields, out of the JIT's sight as constants. */
  @Setup
  public void setUp() {
    loadRelaxed = RELAXED;
    loadAcquire = ACQUIRE;
    loadConsume = CONSUME;
    storeRelaxed = RELAXED;
    storeRelease = RELEASE;
    rmwRelaxed = RELAXED;
    rmwAcquire = ACQUIRE;
    rmwConsume = CONSUME;
    rmwRelease = RELEASE;
    rmwFull = FULL;
  }

  /** Generated accessor, constant ordering RELAXED. */
  @Benchmark
  public long load_RELAXED_generated() {
    return CellAtomics.loadValue(cell, RELAXED);
  }

  /** Generated accessor, ordering RELAXED read from a non-final field. */
  @Benchmark
  public long load_RELAXED_generatedVar() {
    return CellAtomics.loadValue(cell, loadRelaxed);
  }

  /** Hand-written VarHandle getOpaque (the limit). */
  @Benchmark
  public long load_RELAXED_handwritten() {
    return (long) VALUE.getOpaque(cell);
  }

  /** Generated accessor, constant ordering ACQUIRE. */
  @Benchmark
  public long load_ACQUIRE_generated() {
    return CellAtomics.loadValue(cell, ACQUIRE);
  }

  /** Generated accessor, ordering ACQUIRE read from a non-final field. */
  @Benchmark
  public long load_ACQUIRE_generatedVar() {
    return CellAtomics.loadValue(cell, loadAcquire);
  }

  /** Hand-written VarHandle getAcquire (the limit). */
  @Benchmark
  public long load_ACQUIRE_handwritten() {
    return (long) VALUE.getAcquire(cell);
  }

  /** Generated accessor, constant ordering CONSUME. */
  @Benchmark
  public long load_CONSUME_generated() {
    return CellAtomics.loadValue(cell, CONSUME);
  }

  /** Generated accessor, ordering CONSUME read from a non-final field. */
  @Benchmark
  public long load_CONSUME_generatedVar() {
    return CellAtomics.loadValue(cell, loadConsume);
  }

  /** Hand-written VarHandle getAcquire (the limit). */
  @Benchmark
  public long load_CONSUME_handwritten() {
    return (long) VALUE.getAcquire(cell);
  }

  /** AtomicLong.getOpaque. */
  @Benchmark
  public long load_RELAXED_atomic() {
    return atomicLong.getOpaque();
  }

  /** AtomicLong.getAcquire. */
  @Benchmark
  public long load_ACQUIRE_atomic() {
    return atomicLong.getAcquire();
  }

  /** Field updater get (volatile: updaters have no weaker load). */
  @Benchmark
  public long load_ACQUIRE_updater() {
    return UPDATER.get(volatileCell);
  }

  /** synchronized read. */
  @Benchmark
  public long load_ACQUIRE_sync() {
    return lockedCell.load();
  }

  /** Generated accessor, constant ordering RELAXED. */
  @Benchmark
  public void store_RELAXED_generated() {
    CellAtomics.storeValue(cell, 1L, RELAXED);
  }

  /** Generated accessor, ordering RELAXED read from a non-final field. */
  @Benchmark
  public void store_RELAXED_generatedVar() {
    CellAtomics.storeValue(cell, 1L, storeRelaxed);
  }

  /** Hand-written VarHandle setOpaque (the limit). */
  @Benchmark
  public void store_RELAXED_handwritten() {
    VALUE.setOpaque(cell, 1L);
  }

  /** Generated accessor, constant ordering RELEASE. */
  @Benchmark
  public void store_RELEASE_generated() {
    CellAtomics.storeValue(cell, 1L, RELEASE);
  }

  /** Generated accessor, ordering RELEASE read from a non-final field. */
  @Benchmark
  public void store_RELEASE_generatedVar() {
    CellAtomics.storeValue(cell, 1L, storeRelease);
  }

  /** Hand-written VarHandle setRelease (the limit). */
  @Benchmark
  public void store_RELEASE_handwritten() {
    VALUE.setRelease(cell, 1L);
  }

  /** setOpaque. */
  @Benchmark
  public void store_RELAXED_atomic() {
    atomicLong.setOpaque(1L);
  }

  /** setRelease. */
  @Benchmark
  public void store_RELEASE_atomic() {
    atomicLong.setRelease(1L);
  }

  /** Field updater lazySet (release). */
  @Benchmark
  public void store_RELEASE_updater() {
    UPDATER.lazySet(volatileCell, 1L);
  }

  /** synchronized write. */
  @Benchmark
  public void store_RELEASE_sync() {
    lockedCell.store(1L);
  }

  /** Generated accessor, constant ordering RELAXED. */
  @Benchmark
  public long xchg_RELAXED_generated() {
    return CellAtomics.xchgValue(cell, 1L, RELAXED);
  }

  /** Generated accessor, ordering RELAXED read from a non-final field. */
  @Benchmark
  public long xchg_RELAXED_generatedVar() {
    return CellAtomics.xchgValue(cell, 1L, rmwRelaxed);
  }

  /** Hand-written VarHandle getAndSet (volatile: the fastest mode that gives RELAXED). */
  @Benchmark
  public long xchg_RELAXED_handwritten() {
    return (long) VALUE.getAndSet(cell, 1L);
  }

  /** Generated accessor, constant ordering ACQUIRE. */
  @Benchmark
  public long xchg_ACQUIRE_generated() {
    return CellAtomics.xchgValue(cell, 1L, ACQUIRE);
  }

  /** Generated accessor, ordering ACQUIRE read from a non-final field. */
  @Benchmark
  public long xchg_ACQUIRE_generatedVar() {
    return CellAtomics.xchgValue(cell, 1L, rmwAcquire);
  }

  /** Hand-written VarHandle getAndSet (volatile: the fastest mode that gives ACQUIRE). */
  @Benchmark
  public long xchg_ACQUIRE_handwritten() {
    return (long) VALUE.getAndSet(cell, 1L);
  }

  /** Hand-written VarHandle getAndSetAcquire (the mode named like the ordering). */
  @Benchmark
  public long xchg_ACQUIRE_handwrittenMode() {
    return (long) VALUE.getAndSetAcquire(cell, 1L);
  }

  /** Generated accessor, constant ordering CONSUME. */
  @Benchmark
  public long xchg_CONSUME_generated() {
    return CellAtomics.xchgValue(cell, 1L, CONSUME);
  }

  /** Generated accessor, ordering CONSUME read from a non-final field. */
  @Benchmark
  public long xchg_CONSUME_generatedVar() {
    return CellAtomics.xchgValue(cell, 1L, rmwConsume);
  }

  /** Hand-written VarHandle getAndSet (volatile: the fastest mode that gives CONSUME). */
  @Benchmark
  public long xchg_CONSUME_handwritten() {
    return (long) VALUE.getAndSet(cell, 1L);
  }

  /** Hand-written VarHandle getAndSetAcquire (the mode named like the ordering). */
  @Benchmark
  public long xchg_CONSUME_handwrittenMode() {
    return (long) VALUE.getAndSetAcquire(cell, 1L);
  }

  /** Generated accessor, constant ordering RELEASE. */
  @Benchmark
  public long xchg_RELEASE_generated() {
    return CellAtomics.xchgValue(cell, 1L, RELEASE);
  }

  /** Generated accessor, ordering RELEASE read from a non-final field. */
  @Benchmark
  public long xchg_RELEASE_generatedVar() {
    return CellAtomics.xchgValue(cell, 1L, rmwRelease);
  }

  /** Hand-written VarHandle getAndSet (volatile: the fastest mode that gives RELEASE). */
  @Benchmark
  public long xchg_RELEASE_handwritten() {
    return (long) VALUE.getAndSet(cell, 1L);
  }

  /** Hand-written VarHandle getAndSetRelease (the mode named like the ordering). */
  @Benchmark
  public long xchg_RELEASE_handwrittenMode() {
    return (long) VALUE.getAndSetRelease(cell, 1L);
  }

  /** Generated accessor, constant ordering FULL. */
  @Benchmark
  public long xchg_FULL_generated() {
    return CellAtomics.xchgValue(cell, 1L, FULL);
  }

  /** Generated accessor, ordering FULL read from a non-final field. */
  @Benchmark
  public long xchg_FULL_generatedVar() {
    return CellAtomics.xchgValue(cell, 1L, rmwFull);
  }

  /** Hand-written VarHandle getAndSet (volatile: the fastest mode that gives FULL). */
  @Benchmark
  public long xchg_FULL_handwritten() {
    return (long) VALUE.getAndSet(cell, 1L);
  }

  /** Field updater getAndSet. */
  @Benchmark
  public long xchg_FULL_updater() {
    return UPDATER.getAndSet(volatileCell, 1L);
  }

  /** getAndSet. */
  @Benchmark
  public long xchg_FULL_atomic() {
    return atomicLong.getAndSet(1L);
  }

  /** synchronized block. */
  @Benchmark
  public long xchg_FULL_sync() {
    return lockedCell.xchg(1L);
  }

  /** Generated accessor, constant ordering RELAXED. */
  @Benchmark
  public long cmpxchg_RELAXED_generated() {
    return CellAtomics.cmpxchgValue(cell, 0L, 0L, RELAXED);
  }

  /** Generated accessor, ordering RELAXED read from a non-final field. */
  @Benchmark
  public long cmpxchg_RELAXED_generatedVar() {
    return CellAtomics.cmpxchgValue(cell, 0L, 0L, rmwRelaxed);
  }

  /** Hand-written VarHandle compareAndExchange (volatile: the fastest mode that gives RELAXED). */
  @Benchmark
  public long cmpxchg_RELAXED_handwritten() {
    return (long) VALUE.compareAndExchange(cell, 0L, 0L);
  }

  /** Generated accessor, constant ordering ACQUIRE. */
  @Benchmark
  public long cmpxchg_ACQUIRE_generated() {
    return CellAtomics.cmpxchgValue(cell, 0L, 0L, ACQUIRE);
  }

  /** Generated accessor, ordering ACQUIRE read from a non-final field. */
  @Benchmark
  public long cmpxchg_ACQUIRE_generatedVar() {
    return CellAtomics.cmpxchgValue(cell, 0L, 0L, rmwAcquire);
  }

  /** Hand-written VarHandle compareAndExchange (volatile: the fastest mode that gives ACQUIRE). */
  @Benchmark
  public long cmpxchg_ACQUIRE_handwritten() {
    return (long) VALUE.compareAndExchange(cell, 0L, 0L);
  }

  /** Hand-written VarHandle compareAndExchangeAcquire (the mode named like the ordering). */
  @Benchmark
  public long cmpxchg_ACQUIRE_handwrittenMode() {
    return (long) VALUE.compareAndExchangeAcquire(cell, 0L, 0L);
  }

  /** Generated accessor, constant ordering CONSUME. */
  @Benchmark
  public long cmpxchg_CONSUME_generated() {
    return CellAtomics.cmpxchgValue(cell, 0L, 0L, CONSUME);
  }

  /** Generated accessor, ordering CONSUME read from a non-final field. */
  @Benchmark
  public long cmpxchg_CONSUME_generatedVar() {
    return CellAtomics.cmpxchgValue(cell, 0L, 0L, rmwConsume);
  }

  /** Hand-written VarHandle compareAndExchange (volatile: the fastest mode that gives CONSUME). */
  @Benchmark
  public long cmpxchg_CONSUME_handwritten() {
    return (long) VALUE.compareAndExchange(cell, 0L, 0L);
  }

  /** Hand-written VarHandle compareAndExchangeAcquire (the mode named like the ordering). */
  @Benchmark
  public long cmpxchg_CONSUME_handwrittenMode() {
    return (long) VALUE.compareAndExchangeAcquire(cell, 0L, 0L);
  }

  /** Generated accessor, constant ordering RELEASE. */
  @Benchmark
  public long cmpxchg_RELEASE_generated() {
    return CellAtomics.cmpxchgValue(cell, 0L, 0L, RELEASE);
  }

  /** Generated accessor, ordering RELEASE read from a non-final field. */
  @Benchmark
  public long cmpxchg_RELEASE_generatedVar() {
    return CellAtomics.cmpxchgValue(cell, 0L, 0L, rmwRelease);
  }

  /** Hand-written VarHandle compareAndExchange (volatile: the fastest mode that gives RELEASE). */
  @Benchmark
  public long cmpxchg_RELEASE_handwritten() {
    return (long) VALUE.compareAndExchange(cell, 0L, 0L);
  }

  /** Hand-written VarHandle compareAndExchangeRelease (the mode named like the ordering). */
  @Benchmark
  public long cmpxchg_RELEASE_handwrittenMode() {
    return (long) VALUE.compareAndExchangeRelease(cell, 0L, 0L);
  }

  /** Generated accessor, constant ordering FULL. */
  @Benchmark
  public long cmpxchg_FULL_generated() {
    return CellAtomics.cmpxchgValue(cell, 0L, 0L, FULL);
  }

  /** Generated accessor, ordering FULL read from a non-final field. */
  @Benchmark
  public long cmpxchg_FULL_generatedVar() {
    return CellAtomics.cmpxchgValue(cell, 0L, 0L, rmwFull);
  }

  /** Hand-written VarHandle compareAndExchange (volatile: the fastest mode that gives FULL). */
  @Benchmark
  public long cmpxchg_FULL_handwritten() {
    return (long) VALUE.compareAndExchange(cell, 0L, 0L);
  }

  /** Field updater compareAndSet (it has no compareAndExchange). */
  @Benchmark
  public long cmpxchg_FULL_updater() {
    return UPDATER.compareAndSet(volatileCell, 0L, 0L) ? 0L : 1L;
  }

  /** compareAndExchange. */
  @Benchmark
  public long cmpxchg_FULL_atomic() {
    return atomicLong.compareAndExchange(0L, 0L);
  }

  /** synchronized block. */
  @Benchmark
  public long cmpxchg_FULL_sync() {
    return lockedCell.cmpxchg(0L, 0L);
  }

  /** Generated accessor, constant ordering RELAXED. */
  @Benchmark
  public long fetchAdd_RELAXED_generated() {
    return CellAtomics.fetchAddValue(cell, 1L, RELAXED);
  }

  /** Generated accessor, ordering RELAXED read from a non-final field. */
  @Benchmark
  public long fetchAdd_RELAXED_generatedVar() {
    return CellAtomics.fetchAddValue(cell, 1L, rmwRelaxed);
  }

  /** Hand-written VarHandle getAndAdd (volatile: the fastest mode that gives RELAXED). */
  @Benchmark
  public long fetchAdd_RELAXED_handwritten() {
    return (long) VALUE.getAndAdd(cell, 1L);
  }

  /** Generated accessor, constant ordering ACQUIRE. */
  @Benchmark
  public long fetchAdd_ACQUIRE_generated() {
    return CellAtomics.fetchAddValue(cell, 1L, ACQUIRE);
  }

  /** Generated accessor, ordering ACQUIRE read from a non-final field. */
  @Benchmark
  public long fetchAdd_ACQUIRE_generatedVar() {
    return CellAtomics.fetchAddValue(cell, 1L, rmwAcquire);
  }

  /** Hand-written VarHandle getAndAdd (volatile: the fastest mode that gives ACQUIRE). */
  @Benchmark
  public long fetchAdd_ACQUIRE_handwritten() {
    return (long) VALUE.getAndAdd(cell, 1L);
  }

  /** Hand-written VarHandle getAndAddAcquire (the mode named like the ordering). */
  @Benchmark
  public long fetchAdd_ACQUIRE_handwrittenMode() {
    return (long) VALUE.getAndAddAcquire(cell, 1L);
  }

  /** Generated accessor, constant ordering CONSUME. */
  @Benchmark
  public long fetchAdd_CONSUME_generated() {
    return CellAtomics.fetchAddValue(cell, 1L, CONSUME);
  }

  /** Generated accessor, ordering CONSUME read from a non-final field. */
  @Benchmark
  public long fetchAdd_CONSUME_generatedVar() {
    return CellAtomics.fetchAddValue(cell, 1L, rmwConsume);
  }

  /** Hand-written VarHandle getAndAdd (volatile: the fastest mode that gives CONSUME). */
  @Benchmark
  public long fetchAdd_CONSUME_handwritten() {
    return (long) VALUE.getAndAdd(cell, 1L);
  }

  /** Hand-written VarHandle getAndAddAcquire (the mode named like the ordering). */
  @Benchmark
  public long fetchAdd_CONSUME_handwrittenMode() {
    return (long) VALUE.getAndAddAcquire(cell, 1L);
  }

  /** Generated accessor, constant ordering RELEASE. */
  @Benchmark
  public long fetchAdd_RELEASE_generated() {
    return CellAtomics.fetchAddValue(cell, 1L, RELEASE);
  }

  /** Generated accessor, ordering RELEASE read from a non-final field. */
  @Benchmark
  public long fetchAdd_RELEASE_generatedVar() {
    return CellAtomics.fetchAddValue(cell, 1L, rmwRelease);
  }

  /** Hand-written VarHandle getAndAdd (volatile: the fastest mode that gives RELEASE). */
  @Benchmark
  public long fetchAdd_RELEASE_handwritten() {
    return (long) VALUE.getAndAdd(cell, 1L);
  }

  /** Hand-written VarHandle getAndAddRelease (the mode named like the ordering). */
  @Benchmark
  public long fetchAdd_RELEASE_handwrittenMode() {
    return (long) VALUE.getAndAddRelease(cell, 1L);
  }

  /** Generated accessor, constant ordering FULL. */
  @Benchmark
  public long fetchAdd_FULL_generated() {
    return CellAtomics.fetchAddValue(cell, 1L, FULL);
  }

  /** Generated accessor, ordering FULL read from a non-final field. */
  @Benchmark
  public long fetchAdd_FULL_generatedVar() {
    return CellAtomics.fetchAddValue(cell, 1L, rmwFull);
  }

  /** Hand-written VarHandle getAndAdd (volatile: the fastest mode that gives FULL). */
  @Benchmark
  public long fetchAdd_FULL_handwritten() {
    return (long) VALUE.getAndAdd(cell, 1L);
  }

  /** Field updater getAndAdd. */
  @Benchmark
  public long fetchAdd_FULL_updater() {
    return UPDATER.getAndAdd(volatileCell, 1L);
  }

  /** getAndAdd. */
  @Benchmark
  public long fetchAdd_FULL_atomic() {
    return atomicLong.getAndAdd(1L);
  }

  /** synchronized block. */
  @Benchmark
  public long fetchAdd_FULL_sync() {
    return lockedCell.fetchAdd(1L);
  }
}
