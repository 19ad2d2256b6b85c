package org.jatomics.benchmarks;

import static org.jatomics.Ordering.ACQUIRE;
import static org.jatomics.Ordering.FULL;
import static org.jatomics.Ordering.RELAXED;
import static org.jatomics.Ordering.RELEASE;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongFieldUpdater;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Two threads on one cache line: the read-modify-write operations with both threads updating the
 * same {@code long}, and a release-store/acquire-load pair with one writer and one reader. Groups
 * are named like {@link FieldBenchmark}'s benchmarks; JMH reports the group's total throughput.
 * Under contention the difference between a single {@code lock xadd}/{@code xchg} and a CAS loop
 * (HotSpot's acquire and release {@code getAndAdd}/{@code getAndSet}) is largest, which is why
 * {@code handwrittenMode} is measured here too.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ContendedFieldBenchmark {
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

  /** Creates the benchmark; JMH instantiates it. */
  public ContendedFieldBenchmark() {}

  /** The objects both threads of a group share. */
  @State(Scope.Group)
  public static class Shared {
    final Cell cell = new Cell();
    final VolatileCell volatileCell = new VolatileCell();
    final AtomicLong atomicLong = new AtomicLong();
    final LockedCell lockedCell = new LockedCell();

    /** The writer's private count (only the writer thread touches it). */
    long written;

    /** Creates the shared state. */
    public Shared() {}
  }

  /** Two threads, generated cmpxchg RELAXED. */
  @Benchmark
  @Group("cmpxchg_RELAXED_generated")
  @GroupThreads(2)
  public long cmpxchg_RELAXED_generated(Shared s) {
    return CellAtomics.cmpxchgValue(s.cell, 0L, 0L, RELAXED);
  }

  /** Two threads, hand-written volatile compareAndExchange. */
  @Benchmark
  @Group("cmpxchg_RELAXED_handwritten")
  @GroupThreads(2)
  public long cmpxchg_RELAXED_handwritten(Shared s) {
    return (long) VALUE.compareAndExchange(s.cell, 0L, 0L);
  }

  /** Two threads, generated cmpxchg ACQUIRE. */
  @Benchmark
  @Group("cmpxchg_ACQUIRE_generated")
  @GroupThreads(2)
  public long cmpxchg_ACQUIRE_generated(Shared s) {
    return CellAtomics.cmpxchgValue(s.cell, 0L, 0L, ACQUIRE);
  }

  /** Two threads, hand-written volatile compareAndExchange. */
  @Benchmark
  @Group("cmpxchg_ACQUIRE_handwritten")
  @GroupThreads(2)
  public long cmpxchg_ACQUIRE_handwritten(Shared s) {
    return (long) VALUE.compareAndExchange(s.cell, 0L, 0L);
  }

  /** Two threads, hand-written compareAndExchangeAcquire. */
  @Benchmark
  @Group("cmpxchg_ACQUIRE_handwrittenMode")
  @GroupThreads(2)
  public long cmpxchg_ACQUIRE_handwrittenMode(Shared s) {
    return (long) VALUE.compareAndExchangeAcquire(s.cell, 0L, 0L);
  }

  /** Two threads, generated cmpxchg RELEASE. */
  @Benchmark
  @Group("cmpxchg_RELEASE_generated")
  @GroupThreads(2)
  public long cmpxchg_RELEASE_generated(Shared s) {
    return CellAtomics.cmpxchgValue(s.cell, 0L, 0L, RELEASE);
  }

  /** Two threads, hand-written volatile compareAndExchange. */
  @Benchmark
  @Group("cmpxchg_RELEASE_handwritten")
  @GroupThreads(2)
  public long cmpxchg_RELEASE_handwritten(Shared s) {
    return (long) VALUE.compareAndExchange(s.cell, 0L, 0L);
  }

  /** Two threads, hand-written compareAndExchangeRelease. */
  @Benchmark
  @Group("cmpxchg_RELEASE_handwrittenMode")
  @GroupThreads(2)
  public long cmpxchg_RELEASE_handwrittenMode(Shared s) {
    return (long) VALUE.compareAndExchangeRelease(s.cell, 0L, 0L);
  }

  /** Two threads, generated cmpxchg FULL. */
  @Benchmark
  @Group("cmpxchg_FULL_generated")
  @GroupThreads(2)
  public long cmpxchg_FULL_generated(Shared s) {
    return CellAtomics.cmpxchgValue(s.cell, 0L, 0L, FULL);
  }

  /** Two threads, hand-written volatile compareAndExchange. */
  @Benchmark
  @Group("cmpxchg_FULL_handwritten")
  @GroupThreads(2)
  public long cmpxchg_FULL_handwritten(Shared s) {
    return (long) VALUE.compareAndExchange(s.cell, 0L, 0L);
  }

  /** Two threads, field updater compareAndSet. */
  @Benchmark
  @Group("cmpxchg_FULL_updater")
  @GroupThreads(2)
  public boolean cmpxchg_FULL_updater(Shared s) {
    return UPDATER.compareAndSet(s.volatileCell, 0L, 0L);
  }

  /** Two threads, AtomicLong.compareAndExchange. */
  @Benchmark
  @Group("cmpxchg_FULL_atomic")
  @GroupThreads(2)
  public long cmpxchg_FULL_atomic(Shared s) {
    return s.atomicLong.compareAndExchange(0L, 0L);
  }

  /** Two threads, synchronized block. */
  @Benchmark
  @Group("cmpxchg_FULL_sync")
  @GroupThreads(2)
  public long cmpxchg_FULL_sync(Shared s) {
    return s.lockedCell.cmpxchg(0L, 0L);
  }

  /** Two threads, generated fetchAdd RELAXED. */
  @Benchmark
  @Group("fetchAdd_RELAXED_generated")
  @GroupThreads(2)
  public long fetchAdd_RELAXED_generated(Shared s) {
    return CellAtomics.fetchAddValue(s.cell, 1L, RELAXED);
  }

  /** Two threads, hand-written volatile getAndAdd. */
  @Benchmark
  @Group("fetchAdd_RELAXED_handwritten")
  @GroupThreads(2)
  public long fetchAdd_RELAXED_handwritten(Shared s) {
    return (long) VALUE.getAndAdd(s.cell, 1L);
  }

  /** Two threads, generated fetchAdd ACQUIRE. */
  @Benchmark
  @Group("fetchAdd_ACQUIRE_generated")
  @GroupThreads(2)
  public long fetchAdd_ACQUIRE_generated(Shared s) {
    return CellAtomics.fetchAddValue(s.cell, 1L, ACQUIRE);
  }

  /** Two threads, hand-written volatile getAndAdd. */
  @Benchmark
  @Group("fetchAdd_ACQUIRE_handwritten")
  @GroupThreads(2)
  public long fetchAdd_ACQUIRE_handwritten(Shared s) {
    return (long) VALUE.getAndAdd(s.cell, 1L);
  }

  /** Two threads, hand-written getAndAddAcquire. */
  @Benchmark
  @Group("fetchAdd_ACQUIRE_handwrittenMode")
  @GroupThreads(2)
  public long fetchAdd_ACQUIRE_handwrittenMode(Shared s) {
    return (long) VALUE.getAndAddAcquire(s.cell, 1L);
  }

  /** Two threads, generated fetchAdd RELEASE. */
  @Benchmark
  @Group("fetchAdd_RELEASE_generated")
  @GroupThreads(2)
  public long fetchAdd_RELEASE_generated(Shared s) {
    return CellAtomics.fetchAddValue(s.cell, 1L, RELEASE);
  }

  /** Two threads, hand-written volatile getAndAdd. */
  @Benchmark
  @Group("fetchAdd_RELEASE_handwritten")
  @GroupThreads(2)
  public long fetchAdd_RELEASE_handwritten(Shared s) {
    return (long) VALUE.getAndAdd(s.cell, 1L);
  }

  /** Two threads, hand-written getAndAddRelease. */
  @Benchmark
  @Group("fetchAdd_RELEASE_handwrittenMode")
  @GroupThreads(2)
  public long fetchAdd_RELEASE_handwrittenMode(Shared s) {
    return (long) VALUE.getAndAddRelease(s.cell, 1L);
  }

  /** Two threads, generated fetchAdd FULL. */
  @Benchmark
  @Group("fetchAdd_FULL_generated")
  @GroupThreads(2)
  public long fetchAdd_FULL_generated(Shared s) {
    return CellAtomics.fetchAddValue(s.cell, 1L, FULL);
  }

  /** Two threads, hand-written volatile getAndAdd. */
  @Benchmark
  @Group("fetchAdd_FULL_handwritten")
  @GroupThreads(2)
  public long fetchAdd_FULL_handwritten(Shared s) {
    return (long) VALUE.getAndAdd(s.cell, 1L);
  }

  /** Two threads, field updater getAndAdd. */
  @Benchmark
  @Group("fetchAdd_FULL_updater")
  @GroupThreads(2)
  public long fetchAdd_FULL_updater(Shared s) {
    return UPDATER.getAndAdd(s.volatileCell, 1L);
  }

  /** Two threads, AtomicLong.getAndAdd. */
  @Benchmark
  @Group("fetchAdd_FULL_atomic")
  @GroupThreads(2)
  public long fetchAdd_FULL_atomic(Shared s) {
    return s.atomicLong.getAndAdd(1L);
  }

  /** Two threads, synchronized block. */
  @Benchmark
  @Group("fetchAdd_FULL_sync")
  @GroupThreads(2)
  public long fetchAdd_FULL_sync(Shared s) {
    return s.lockedCell.fetchAdd(1L);
  }

  /** Two threads, generated xchg RELAXED. */
  @Benchmark
  @Group("xchg_RELAXED_generated")
  @GroupThreads(2)
  public long xchg_RELAXED_generated(Shared s) {
    return CellAtomics.xchgValue(s.cell, 1L, RELAXED);
  }

  /** Two threads, hand-written volatile getAndSet. */
  @Benchmark
  @Group("xchg_RELAXED_handwritten")
  @GroupThreads(2)
  public long xchg_RELAXED_handwritten(Shared s) {
    return (long) VALUE.getAndSet(s.cell, 1L);
  }

  /** Two threads, generated xchg ACQUIRE. */
  @Benchmark
  @Group("xchg_ACQUIRE_generated")
  @GroupThreads(2)
  public long xchg_ACQUIRE_generated(Shared s) {
    return CellAtomics.xchgValue(s.cell, 1L, ACQUIRE);
  }

  /** Two threads, hand-written volatile getAndSet. */
  @Benchmark
  @Group("xchg_ACQUIRE_handwritten")
  @GroupThreads(2)
  public long xchg_ACQUIRE_handwritten(Shared s) {
    return (long) VALUE.getAndSet(s.cell, 1L);
  }

  /** Two threads, hand-written getAndSetAcquire. */
  @Benchmark
  @Group("xchg_ACQUIRE_handwrittenMode")
  @GroupThreads(2)
  public long xchg_ACQUIRE_handwrittenMode(Shared s) {
    return (long) VALUE.getAndSetAcquire(s.cell, 1L);
  }

  /** Two threads, generated xchg RELEASE. */
  @Benchmark
  @Group("xchg_RELEASE_generated")
  @GroupThreads(2)
  public long xchg_RELEASE_generated(Shared s) {
    return CellAtomics.xchgValue(s.cell, 1L, RELEASE);
  }

  /** Two threads, hand-written volatile getAndSet. */
  @Benchmark
  @Group("xchg_RELEASE_handwritten")
  @GroupThreads(2)
  public long xchg_RELEASE_handwritten(Shared s) {
    return (long) VALUE.getAndSet(s.cell, 1L);
  }

  /** Two threads, hand-written getAndSetRelease. */
  @Benchmark
  @Group("xchg_RELEASE_handwrittenMode")
  @GroupThreads(2)
  public long xchg_RELEASE_handwrittenMode(Shared s) {
    return (long) VALUE.getAndSetRelease(s.cell, 1L);
  }

  /** Two threads, generated xchg FULL. */
  @Benchmark
  @Group("xchg_FULL_generated")
  @GroupThreads(2)
  public long xchg_FULL_generated(Shared s) {
    return CellAtomics.xchgValue(s.cell, 1L, FULL);
  }

  /** Two threads, hand-written volatile getAndSet. */
  @Benchmark
  @Group("xchg_FULL_handwritten")
  @GroupThreads(2)
  public long xchg_FULL_handwritten(Shared s) {
    return (long) VALUE.getAndSet(s.cell, 1L);
  }

  /** Two threads, field updater getAndSet. */
  @Benchmark
  @Group("xchg_FULL_updater")
  @GroupThreads(2)
  public long xchg_FULL_updater(Shared s) {
    return UPDATER.getAndSet(s.volatileCell, 1L);
  }

  /** Two threads, AtomicLong.getAndSet. */
  @Benchmark
  @Group("xchg_FULL_atomic")
  @GroupThreads(2)
  public long xchg_FULL_atomic(Shared s) {
    return s.atomicLong.getAndSet(1L);
  }

  /** Two threads, synchronized block. */
  @Benchmark
  @Group("xchg_FULL_sync")
  @GroupThreads(2)
  public long xchg_FULL_sync(Shared s) {
    return s.lockedCell.xchg(1L);
  }

  /** One thread stores with release, one loads with acquire, generated (reader side). */
  @Benchmark
  @Group("publish_RELEASE_ACQUIRE_generated")
  @GroupThreads(1)
  public long publish_RELEASE_ACQUIRE_generated_reader(Shared s) {
    return CellAtomics.loadValue(s.cell, ACQUIRE);
  }

  /** One thread stores with release, one loads with acquire, generated (writer side). */
  @Benchmark
  @Group("publish_RELEASE_ACQUIRE_generated")
  @GroupThreads(1)
  public void publish_RELEASE_ACQUIRE_generated_writer(Shared s) {
    CellAtomics.storeValue(s.cell, ++s.written, RELEASE);
  }

  /** One thread stores with release, one loads with acquire, handwritten (reader side). */
  @Benchmark
  @Group("publish_RELEASE_ACQUIRE_handwritten")
  @GroupThreads(1)
  public long publish_RELEASE_ACQUIRE_handwritten_reader(Shared s) {
    return (long) VALUE.getAcquire(s.cell);
  }

  /** One thread stores with release, one loads with acquire, handwritten (writer side). */
  @Benchmark
  @Group("publish_RELEASE_ACQUIRE_handwritten")
  @GroupThreads(1)
  public void publish_RELEASE_ACQUIRE_handwritten_writer(Shared s) {
    VALUE.setRelease(s.cell, ++s.written);
  }

  /** One thread stores with release, one loads with acquire, updater (reader side). */
  @Benchmark
  @Group("publish_RELEASE_ACQUIRE_updater")
  @GroupThreads(1)
  public long publish_RELEASE_ACQUIRE_updater_reader(Shared s) {
    return UPDATER.get(s.volatileCell);
  }

  /** One thread stores with release, one loads with acquire, updater (writer side). */
  @Benchmark
  @Group("publish_RELEASE_ACQUIRE_updater")
  @GroupThreads(1)
  public void publish_RELEASE_ACQUIRE_updater_writer(Shared s) {
    UPDATER.lazySet(s.volatileCell, ++s.written);
  }

  /** One thread stores with release, one loads with acquire, atomic (reader side). */
  @Benchmark
  @Group("publish_RELEASE_ACQUIRE_atomic")
  @GroupThreads(1)
  public long publish_RELEASE_ACQUIRE_atomic_reader(Shared s) {
    return s.atomicLong.getAcquire();
  }

  /** One thread stores with release, one loads with acquire, atomic (writer side). */
  @Benchmark
  @Group("publish_RELEASE_ACQUIRE_atomic")
  @GroupThreads(1)
  public void publish_RELEASE_ACQUIRE_atomic_writer(Shared s) {
    s.atomicLong.setRelease(++s.written);
  }

  /** One thread stores with release, one loads with acquire, sync (reader side). */
  @Benchmark
  @Group("publish_RELEASE_ACQUIRE_sync")
  @GroupThreads(1)
  public long publish_RELEASE_ACQUIRE_sync_reader(Shared s) {
    return s.lockedCell.load();
  }

  /** One thread stores with release, one loads with acquire, sync (writer side). */
  @Benchmark
  @Group("publish_RELEASE_ACQUIRE_sync")
  @GroupThreads(1)
  public void publish_RELEASE_ACQUIRE_sync_writer(Shared s) {
    s.lockedCell.store(++s.written);
  }
}
