package org.jatomics;

/**
 * The memory ordering of an atomic operation, as a type.
 *
 * <p>Users write {@code import static org.jatomics.Ordering.*;} and pass one of the five constants
 * {@link #RELAXED}, {@link #ACQUIRE}, {@link #CONSUME}, {@link #RELEASE} or {@link #FULL}. As in
 * the Linux kernel's Rust atomics, the orderings an operation accepts are part of its signature:
 *
 * <ul>
 *   <li>loads take an {@link AcquireOrRelaxed} ({@code RELAXED}, {@code ACQUIRE}, {@code CONSUME});
 *   <li>stores take a {@link ReleaseOrRelaxed} ({@code RELAXED}, {@code RELEASE});
 *   <li>read-modify-write operations ({@code xchg}, {@code cmpxchg}, {@code fetchAdd}) take any
 *       {@code Ordering}.
 * </ul>
 *
 * <p>So {@code store(..., ACQUIRE)} and {@code load(..., RELEASE)} are compile errors, not review
 * comments.
 *
 * <h2>Meaning on the JVM</h2>
 *
 * <table>
 *   <caption>Ordering to {@link java.lang.invoke.VarHandle} access mode</caption>
 *   <tr><th>ordering</th><th>load</th><th>store</th><th>read-modify-write</th></tr>
 *   <tr><td>RELAXED</td><td>opaque</td><td>opaque</td><td>any mode (the JVM has no relaxed RMW)</td></tr>
 *   <tr><td>ACQUIRE</td><td>acquire</td><td>n/a</td><td>acquire or stronger</td></tr>
 *   <tr><td>CONSUME</td><td>acquire</td><td>n/a</td><td>acquire or stronger</td></tr>
 *   <tr><td>RELEASE</td><td>n/a</td><td>release</td><td>release or stronger</td></tr>
 *   <tr><td>FULL</td><td>n/a</td><td>n/a</td><td>volatile ({@code memory_order_seq_cst})</td></tr>
 * </table>
 *
 * <p>An implementation may choose a stronger mode than this minimum where it is faster; the choices
 * jatomics makes, and the measurements behind them, are in {@code docs/ordering.md}.
 *
 * <p>Each ordering is a singleton of its own final class, so that code which receives a constant
 * ordering is folded by the JIT to the one access mode it names: the dispatch costs nothing.
 */
public sealed interface Ordering {

  /**
   * No ordering beyond the atomicity of the access itself and per-location coherence.
   *
   * <p>C11: {@code memory_order_relaxed}. Linux kernel: {@code READ_ONCE()} / {@code WRITE_ONCE()},
   * {@code atomic_read()} / {@code atomic_set()}, the {@code _relaxed} RMW forms. JVM: {@link
   * java.lang.invoke.VarHandle#getOpaque opaque} loads and stores; read-modify-writes run in a
   * stronger mode because the JVM offers no relaxed one. Unlike a plain Java access, a relaxed
   * access of a {@code long} or {@code double} never tears (JLS 17.7) and is never hoisted out of a
   * loop.
   */
  Relaxed RELAXED = new Relaxed();

  /**
   * Acquire: no later memory access of this thread is ordered before this load.
   *
   * <p>C11: {@code memory_order_acquire}. Linux kernel: {@code smp_load_acquire()}, the {@code
   * _acquire} RMW forms. JVM: {@link java.lang.invoke.VarHandle#getAcquire acquire} loads; RMW in
   * acquire mode or stronger. Pairs with a {@link #RELEASE} store to pass data between threads.
   */
  Acquire ACQUIRE = new Acquire();

  /**
   * Consume: the loaded value is used to reach other memory (a pointer dereferenced, an index
   * used), and those dependent accesses must see what the storing thread published.
   *
   * <p>C11: {@code memory_order_consume}. Linux kernel: {@code rcu_dereference()} / the address
   * dependency ordering {@code READ_ONCE()} gives on every architecture but Alpha. JVM: the Java
   * Memory Model has no dependency ordering (outside {@code final} fields) and C compilers promote
   * consume to acquire too, so {@code CONSUME} is implemented exactly as {@link #ACQUIRE}. It is
   * kept as a name of its own because it documents intent: a reader sees that the value is followed
   * as a pointer, and the checker's {@code RelaxedDependentLoad} rule asks for it (or {@code
   * ACQUIRE}) wherever a loaded reference is dereferenced.
   */
  Consume CONSUME = new Consume();

  /**
   * Release: no earlier memory access of this thread is ordered after this store.
   *
   * <p>C11: {@code memory_order_release}. Linux kernel: {@code smp_store_release()}, the {@code
   * _release} RMW forms. JVM: {@link java.lang.invoke.VarHandle#setRelease release} stores; RMW in
   * release mode or stronger. Pairs with an {@link #ACQUIRE} (or {@link #CONSUME}) load.
   */
  Release RELEASE = new Release();

  /**
   * Full ordering: sequentially consistent, for read-modify-write operations.
   *
   * <p>C11: {@code memory_order_seq_cst}. Linux kernel: the fully ordered RMW forms ({@code
   * atomic_xchg()}, {@code atomic_cmpxchg()}, {@code atomic_fetch_add()} without suffix). JVM:
   * {@link java.lang.invoke.VarHandle#compareAndExchange volatile} mode ({@code getAndSet}, {@code
   * compareAndExchange}, {@code getAndAdd}), which is what {@code java.util.concurrent.atomic}
   * uses. Loads and stores do not take {@code FULL}: as in the kernel's Rust atomics, sequentially
   * consistent plain loads and stores are not offered; use an RMW or a fence.
   */
  Full FULL = new Full();

  /** The orderings a load accepts: {@link #RELAXED}, {@link #ACQUIRE} and {@link #CONSUME}. */
  sealed interface AcquireOrRelaxed extends Ordering permits Relaxed, Acquire, Consume {}

  /** The orderings a store accepts: {@link #RELAXED} and {@link #RELEASE}. */
  sealed interface ReleaseOrRelaxed extends Ordering permits Relaxed, Release {}

  /** The type of {@link #RELAXED}; its only instance is that constant. */
  final class Relaxed implements AcquireOrRelaxed, ReleaseOrRelaxed {
    private Relaxed() {}

    @Override
    public String toString() {
      return "RELAXED";
    }
  }

  /** The type of {@link #ACQUIRE}; its only instance is that constant. */
  final class Acquire implements AcquireOrRelaxed {
    private Acquire() {}

    @Override
    public String toString() {
      return "ACQUIRE";
    }
  }

  /** The type of {@link #CONSUME}; its only instance is that constant. */
  final class Consume implements AcquireOrRelaxed {
    private Consume() {}

    @Override
    public String toString() {
      return "CONSUME";
    }
  }

  /** The type of {@link #RELEASE}; its only instance is that constant. */
  final class Release implements ReleaseOrRelaxed {
    private Release() {}

    @Override
    public String toString() {
      return "RELEASE";
    }
  }

  /** The type of {@link #FULL}; its only instance is that constant. */
  final class Full implements Ordering {
    private Full() {}

    @Override
    public String toString() {
      return "FULL";
    }
  }
}
