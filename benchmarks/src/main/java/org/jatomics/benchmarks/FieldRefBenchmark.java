package org.jatomics.benchmarks;

import static org.jatomics.Ordering.ACQUIRE;
import static org.jatomics.Ordering.CONSUME;
import static org.jatomics.Ordering.FULL;
import static org.jatomics.Ordering.RELAXED;
import static org.jatomics.Ordering.RELEASE;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceFieldUpdater;
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
 * Single-threaded cost of every operation on a reference field, one benchmark per operation,
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
public class FieldRefBenchmark {
  private static final VarHandle REF;
  private static final AtomicReferenceFieldUpdater<VolatileCell, Object> UPDATER =
      AtomicReferenceFieldUpdater.newUpdater(VolatileCell.class, Object.class, "ref");

  static {
    try {
      REF = MethodHandles.lookup().findVarHandle(Cell.class, "ref", Object.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final Object a = new Object();
  private final Object b = new Object();
  private final Cell cell = new Cell();
  private final VolatileCell volatileCell = new VolatileCell();
  private final AtomicReference<Object> atomicRef = new AtomicReference<>();
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
  public FieldRefBenchmark() {}

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
    cell.ref = a;
    volatileCell.ref = a;
    atomicRef.set(a);
    lockedCell.storeRef(a);
  }

  /** Generated accessor, constant ordering RELAXED. */
  @Benchmark
  public Object load_RELAXED_generated() {
    return CellAtomics.loadRef(cell, RELAXED);
  }

  /** Generated accessor, ordering RELAXED read from a non-final field. */
  @Benchmark
  public Object load_RELAXED_generatedVar() {
    return CellAtomics.loadRef(cell, loadRelaxed);
  }

  /** Hand-written VarHandle getOpaque (the limit). */
  @Benchmark
  public Object load_RELAXED_handwritten() {
    return (Object) REF.getOpaque(cell);
  }

  /** Generated accessor, constant ordering ACQUIRE. */
  @Benchmark
  public Object load_ACQUIRE_generated() {
    return CellAtomics.loadRef(cell, ACQUIRE);
  }

  /** Generated accessor, ordering ACQUIRE read from a non-final field. */
  @Benchmark
  public Object load_ACQUIRE_generatedVar() {
    return CellAtomics.loadRef(cell, loadAcquire);
  }

  /** Hand-written VarHandle getAcquire (the limit). */
  @Benchmark
  public Object load_ACQUIRE_handwritten() {
    return (Object) REF.getAcquire(cell);
  }

  /** Generated accessor, constant ordering CONSUME. */
  @Benchmark
  public Object load_CONSUME_generated() {
    return CellAtomics.loadRef(cell, CONSUME);
  }

  /** Generated accessor, ordering CONSUME read from a non-final field. */
  @Benchmark
  public Object load_CONSUME_generatedVar() {
    return CellAtomics.loadRef(cell, loadConsume);
  }

  /** Hand-written VarHandle getAcquire (the limit). */
  @Benchmark
  public Object load_CONSUME_handwritten() {
    return (Object) REF.getAcquire(cell);
  }

  /** AtomicReference.getOpaque. */
  @Benchmark
  public Object load_RELAXED_atomic() {
    return atomicRef.getOpaque();
  }

  /** AtomicReference.getAcquire. */
  @Benchmark
  public Object load_ACQUIRE_atomic() {
    return atomicRef.getAcquire();
  }

  /** Field updater get (volatile: updaters have no weaker load). */
  @Benchmark
  public Object load_ACQUIRE_updater() {
    return UPDATER.get(volatileCell);
  }

  /** synchronized read. */
  @Benchmark
  public Object load_ACQUIRE_sync() {
    return lockedCell.loadRef();
  }

  /** Generated accessor, constant ordering RELAXED. */
  @Benchmark
  public void store_RELAXED_generated() {
    CellAtomics.storeRef(cell, a, RELAXED);
  }

  /** Generated accessor, ordering RELAXED read from a non-final field. */
  @Benchmark
  public void store_RELAXED_generatedVar() {
    CellAtomics.storeRef(cell, a, storeRelaxed);
  }

  /** Hand-written VarHandle setOpaque (the limit). */
  @Benchmark
  public void store_RELAXED_handwritten() {
    REF.setOpaque(cell, a);
  }

  /** Generated accessor, constant ordering RELEASE. */
  @Benchmark
  public void store_RELEASE_generated() {
    CellAtomics.storeRef(cell, a, RELEASE);
  }

  /** Generated accessor, ordering RELEASE read from a non-final field. */
  @Benchmark
  public void store_RELEASE_generatedVar() {
    CellAtomics.storeRef(cell, a, storeRelease);
  }

  /** Hand-written VarHandle setRelease (the limit). */
  @Benchmark
  public void store_RELEASE_handwritten() {
    REF.setRelease(cell, a);
  }

  /** setOpaque. */
  @Benchmark
  public void store_RELAXED_atomic() {
    atomicRef.setOpaque(a);
  }

  /** setRelease. */
  @Benchmark
  public void store_RELEASE_atomic() {
    atomicRef.setRelease(a);
  }

  /** Field updater lazySet (release). */
  @Benchmark
  public void store_RELEASE_updater() {
    UPDATER.lazySet(volatileCell, a);
  }

  /** synchronized write. */
  @Benchmark
  public void store_RELEASE_sync() {
    lockedCell.storeRef(a);
  }

  /** Generated accessor, constant ordering RELAXED. */
  @Benchmark
  public Object xchg_RELAXED_generated() {
    return CellAtomics.xchgRef(cell, a, RELAXED);
  }

  /** Generated accessor, ordering RELAXED read from a non-final field. */
  @Benchmark
  public Object xchg_RELAXED_generatedVar() {
    return CellAtomics.xchgRef(cell, a, rmwRelaxed);
  }

  /** Hand-written VarHandle getAndSet (volatile: the fastest mode that gives RELAXED). */
  @Benchmark
  public Object xchg_RELAXED_handwritten() {
    return (Object) REF.getAndSet(cell, a);
  }

  /** Generated accessor, constant ordering ACQUIRE. */
  @Benchmark
  public Object xchg_ACQUIRE_generated() {
    return CellAtomics.xchgRef(cell, a, ACQUIRE);
  }

  /** Generated accessor, ordering ACQUIRE read from a non-final field. */
  @Benchmark
  public Object xchg_ACQUIRE_generatedVar() {
    return CellAtomics.xchgRef(cell, a, rmwAcquire);
  }

  /** Hand-written VarHandle getAndSet (volatile: the fastest mode that gives ACQUIRE). */
  @Benchmark
  public Object xchg_ACQUIRE_handwritten() {
    return (Object) REF.getAndSet(cell, a);
  }

  /** Hand-written VarHandle getAndSetAcquire (the mode named like the ordering). */
  @Benchmark
  public Object xchg_ACQUIRE_handwrittenMode() {
    return (Object) REF.getAndSetAcquire(cell, a);
  }

  /** Generated accessor, constant ordering CONSUME. */
  @Benchmark
  public Object xchg_CONSUME_generated() {
    return CellAtomics.xchgRef(cell, a, CONSUME);
  }

  /** Generated accessor, ordering CONSUME read from a non-final field. */
  @Benchmark
  public Object xchg_CONSUME_generatedVar() {
    return CellAtomics.xchgRef(cell, a, rmwConsume);
  }

  /** Hand-written VarHandle getAndSet (volatile: the fastest mode that gives CONSUME). */
  @Benchmark
  public Object xchg_CONSUME_handwritten() {
    return (Object) REF.getAndSet(cell, a);
  }

  /** Hand-written VarHandle getAndSetAcquire (the mode named like the ordering). */
  @Benchmark
  public Object xchg_CONSUME_handwrittenMode() {
    return (Object) REF.getAndSetAcquire(cell, a);
  }

  /** Generated accessor, constant ordering RELEASE. */
  @Benchmark
  public Object xchg_RELEASE_generated() {
    return CellAtomics.xchgRef(cell, a, RELEASE);
  }

  /** Generated accessor, ordering RELEASE read from a non-final field. */
  @Benchmark
  public Object xchg_RELEASE_generatedVar() {
    return CellAtomics.xchgRef(cell, a, rmwRelease);
  }

  /** Hand-written VarHandle getAndSet (volatile: the fastest mode that gives RELEASE). */
  @Benchmark
  public Object xchg_RELEASE_handwritten() {
    return (Object) REF.getAndSet(cell, a);
  }

  /** Hand-written VarHandle getAndSetRelease (the mode named like the ordering). */
  @Benchmark
  public Object xchg_RELEASE_handwrittenMode() {
    return (Object) REF.getAndSetRelease(cell, a);
  }

  /** Generated accessor, constant ordering FULL. */
  @Benchmark
  public Object xchg_FULL_generated() {
    return CellAtomics.xchgRef(cell, a, FULL);
  }

  /** Generated accessor, ordering FULL read from a non-final field. */
  @Benchmark
  public Object xchg_FULL_generatedVar() {
    return CellAtomics.xchgRef(cell, a, rmwFull);
  }

  /** Hand-written VarHandle getAndSet (volatile: the fastest mode that gives FULL). */
  @Benchmark
  public Object xchg_FULL_handwritten() {
    return (Object) REF.getAndSet(cell, a);
  }

  /** Field updater getAndSet. */
  @Benchmark
  public Object xchg_FULL_updater() {
    return UPDATER.getAndSet(volatileCell, a);
  }

  /** getAndSet. */
  @Benchmark
  public Object xchg_FULL_atomic() {
    return atomicRef.getAndSet(a);
  }

  /** synchronized block. */
  @Benchmark
  public Object xchg_FULL_sync() {
    return lockedCell.xchgRef(a);
  }

  /** Generated accessor, constant ordering RELAXED. */
  @Benchmark
  public Object cmpxchg_RELAXED_generated() {
    return CellAtomics.cmpxchgRef(cell, a, a, RELAXED);
  }

  /** Generated accessor, ordering RELAXED read from a non-final field. */
  @Benchmark
  public Object cmpxchg_RELAXED_generatedVar() {
    return CellAtomics.cmpxchgRef(cell, a, a, rmwRelaxed);
  }

  /** Hand-written VarHandle compareAndExchange (volatile: the fastest mode that gives RELAXED). */
  @Benchmark
  public Object cmpxchg_RELAXED_handwritten() {
    return (Object) REF.compareAndExchange(cell, a, a);
  }

  /** Generated accessor, constant ordering ACQUIRE. */
  @Benchmark
  public Object cmpxchg_ACQUIRE_generated() {
    return CellAtomics.cmpxchgRef(cell, a, a, ACQUIRE);
  }

  /** Generated accessor, ordering ACQUIRE read from a non-final field. */
  @Benchmark
  public Object cmpxchg_ACQUIRE_generatedVar() {
    return CellAtomics.cmpxchgRef(cell, a, a, rmwAcquire);
  }

  /** Hand-written VarHandle compareAndExchange (volatile: the fastest mode that gives ACQUIRE). */
  @Benchmark
  public Object cmpxchg_ACQUIRE_handwritten() {
    return (Object) REF.compareAndExchange(cell, a, a);
  }

  /** Hand-written VarHandle compareAndExchangeAcquire (the mode named like the ordering). */
  @Benchmark
  public Object cmpxchg_ACQUIRE_handwrittenMode() {
    return (Object) REF.compareAndExchangeAcquire(cell, a, a);
  }

  /** Generated accessor, constant ordering CONSUME. */
  @Benchmark
  public Object cmpxchg_CONSUME_generated() {
    return CellAtomics.cmpxchgRef(cell, a, a, CONSUME);
  }

  /** Generated accessor, ordering CONSUME read from a non-final field. */
  @Benchmark
  public Object cmpxchg_CONSUME_generatedVar() {
    return CellAtomics.cmpxchgRef(cell, a, a, rmwConsume);
  }

  /** Hand-written VarHandle compareAndExchange (volatile: the fastest mode that gives CONSUME). */
  @Benchmark
  public Object cmpxchg_CONSUME_handwritten() {
    return (Object) REF.compareAndExchange(cell, a, a);
  }

  /** Hand-written VarHandle compareAndExchangeAcquire (the mode named like the ordering). */
  @Benchmark
  public Object cmpxchg_CONSUME_handwrittenMode() {
    return (Object) REF.compareAndExchangeAcquire(cell, a, a);
  }

  /** Generated accessor, constant ordering RELEASE. */
  @Benchmark
  public Object cmpxchg_RELEASE_generated() {
    return CellAtomics.cmpxchgRef(cell, a, a, RELEASE);
  }

  /** Generated accessor, ordering RELEASE read from a non-final field. */
  @Benchmark
  public Object cmpxchg_RELEASE_generatedVar() {
    return CellAtomics.cmpxchgRef(cell, a, a, rmwRelease);
  }

  /** Hand-written VarHandle compareAndExchange (volatile: the fastest mode that gives RELEASE). */
  @Benchmark
  public Object cmpxchg_RELEASE_handwritten() {
    return (Object) REF.compareAndExchange(cell, a, a);
  }

  /** Hand-written VarHandle compareAndExchangeRelease (the mode named like the ordering). */
  @Benchmark
  public Object cmpxchg_RELEASE_handwrittenMode() {
    return (Object) REF.compareAndExchangeRelease(cell, a, a);
  }

  /** Generated accessor, constant ordering FULL. */
  @Benchmark
  public Object cmpxchg_FULL_generated() {
    return CellAtomics.cmpxchgRef(cell, a, a, FULL);
  }

  /** Generated accessor, ordering FULL read from a non-final field. */
  @Benchmark
  public Object cmpxchg_FULL_generatedVar() {
    return CellAtomics.cmpxchgRef(cell, a, a, rmwFull);
  }

  /** Hand-written VarHandle compareAndExchange (volatile: the fastest mode that gives FULL). */
  @Benchmark
  public Object cmpxchg_FULL_handwritten() {
    return (Object) REF.compareAndExchange(cell, a, a);
  }

  /** Field updater compareAndSet (it has no compareAndExchange). */
  @Benchmark
  public Object cmpxchg_FULL_updater() {
    return UPDATER.compareAndSet(volatileCell, a, a) ? a : b;
  }

  /** compareAndExchange. */
  @Benchmark
  public Object cmpxchg_FULL_atomic() {
    return atomicRef.compareAndExchange(a, a);
  }

  /** synchronized block. */
  @Benchmark
  public Object cmpxchg_FULL_sync() {
    return lockedCell.cmpxchgRef(a, a);
  }
}
