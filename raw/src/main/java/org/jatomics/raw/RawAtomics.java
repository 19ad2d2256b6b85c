package org.jatomics.raw;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BOOLEAN;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_CHAR;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_FLOAT;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import java.lang.foreign.AddressLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;
import org.jatomics.Ordering;
import org.jatomics.annotations.SafetyContract;

/**
 * Atomic operations over raw memory, to synchronize with native code: the Java form of the Linux
 * kernel's Rust helpers {@code atomic_load}, {@code atomic_store}, {@code xchg} and {@code cmpxchg}
 * over raw pointers, plus {@code fetchAdd}.
 *
 * <pre>{@code
 * long tail(MemorySegment ring) {
 *   // SAFETY: the C producer publishes `tail` only with atomic_store_explicit(..., release).
 *   return RawAtomics.atomicLoad(ring, JAVA_LONG, TAIL, ACQUIRE);
 * }
 * }</pre>
 *
 * <h2>Arguments</h2>
 *
 * The argument order mirrors {@link MemorySegment#get(ValueLayout.OfInt, long)} and {@link
 * MemorySegment#set(ValueLayout.OfInt, long, int)}, with the ordering last: {@code (segment,
 * layout, offset, [expected,] [value,] ordering)}. The offset is in bytes from the start of the
 * segment. The layouts are {@code OfByte}, {@code OfBoolean}, {@code OfShort}, {@code OfChar},
 * {@code OfInt}, {@code OfLong}, {@code OfFloat}, {@code OfDouble} and {@link AddressLayout}
 * (values of type {@code MemorySegment}, compared by address). Loads accept only {@link
 * Ordering.AcquireOrRelaxed}, stores only {@link Ordering.ReleaseOrRelaxed}, read-modify-writes any
 * {@link Ordering}; a null ordering throws {@link NullPointerException}.
 *
 * <h2>Orderings</h2>
 *
 * <table>
 *   <caption>What each operation does for each ordering</caption>
 *   <tr><th>operation</th><th>ordering</th><th>C11</th><th>kernel</th><th>VarHandle mode</th></tr>
 *   <tr><td>atomicLoad</td><td>RELAXED</td>
 *       <td>{@code atomic_load_explicit(p, memory_order_relaxed)}</td>
 *       <td>{@code READ_ONCE()}</td><td>{@code getOpaque}</td></tr>
 *   <tr><td>atomicLoad</td><td>ACQUIRE, CONSUME</td><td>{@code memory_order_acquire}</td>
 *       <td>{@code smp_load_acquire()}</td><td>{@code getAcquire}</td></tr>
 *   <tr><td>atomicStore</td><td>RELAXED</td>
 *       <td>{@code atomic_store_explicit(p, v, memory_order_relaxed)}</td>
 *       <td>{@code WRITE_ONCE()}</td><td>{@code setOpaque}</td></tr>
 *   <tr><td>atomicStore</td><td>RELEASE</td><td>{@code memory_order_release}</td>
 *       <td>{@code smp_store_release()}</td><td>{@code setRelease}</td></tr>
 *   <tr><td>xchg</td><td>any</td><td>{@code atomic_exchange_explicit}</td><td>{@code xchg()}</td>
 *       <td>{@code getAndSet} (volatile)</td></tr>
 *   <tr><td>cmpxchg</td><td>ACQUIRE, CONSUME, RELAXED</td>
 *       <td>{@code atomic_compare_exchange_strong_explicit}</td>
 *       <td>{@code cmpxchg_acquire()}</td><td>{@code compareAndExchangeAcquire}</td></tr>
 *   <tr><td>cmpxchg</td><td>RELEASE</td><td>same</td><td>{@code cmpxchg_release()}</td>
 *       <td>{@code compareAndExchangeRelease}</td></tr>
 *   <tr><td>cmpxchg</td><td>FULL</td><td>same</td><td>{@code cmpxchg()}</td>
 *       <td>{@code compareAndExchange} (volatile)</td></tr>
 *   <tr><td>fetchAdd</td><td>any</td><td>{@code atomic_fetch_add_explicit}</td>
 *       <td>{@code atomic_fetch_add()}</td><td>{@code getAndAdd} (volatile)</td></tr>
 * </table>
 *
 * <p>{@code xchg} and {@code fetchAdd} run in volatile mode whatever the ordering: it is at least
 * as strong as every ordering, and on HotSpot the acquire and release forms of {@code getAndSet}
 * and {@code getAndAdd} are CAS loops while the volatile forms are single instructions. The JVM has
 * no relaxed {@code compareAndExchange}, so a {@code RELAXED} {@code cmpxchg} runs the acquire
 * form, as the generated field accessors do.
 *
 * <h2>Layouts, alignment and checks</h2>
 *
 * Atomicity needs natural alignment: the address of the accessed bytes must be a multiple of the
 * layout's alignment, and the layout must be aligned at least to its size. A canonical layout
 * constant ({@code JAVA_INT}, {@code ADDRESS}, ...) takes the fast path, a {@code static final} var
 * handle that the JIT compiles exactly like a hand-written one. Any other aligned layout of the
 * same carrier (a name, another byte order, a stricter alignment, an address layout with a target
 * layout) is served correctly by the layout's own var handle, at the cost of a call the JIT cannot
 * fold. Bad input throws and writes nothing:
 *
 * <ul>
 *   <li>an unaligned layout such as {@code JAVA_INT_UNALIGNED}: {@link IllegalArgumentException};
 *   <li>a misaligned offset: {@link IllegalArgumentException} naming the offset and the alignment;
 *   <li>an offset out of bounds: {@link IndexOutOfBoundsException};
 *   <li>a segment whose arena is closed: {@link IllegalStateException}; a confined segment used
 *       from another thread: {@link WrongThreadException};
 *   <li>a read-only segment, for everything but loads: {@link IllegalArgumentException} (as {@code
 *       MemorySegment.set} throws);
 *   <li>a heap segment whose array elements are smaller than the access (a {@code long} in an
 *       {@code int[]}, an {@code int} in a {@code byte[]}): {@link IllegalArgumentException}, since
 *       a heap segment aligns only to its element size.
 * </ul>
 *
 * <h2>Sub-word xchg and cmpxchg</h2>
 *
 * {@code java.lang.foreign} offers no read-modify-write on 1- and 2-byte values. {@code xchg} and
 * {@code cmpxchg} of {@code byte}, {@code boolean}, {@code short} and {@code char} are emulated by
 * a CAS loop on the enclosing naturally aligned 32-bit word that replaces only the value's bytes,
 * so a neighbouring byte is never disturbed, even when other threads or C code update it
 * concurrently. When that word does not lie wholly inside the segment they throw {@link
 * IllegalArgumentException} rather than touch memory outside it. A {@code boolean} {@code cmpxchg}
 * compares truth values (any non-zero byte is {@code true}, as a boolean load reads it).
 *
 * <h2>Safety</h2>
 *
 * The checks above make every access in bounds, aligned and live; what the JDK cannot check is the
 * other party. Every method is a {@link SafetyContract}: a load requires that any concurrent store
 * to these bytes, from Java or native code, is atomic; a store or read-modify-write requires that
 * any concurrent access to these bytes is atomic. A plain C store racing with an atomic Java load
 * is a data race (undefined behaviour in C11, a torn value in practice). Each call site says why
 * the contract holds in a {@code // SAFETY:} comment, which the jatomics checker asks for.
 */
// the fast path recognises the canonical ValueLayout constants by identity (equal layouts
// with another order or alignment must not take it)
@SuppressWarnings("ReferenceEquality")
public final class RawAtomics {
  private RawAtomics() {}

  // ---------------------------------------------------------------------------------------------
  // atomicLoad: READ_ONCE / smp_load_acquire, C11 atomic_load_explicit
  // ---------------------------------------------------------------------------------------------

  /**
   * Atomically loads the {@code byte} at {@code offset}: {@code READ_ONCE()} for {@code RELAXED},
   * {@code smp_load_acquire()} for {@code ACQUIRE}/{@code CONSUME}; C11 {@code
   * atomic_load_explicit}.
   *
   * <p><b>Safety:</b> any concurrent store to these bytes, from Java or native code, is atomic.
   *
   * @param segment the memory, usually shared with native code
   * @param layout the value's layout (a canonical constant is the fast path; not unaligned)
   * @param offset the value's byte offset in {@code segment}, aligned to the layout
   * @param o the memory ordering
   * @return the value read
   */
  @SafetyContract("any concurrent store to these bytes, from Java or native code, is atomic")
  public static byte atomicLoad(
      MemorySegment segment, ValueLayout.OfByte layout, long offset, Ordering.AcquireOrRelaxed o) {
    if (layout == JAVA_BYTE) {
      return Orderings.isRelaxed(o)
          ? (byte) Handles.BYTE.getOpaque(segment, offset)
          : (byte) Handles.BYTE.getAcquire(segment, offset);
    }
    VarHandle h = Handles.of(layout);
    return Orderings.isRelaxed(o)
        ? (byte) h.getOpaque(segment, offset)
        : (byte) h.getAcquire(segment, offset);
  }

  /**
   * Atomically loads the {@code boolean} at {@code offset} (a byte, non-zero meaning {@code true}):
   * {@code READ_ONCE()} for {@code RELAXED}, {@code smp_load_acquire()} for {@code ACQUIRE}/{@code
   * CONSUME}; C11 {@code atomic_load_explicit}.
   *
   * <p><b>Safety:</b> any concurrent store to these bytes, from Java or native code, is atomic.
   *
   * @param segment the memory, usually shared with native code
   * @param layout the value's layout (a canonical constant is the fast path; not unaligned)
   * @param offset the value's byte offset in {@code segment}, aligned to the layout
   * @param o the memory ordering
   * @return the value read
   */
  @SafetyContract("any concurrent store to these bytes, from Java or native code, is atomic")
  public static boolean atomicLoad(
      MemorySegment segment,
      ValueLayout.OfBoolean layout,
      long offset,
      Ordering.AcquireOrRelaxed o) {
    if (layout == JAVA_BOOLEAN) {
      return Orderings.isRelaxed(o)
          ? (boolean) Handles.BOOLEAN.getOpaque(segment, offset)
          : (boolean) Handles.BOOLEAN.getAcquire(segment, offset);
    }
    VarHandle h = Handles.of(layout);
    return Orderings.isRelaxed(o)
        ? (boolean) h.getOpaque(segment, offset)
        : (boolean) h.getAcquire(segment, offset);
  }

  /**
   * Atomically loads the {@code short} at {@code offset}: {@code READ_ONCE()} for {@code RELAXED},
   * {@code smp_load_acquire()} for {@code ACQUIRE}/{@code CONSUME}; C11 {@code
   * atomic_load_explicit}.
   *
   * <p><b>Safety:</b> any concurrent store to these bytes, from Java or native code, is atomic.
   *
   * @param segment the memory, usually shared with native code
   * @param layout the value's layout (a canonical constant is the fast path; not unaligned)
   * @param offset the value's byte offset in {@code segment}, aligned to the layout
   * @param o the memory ordering
   * @return the value read
   */
  @SafetyContract("any concurrent store to these bytes, from Java or native code, is atomic")
  public static short atomicLoad(
      MemorySegment segment, ValueLayout.OfShort layout, long offset, Ordering.AcquireOrRelaxed o) {
    if (layout == JAVA_SHORT) {
      return Orderings.isRelaxed(o)
          ? (short) Handles.SHORT.getOpaque(segment, offset)
          : (short) Handles.SHORT.getAcquire(segment, offset);
    }
    VarHandle h = Handles.of(layout);
    return Orderings.isRelaxed(o)
        ? (short) h.getOpaque(segment, offset)
        : (short) h.getAcquire(segment, offset);
  }

  /**
   * Atomically loads the {@code char} at {@code offset}: {@code READ_ONCE()} for {@code RELAXED},
   * {@code smp_load_acquire()} for {@code ACQUIRE}/{@code CONSUME}; C11 {@code
   * atomic_load_explicit}.
   *
   * <p><b>Safety:</b> any concurrent store to these bytes, from Java or native code, is atomic.
   *
   * @param segment the memory, usually shared with native code
   * @param layout the value's layout (a canonical constant is the fast path; not unaligned)
   * @param offset the value's byte offset in {@code segment}, aligned to the layout
   * @param o the memory ordering
   * @return the value read
   */
  @SafetyContract("any concurrent store to these bytes, from Java or native code, is atomic")
  public static char atomicLoad(
      MemorySegment segment, ValueLayout.OfChar layout, long offset, Ordering.AcquireOrRelaxed o) {
    if (layout == JAVA_CHAR) {
      return Orderings.isRelaxed(o)
          ? (char) Handles.CHAR.getOpaque(segment, offset)
          : (char) Handles.CHAR.getAcquire(segment, offset);
    }
    VarHandle h = Handles.of(layout);
    return Orderings.isRelaxed(o)
        ? (char) h.getOpaque(segment, offset)
        : (char) h.getAcquire(segment, offset);
  }

  /**
   * Atomically loads the {@code int} at {@code offset}: {@code READ_ONCE()} for {@code RELAXED},
   * {@code smp_load_acquire()} for {@code ACQUIRE}/{@code CONSUME}; C11 {@code
   * atomic_load_explicit}.
   *
   * <p><b>Safety:</b> any concurrent store to these bytes, from Java or native code, is atomic.
   *
   * @param segment the memory, usually shared with native code
   * @param layout the value's layout (a canonical constant is the fast path; not unaligned)
   * @param offset the value's byte offset in {@code segment}, aligned to the layout
   * @param o the memory ordering
   * @return the value read
   */
  @SafetyContract("any concurrent store to these bytes, from Java or native code, is atomic")
  public static int atomicLoad(
      MemorySegment segment, ValueLayout.OfInt layout, long offset, Ordering.AcquireOrRelaxed o) {
    if (layout == JAVA_INT) {
      return Orderings.isRelaxed(o)
          ? (int) Handles.INT.getOpaque(segment, offset)
          : (int) Handles.INT.getAcquire(segment, offset);
    }
    VarHandle h = Handles.of(layout);
    return Orderings.isRelaxed(o)
        ? (int) h.getOpaque(segment, offset)
        : (int) h.getAcquire(segment, offset);
  }

  /**
   * Atomically loads the {@code long} at {@code offset} (never torn, unlike a plain {@code long}
   * read): {@code READ_ONCE()} for {@code RELAXED}, {@code smp_load_acquire()} for {@code
   * ACQUIRE}/{@code CONSUME}; C11 {@code atomic_load_explicit}.
   *
   * <p><b>Safety:</b> any concurrent store to these bytes, from Java or native code, is atomic.
   *
   * @param segment the memory, usually shared with native code
   * @param layout the value's layout (a canonical constant is the fast path; not unaligned)
   * @param offset the value's byte offset in {@code segment}, aligned to the layout
   * @param o the memory ordering
   * @return the value read
   */
  @SafetyContract("any concurrent store to these bytes, from Java or native code, is atomic")
  public static long atomicLoad(
      MemorySegment segment, ValueLayout.OfLong layout, long offset, Ordering.AcquireOrRelaxed o) {
    if (layout == JAVA_LONG) {
      return Orderings.isRelaxed(o)
          ? (long) Handles.LONG.getOpaque(segment, offset)
          : (long) Handles.LONG.getAcquire(segment, offset);
    }
    VarHandle h = Handles.of(layout);
    return Orderings.isRelaxed(o)
        ? (long) h.getOpaque(segment, offset)
        : (long) h.getAcquire(segment, offset);
  }

  /**
   * Atomically loads the {@code float} at {@code offset}: {@code READ_ONCE()} for {@code RELAXED},
   * {@code smp_load_acquire()} for {@code ACQUIRE}/{@code CONSUME}; C11 {@code
   * atomic_load_explicit}.
   *
   * <p><b>Safety:</b> any concurrent store to these bytes, from Java or native code, is atomic.
   *
   * @param segment the memory, usually shared with native code
   * @param layout the value's layout (a canonical constant is the fast path; not unaligned)
   * @param offset the value's byte offset in {@code segment}, aligned to the layout
   * @param o the memory ordering
   * @return the value read
   */
  @SafetyContract("any concurrent store to these bytes, from Java or native code, is atomic")
  public static float atomicLoad(
      MemorySegment segment, ValueLayout.OfFloat layout, long offset, Ordering.AcquireOrRelaxed o) {
    if (layout == JAVA_FLOAT) {
      return Orderings.isRelaxed(o)
          ? (float) Handles.FLOAT.getOpaque(segment, offset)
          : (float) Handles.FLOAT.getAcquire(segment, offset);
    }
    VarHandle h = Handles.of(layout);
    return Orderings.isRelaxed(o)
        ? (float) h.getOpaque(segment, offset)
        : (float) h.getAcquire(segment, offset);
  }

  /**
   * Atomically loads the {@code double} at {@code offset} (never torn): {@code READ_ONCE()} for
   * {@code RELAXED}, {@code smp_load_acquire()} for {@code ACQUIRE}/{@code CONSUME}; C11 {@code
   * atomic_load_explicit}.
   *
   * <p><b>Safety:</b> any concurrent store to these bytes, from Java or native code, is atomic.
   *
   * @param segment the memory, usually shared with native code
   * @param layout the value's layout (a canonical constant is the fast path; not unaligned)
   * @param offset the value's byte offset in {@code segment}, aligned to the layout
   * @param o the memory ordering
   * @return the value read
   */
  @SafetyContract("any concurrent store to these bytes, from Java or native code, is atomic")
  public static double atomicLoad(
      MemorySegment segment,
      ValueLayout.OfDouble layout,
      long offset,
      Ordering.AcquireOrRelaxed o) {
    if (layout == JAVA_DOUBLE) {
      return Orderings.isRelaxed(o)
          ? (double) Handles.DOUBLE.getOpaque(segment, offset)
          : (double) Handles.DOUBLE.getAcquire(segment, offset);
    }
    VarHandle h = Handles.of(layout);
    return Orderings.isRelaxed(o)
        ? (double) h.getOpaque(segment, offset)
        : (double) h.getAcquire(segment, offset);
  }

  /**
   * Atomically loads the pointer at {@code offset}, as a native segment of that address (zero
   * length, or the size of the layout's target layout): {@code READ_ONCE()} for {@code RELAXED},
   * {@code smp_load_acquire()} / {@code rcu_dereference()} for {@code ACQUIRE}/{@code CONSUME}; C11
   * {@code atomic_load_explicit}. Load with {@code ACQUIRE} or {@code CONSUME} when the pointer is
   * followed to memory the storing side initialised.
   *
   * <p><b>Safety:</b> any concurrent store to these bytes, from Java or native code, is atomic.
   *
   * @param segment the memory, usually shared with native code
   * @param layout the value's layout (a canonical constant is the fast path; not unaligned)
   * @param offset the value's byte offset in {@code segment}, aligned to the layout
   * @param o the memory ordering
   * @return the pointer read
   */
  @SafetyContract("any concurrent store to these bytes, from Java or native code, is atomic")
  public static MemorySegment atomicLoad(
      MemorySegment segment, AddressLayout layout, long offset, Ordering.AcquireOrRelaxed o) {
    if (layout == ADDRESS) {
      return Orderings.isRelaxed(o)
          ? (MemorySegment) Handles.ADDRESS.getOpaque(segment, offset)
          : (MemorySegment) Handles.ADDRESS.getAcquire(segment, offset);
    }
    VarHandle h = Handles.of(layout);
    return Orderings.isRelaxed(o)
        ? (MemorySegment) h.getOpaque(segment, offset)
        : (MemorySegment) h.getAcquire(segment, offset);
  }

  // ---------------------------------------------------------------------------------------------
  // atomicStore: WRITE_ONCE / smp_store_release, C11 atomic_store_explicit
  // ---------------------------------------------------------------------------------------------

  /**
   * Atomically stores {@code value} into the {@code byte} at {@code offset}: {@code WRITE_ONCE()}
   * for {@code RELAXED}, {@code smp_store_release()} for {@code RELEASE}; C11 {@code
   * atomic_store_explicit}.
   *
   * <p><b>Safety:</b> any concurrent access to these bytes is atomic.
   *
   * @param segment the memory, usually shared with native code
   * @param layout the value's layout (a canonical constant is the fast path; not unaligned)
   * @param offset the value's byte offset in {@code segment}, aligned to the layout
   * @param value the value to write
   * @param o the memory ordering
   */
  @SafetyContract("any concurrent access to these bytes is atomic")
  public static void atomicStore(
      MemorySegment segment,
      ValueLayout.OfByte layout,
      long offset,
      byte value,
      Ordering.ReleaseOrRelaxed o) {
    if (layout == JAVA_BYTE) {
      if (Orderings.isRelaxed(o)) {
        Handles.BYTE.setOpaque(segment, offset, value);
      } else {
        Handles.BYTE.setRelease(segment, offset, value);
      }
      return;
    }
    VarHandle h = Handles.of(layout);
    if (Orderings.isRelaxed(o)) {
      h.setOpaque(segment, offset, value);
    } else {
      h.setRelease(segment, offset, value);
    }
  }

  /**
   * Atomically stores {@code value} into the {@code boolean} at {@code offset} (as the byte 1 or
   * 0): {@code WRITE_ONCE()} for {@code RELAXED}, {@code smp_store_release()} for {@code RELEASE};
   * C11 {@code atomic_store_explicit}.
   *
   * <p><b>Safety:</b> any concurrent access to these bytes is atomic.
   *
   * @param segment the memory, usually shared with native code
   * @param layout the value's layout (a canonical constant is the fast path; not unaligned)
   * @param offset the value's byte offset in {@code segment}, aligned to the layout
   * @param value the value to write
   * @param o the memory ordering
   */
  @SafetyContract("any concurrent access to these bytes is atomic")
  public static void atomicStore(
      MemorySegment segment,
      ValueLayout.OfBoolean layout,
      long offset,
      boolean value,
      Ordering.ReleaseOrRelaxed o) {
    if (layout == JAVA_BOOLEAN) {
      if (Orderings.isRelaxed(o)) {
        Handles.BOOLEAN.setOpaque(segment, offset, value);
      } else {
        Handles.BOOLEAN.setRelease(segment, offset, value);
      }
      return;
    }
    VarHandle h = Handles.of(layout);
    if (Orderings.isRelaxed(o)) {
      h.setOpaque(segment, offset, value);
    } else {
      h.setRelease(segment, offset, value);
    }
  }

  /**
   * Atomically stores {@code value} into the {@code short} at {@code offset}: {@code WRITE_ONCE()}
   * for {@code RELAXED}, {@code smp_store_release()} for {@code RELEASE}; C11 {@code
   * atomic_store_explicit}.
   *
   * <p><b>Safety:</b> any concurrent access to these bytes is atomic.
   *
   * @param segment the memory, usually shared with native code
   * @param layout the value's layout (a canonical constant is the fast path; not unaligned)
   * @param offset the value's byte offset in {@code segment}, aligned to the layout
   * @param value the value to write
   * @param o the memory ordering
   */
  @SafetyContract("any concurrent access to these bytes is atomic")
  public static void atomicStore(
      MemorySegment segment,
      ValueLayout.OfShort layout,
      long offset,
      short value,
      Ordering.ReleaseOrRelaxed o) {
    if (layout == JAVA_SHORT) {
      if (Orderings.isRelaxed(o)) {
        Handles.SHORT.setOpaque(segment, offset, value);
      } else {
        Handles.SHORT.setRelease(segment, offset, value);
      }
      return;
    }
    VarHandle h = Handles.of(layout);
    if (Orderings.isRelaxed(o)) {
      h.setOpaque(segment, offset, value);
    } else {
      h.setRelease(segment, offset, value);
    }
  }

  /**
   * Atomically stores {@code value} into the {@code char} at {@code offset}: {@code WRITE_ONCE()}
   * for {@code RELAXED}, {@code smp_store_release()} for {@code RELEASE}; C11 {@code
   * atomic_store_explicit}.
   *
   * <p><b>Safety:</b> any concurrent access to these bytes is atomic.
   *
   * @param segment the memory, usually shared with native code
   * @param layout the value's layout (a canonical constant is the fast path; not unaligned)
   * @param offset the value's byte offset in {@code segment}, aligned to the layout
   * @param value the value to write
   * @param o the memory ordering
   */
  @SafetyContract("any concurrent access to these bytes is atomic")
  public static void atomicStore(
      MemorySegment segment,
      ValueLayout.OfChar layout,
      long offset,
      char value,
      Ordering.ReleaseOrRelaxed o) {
    if (layout == JAVA_CHAR) {
      if (Orderings.isRelaxed(o)) {
        Handles.CHAR.setOpaque(segment, offset, value);
      } else {
        Handles.CHAR.setRelease(segment, offset, value);
      }
      return;
    }
    VarHandle h = Handles.of(layout);
    if (Orderings.isRelaxed(o)) {
      h.setOpaque(segment, offset, value);
    } else {
      h.setRelease(segment, offset, value);
    }
  }

  /**
   * Atomically stores {@code value} into the {@code int} at {@code offset}: {@code WRITE_ONCE()}
   * for {@code RELAXED}, {@code smp_store_release()} for {@code RELEASE}; C11 {@code
   * atomic_store_explicit}.
   *
   * <p><b>Safety:</b> any concurrent access to these bytes is atomic.
   *
   * @param segment the memory, usually shared with native code
   * @param layout the value's layout (a canonical constant is the fast path; not unaligned)
   * @param offset the value's byte offset in {@code segment}, aligned to the layout
   * @param value the value to write
   * @param o the memory ordering
   */
  @SafetyContract("any concurrent access to these bytes is atomic")
  public static void atomicStore(
      MemorySegment segment,
      ValueLayout.OfInt layout,
      long offset,
      int value,
      Ordering.ReleaseOrRelaxed o) {
    if (layout == JAVA_INT) {
      if (Orderings.isRelaxed(o)) {
        Handles.INT.setOpaque(segment, offset, value);
      } else {
        Handles.INT.setRelease(segment, offset, value);
      }
      return;
    }
    VarHandle h = Handles.of(layout);
    if (Orderings.isRelaxed(o)) {
      h.setOpaque(segment, offset, value);
    } else {
      h.setRelease(segment, offset, value);
    }
  }

  /**
   * Atomically stores {@code value} into the {@code long} at {@code offset} (never torn): {@code
   * WRITE_ONCE()} for {@code RELAXED}, {@code smp_store_release()} for {@code RELEASE}; C11 {@code
   * atomic_store_explicit}.
   *
   * <p><b>Safety:</b> any concurrent access to these bytes is atomic.
   *
   * @param segment the memory, usually shared with native code
   * @param layout the value's layout (a canonical constant is the fast path; not unaligned)
   * @param offset the value's byte offset in {@code segment}, aligned to the layout
   * @param value the value to write
   * @param o the memory ordering
   */
  @SafetyContract("any concurrent access to these bytes is atomic")
  public static void atomicStore(
      MemorySegment segment,
      ValueLayout.OfLong layout,
      long offset,
      long value,
      Ordering.ReleaseOrRelaxed o) {
    if (layout == JAVA_LONG) {
      if (Orderings.isRelaxed(o)) {
        Handles.LONG.setOpaque(segment, offset, value);
      } else {
        Handles.LONG.setRelease(segment, offset, value);
      }
      return;
    }
    VarHandle h = Handles.of(layout);
    if (Orderings.isRelaxed(o)) {
      h.setOpaque(segment, offset, value);
    } else {
      h.setRelease(segment, offset, value);
    }
  }

  /**
   * Atomically stores {@code value} into the {@code float} at {@code offset}: {@code WRITE_ONCE()}
   * for {@code RELAXED}, {@code smp_store_release()} for {@code RELEASE}; C11 {@code
   * atomic_store_explicit}.
   *
   * <p><b>Safety:</b> any concurrent access to these bytes is atomic.
   *
   * @param segment the memory, usually shared with native code
   * @param layout the value's layout (a canonical constant is the fast path; not unaligned)
   * @param offset the value's byte offset in {@code segment}, aligned to the layout
   * @param value the value to write
   * @param o the memory ordering
   */
  @SafetyContract("any concurrent access to these bytes is atomic")
  public static void atomicStore(
      MemorySegment segment,
      ValueLayout.OfFloat layout,
      long offset,
      float value,
      Ordering.ReleaseOrRelaxed o) {
    if (layout == JAVA_FLOAT) {
      if (Orderings.isRelaxed(o)) {
        Handles.FLOAT.setOpaque(segment, offset, value);
      } else {
        Handles.FLOAT.setRelease(segment, offset, value);
      }
      return;
    }
    VarHandle h = Handles.of(layout);
    if (Orderings.isRelaxed(o)) {
      h.setOpaque(segment, offset, value);
    } else {
      h.setRelease(segment, offset, value);
    }
  }

  /**
   * Atomically stores {@code value} into the {@code double} at {@code offset} (never torn): {@code
   * WRITE_ONCE()} for {@code RELAXED}, {@code smp_store_release()} for {@code RELEASE}; C11 {@code
   * atomic_store_explicit}.
   *
   * <p><b>Safety:</b> any concurrent access to these bytes is atomic.
   *
   * @param segment the memory, usually shared with native code
   * @param layout the value's layout (a canonical constant is the fast path; not unaligned)
   * @param offset the value's byte offset in {@code segment}, aligned to the layout
   * @param value the value to write
   * @param o the memory ordering
   */
  @SafetyContract("any concurrent access to these bytes is atomic")
  public static void atomicStore(
      MemorySegment segment,
      ValueLayout.OfDouble layout,
      long offset,
      double value,
      Ordering.ReleaseOrRelaxed o) {
    if (layout == JAVA_DOUBLE) {
      if (Orderings.isRelaxed(o)) {
        Handles.DOUBLE.setOpaque(segment, offset, value);
      } else {
        Handles.DOUBLE.setRelease(segment, offset, value);
      }
      return;
    }
    VarHandle h = Handles.of(layout);
    if (Orderings.isRelaxed(o)) {
      h.setOpaque(segment, offset, value);
    } else {
      h.setRelease(segment, offset, value);
    }
  }

  /**
   * Atomically stores the address of {@code value} (a native segment) into the pointer at {@code
   * offset}: {@code WRITE_ONCE()} for {@code RELAXED}, {@code smp_store_release()} / {@code
   * rcu_assign_pointer()} for {@code RELEASE}; C11 {@code atomic_store_explicit}. Store with {@code
   * RELEASE} to publish memory the pointer leads to. A heap segment has no address: {@link
   * IllegalArgumentException}.
   *
   * <p><b>Safety:</b> any concurrent access to these bytes is atomic.
   *
   * @param segment the memory, usually shared with native code
   * @param layout the value's layout (a canonical constant is the fast path; not unaligned)
   * @param offset the value's byte offset in {@code segment}, aligned to the layout
   * @param value the value to write
   * @param o the memory ordering
   */
  @SafetyContract("any concurrent access to these bytes is atomic")
  public static void atomicStore(
      MemorySegment segment,
      AddressLayout layout,
      long offset,
      MemorySegment value,
      Ordering.ReleaseOrRelaxed o) {
    if (layout == ADDRESS) {
      if (Orderings.isRelaxed(o)) {
        Handles.ADDRESS.setOpaque(segment, offset, value);
      } else {
        Handles.ADDRESS.setRelease(segment, offset, value);
      }
      return;
    }
    VarHandle h = Handles.of(layout);
    if (Orderings.isRelaxed(o)) {
      h.setOpaque(segment, offset, value);
    } else {
      h.setRelease(segment, offset, value);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // xchg: C11 atomic_exchange_explicit
  // ---------------------------------------------------------------------------------------------

  /**
   * Atomically replaces the {@code byte} at {@code offset} with {@code value} and returns the
   * previous value: the kernel's {@code xchg()}, C11 {@code atomic_exchange_explicit}. Emulated by
   * a CAS loop on the enclosing aligned 32-bit word, which must lie inside the segment (else {@link
   * IllegalArgumentException}); neighbouring bytes are not disturbed.
   *
   * <p><b>Safety:</b> any concurrent access to these bytes is atomic.
   *
   * @param segment the memory, usually shared with native code
   * @param layout the value's layout (a canonical constant is the fast path; not unaligned)
   * @param offset the value's byte offset in {@code segment}, aligned to the layout
   * @param value the value to write
   * @param o the memory ordering
   * @return the previous value
   */
  @SafetyContract("any concurrent access to these bytes is atomic")
  public static byte xchg(
      MemorySegment segment, ValueLayout.OfByte layout, long offset, byte value, Ordering o) {
    return (byte) SubWord.exchange(segment, layout, offset, value & 0xFF, o);
  }

  /**
   * Atomically replaces the {@code boolean} at {@code offset} with {@code value} and returns the
   * previous value: the kernel's {@code xchg()}, C11 {@code atomic_exchange_explicit}. Emulated by
   * a CAS loop on the enclosing aligned 32-bit word, which must lie inside the segment (else {@link
   * IllegalArgumentException}); neighbouring bytes are not disturbed.
   *
   * <p><b>Safety:</b> any concurrent access to these bytes is atomic.
   *
   * @param segment the memory, usually shared with native code
   * @param layout the value's layout (a canonical constant is the fast path; not unaligned)
   * @param offset the value's byte offset in {@code segment}, aligned to the layout
   * @param value the value to write
   * @param o the memory ordering
   * @return the previous value
   */
  @SafetyContract("any concurrent access to these bytes is atomic")
  public static boolean xchg(
      MemorySegment segment, ValueLayout.OfBoolean layout, long offset, boolean value, Ordering o) {
    return SubWord.exchange(segment, layout, offset, value ? 1 : 0, o) != 0;
  }

  /**
   * Atomically replaces the {@code short} at {@code offset} with {@code value} and returns the
   * previous value: the kernel's {@code xchg()}, C11 {@code atomic_exchange_explicit}. Emulated by
   * a CAS loop on the enclosing aligned 32-bit word, which must lie inside the segment (else {@link
   * IllegalArgumentException}); neighbouring bytes are not disturbed.
   *
   * <p><b>Safety:</b> any concurrent access to these bytes is atomic.
   *
   * @param segment the memory, usually shared with native code
   * @param layout the value's layout (a canonical constant is the fast path; not unaligned)
   * @param offset the value's byte offset in {@code segment}, aligned to the layout
   * @param value the value to write
   * @param o the memory ordering
   * @return the previous value
   */
  @SafetyContract("any concurrent access to these bytes is atomic")
  public static short xchg(
      MemorySegment segment, ValueLayout.OfShort layout, long offset, short value, Ordering o) {
    return (short) SubWord.exchange(segment, layout, offset, value & 0xFFFF, o);
  }

  /**
   * Atomically replaces the {@code char} at {@code offset} with {@code value} and returns the
   * previous value: the kernel's {@code xchg()}, C11 {@code atomic_exchange_explicit}. Emulated by
   * a CAS loop on the enclosing aligned 32-bit word, which must lie inside the segment (else {@link
   * IllegalArgumentException}); neighbouring bytes are not disturbed.
   *
   * <p><b>Safety:</b> any concurrent access to these bytes is atomic.
   *
   * @param segment the memory, usually shared with native code
   * @param layout the value's layout (a canonical constant is the fast path; not unaligned)
   * @param offset the value's byte offset in {@code segment}, aligned to the layout
   * @param value the value to write
   * @param o the memory ordering
   * @return the previous value
   */
  @SafetyContract("any concurrent access to these bytes is atomic")
  public static char xchg(
      MemorySegment segment, ValueLayout.OfChar layout, long offset, char value, Ordering o) {
    return (char) SubWord.exchange(segment, layout, offset, value, o);
  }

  /**
   * Atomically replaces the {@code int} at {@code offset} with {@code value} and returns the
   * previous value: the kernel's {@code xchg()}, C11 {@code atomic_exchange_explicit}; {@code
   * getAndSet} in volatile mode for every ordering.
   *
   * <p><b>Safety:</b> any concurrent access to these bytes is atomic.
   *
   * @param segment the memory, usually shared with native code
   * @param layout the value's layout (a canonical constant is the fast path; not unaligned)
   * @param offset the value's byte offset in {@code segment}, aligned to the layout
   * @param value the value to write
   * @param o the memory ordering
   * @return the previous value
   */
  @SafetyContract("any concurrent access to these bytes is atomic")
  public static int xchg(
      MemorySegment segment, ValueLayout.OfInt layout, long offset, int value, Ordering o) {
    Orderings.exchange(o);
    if (layout == JAVA_INT) {
      return (int) Handles.INT.getAndSet(segment, offset, value);
    }
    VarHandle h = Handles.of(layout);
    return (int) h.getAndSet(segment, offset, value);
  }

  /**
   * Atomically replaces the {@code long} at {@code offset} with {@code value} and returns the
   * previous value: the kernel's {@code xchg()}, C11 {@code atomic_exchange_explicit}; {@code
   * getAndSet} in volatile mode for every ordering.
   *
   * <p><b>Safety:</b> any concurrent access to these bytes is atomic.
   *
   * @param segment the memory, usually shared with native code
   * @param layout the value's layout (a canonical constant is the fast path; not unaligned)
   * @param offset the value's byte offset in {@code segment}, aligned to the layout
   * @param value the value to write
   * @param o the memory ordering
   * @return the previous value
   */
  @SafetyContract("any concurrent access to these bytes is atomic")
  public static long xchg(
      MemorySegment segment, ValueLayout.OfLong layout, long offset, long value, Ordering o) {
    Orderings.exchange(o);
    if (layout == JAVA_LONG) {
      return (long) Handles.LONG.getAndSet(segment, offset, value);
    }
    VarHandle h = Handles.of(layout);
    return (long) h.getAndSet(segment, offset, value);
  }

  /**
   * Atomically replaces the {@code float} at {@code offset} with {@code value} and returns the
   * previous value: the kernel's {@code xchg()}, C11 {@code atomic_exchange_explicit}; {@code
   * getAndSet} in volatile mode for every ordering.
   *
   * <p><b>Safety:</b> any concurrent access to these bytes is atomic.
   *
   * @param segment the memory, usually shared with native code
   * @param layout the value's layout (a canonical constant is the fast path; not unaligned)
   * @param offset the value's byte offset in {@code segment}, aligned to the layout
   * @param value the value to write
   * @param o the memory ordering
   * @return the previous value
   */
  @SafetyContract("any concurrent access to these bytes is atomic")
  public static float xchg(
      MemorySegment segment, ValueLayout.OfFloat layout, long offset, float value, Ordering o) {
    Orderings.exchange(o);
    if (layout == JAVA_FLOAT) {
      return (float) Handles.FLOAT.getAndSet(segment, offset, value);
    }
    VarHandle h = Handles.of(layout);
    return (float) h.getAndSet(segment, offset, value);
  }

  /**
   * Atomically replaces the {@code double} at {@code offset} with {@code value} and returns the
   * previous value: the kernel's {@code xchg()}, C11 {@code atomic_exchange_explicit}; {@code
   * getAndSet} in volatile mode for every ordering.
   *
   * <p><b>Safety:</b> any concurrent access to these bytes is atomic.
   *
   * @param segment the memory, usually shared with native code
   * @param layout the value's layout (a canonical constant is the fast path; not unaligned)
   * @param offset the value's byte offset in {@code segment}, aligned to the layout
   * @param value the value to write
   * @param o the memory ordering
   * @return the previous value
   */
  @SafetyContract("any concurrent access to these bytes is atomic")
  public static double xchg(
      MemorySegment segment, ValueLayout.OfDouble layout, long offset, double value, Ordering o) {
    Orderings.exchange(o);
    if (layout == JAVA_DOUBLE) {
      return (double) Handles.DOUBLE.getAndSet(segment, offset, value);
    }
    VarHandle h = Handles.of(layout);
    return (double) h.getAndSet(segment, offset, value);
  }

  /**
   * Atomically replaces the pointer at {@code offset} with the address of {@code value} and returns
   * the previous pointer: the kernel's {@code xchg()}, C11 {@code atomic_exchange_explicit}; {@code
   * getAndSet} in volatile mode for every ordering.
   *
   * <p><b>Safety:</b> any concurrent access to these bytes is atomic.
   *
   * @param segment the memory, usually shared with native code
   * @param layout the value's layout (a canonical constant is the fast path; not unaligned)
   * @param offset the value's byte offset in {@code segment}, aligned to the layout
   * @param value the value to write
   * @param o the memory ordering
   * @return the previous pointer, as a native segment of that address
   */
  @SafetyContract("any concurrent access to these bytes is atomic")
  public static MemorySegment xchg(
      MemorySegment segment, AddressLayout layout, long offset, MemorySegment value, Ordering o) {
    Orderings.exchange(o);
    if (layout == ADDRESS) {
      return (MemorySegment) Handles.ADDRESS.getAndSet(segment, offset, value);
    }
    VarHandle h = Handles.of(layout);
    return (MemorySegment) h.getAndSet(segment, offset, value);
  }

  // ---------------------------------------------------------------------------------------------
  // cmpxchg: C11 atomic_compare_exchange_strong_explicit, returning the witness
  // ---------------------------------------------------------------------------------------------

  /**
   * Atomically replaces the {@code byte} at {@code offset} with {@code value} if it equals {@code
   * expected}; returns the witness (the value found), which equals {@code expected} exactly when
   * the exchange happened: the kernel's {@code cmpxchg()}, C11 {@code
   * atomic_compare_exchange_strong_explicit}. Emulated by a CAS loop on the enclosing aligned
   * 32-bit word, which must lie inside the segment (else {@link IllegalArgumentException}).
   *
   * <p><b>Safety:</b> any concurrent access to these bytes is atomic.
   *
   * @param segment the memory, usually shared with native code
   * @param layout the value's layout (a canonical constant is the fast path; not unaligned)
   * @param offset the value's byte offset in {@code segment}, aligned to the layout
   * @param expected the value the memory must hold for the exchange to happen
   * @param value the value to write
   * @param o the memory ordering
   * @return the witness value
   */
  @SafetyContract("any concurrent access to these bytes is atomic")
  public static byte cmpxchg(
      MemorySegment segment,
      ValueLayout.OfByte layout,
      long offset,
      byte expected,
      byte value,
      Ordering o) {
    return (byte)
        SubWord.compareAndExchange(segment, layout, offset, expected & 0xFF, value & 0xFF, o);
  }

  /**
   * Atomically replaces the {@code boolean} at {@code offset} with {@code value} if its truth value
   * equals {@code expected}; returns the witness, which equals {@code expected} exactly when the
   * exchange happened: the kernel's {@code cmpxchg()}, C11 {@code
   * atomic_compare_exchange_strong_explicit}. Emulated by a CAS loop on the enclosing aligned
   * 32-bit word, which must lie inside the segment (else {@link IllegalArgumentException}).
   *
   * <p><b>Safety:</b> any concurrent access to these bytes is atomic.
   *
   * @param segment the memory, usually shared with native code
   * @param layout the value's layout (a canonical constant is the fast path; not unaligned)
   * @param offset the value's byte offset in {@code segment}, aligned to the layout
   * @param expected the value the memory must hold for the exchange to happen
   * @param value the value to write
   * @param o the memory ordering
   * @return the witness value
   */
  @SafetyContract("any concurrent access to these bytes is atomic")
  public static boolean cmpxchg(
      MemorySegment segment,
      ValueLayout.OfBoolean layout,
      long offset,
      boolean expected,
      boolean value,
      Ordering o) {
    return SubWord.compareAndExchangeTruth(
            segment, layout, offset, expected ? 1 : 0, value ? 1 : 0, o)
        != 0;
  }

  /**
   * Atomically replaces the {@code short} at {@code offset} with {@code value} if it equals {@code
   * expected}; returns the witness, which equals {@code expected} exactly when the exchange
   * happened: the kernel's {@code cmpxchg()}, C11 {@code atomic_compare_exchange_strong_explicit}.
   * Emulated by a CAS loop on the enclosing aligned 32-bit word, which must lie inside the segment
   * (else {@link IllegalArgumentException}).
   *
   * <p><b>Safety:</b> any concurrent access to these bytes is atomic.
   *
   * @param segment the memory, usually shared with native code
   * @param layout the value's layout (a canonical constant is the fast path; not unaligned)
   * @param offset the value's byte offset in {@code segment}, aligned to the layout
   * @param expected the value the memory must hold for the exchange to happen
   * @param value the value to write
   * @param o the memory ordering
   * @return the witness value
   */
  @SafetyContract("any concurrent access to these bytes is atomic")
  public static short cmpxchg(
      MemorySegment segment,
      ValueLayout.OfShort layout,
      long offset,
      short expected,
      short value,
      Ordering o) {
    return (short)
        SubWord.compareAndExchange(segment, layout, offset, expected & 0xFFFF, value & 0xFFFF, o);
  }

  /**
   * Atomically replaces the {@code char} at {@code offset} with {@code value} if it equals {@code
   * expected}; returns the witness, which equals {@code expected} exactly when the exchange
   * happened: the kernel's {@code cmpxchg()}, C11 {@code atomic_compare_exchange_strong_explicit}.
   * Emulated by a CAS loop on the enclosing aligned 32-bit word, which must lie inside the segment
   * (else {@link IllegalArgumentException}).
   *
   * <p><b>Safety:</b> any concurrent access to these bytes is atomic.
   *
   * @param segment the memory, usually shared with native code
   * @param layout the value's layout (a canonical constant is the fast path; not unaligned)
   * @param offset the value's byte offset in {@code segment}, aligned to the layout
   * @param expected the value the memory must hold for the exchange to happen
   * @param value the value to write
   * @param o the memory ordering
   * @return the witness value
   */
  @SafetyContract("any concurrent access to these bytes is atomic")
  public static char cmpxchg(
      MemorySegment segment,
      ValueLayout.OfChar layout,
      long offset,
      char expected,
      char value,
      Ordering o) {
    return (char) SubWord.compareAndExchange(segment, layout, offset, expected, value, o);
  }

  /**
   * Atomically replaces the {@code int} at {@code offset} with {@code value} if it equals {@code
   * expected}; returns the witness, which equals {@code expected} exactly when the exchange
   * happened: the kernel's {@code cmpxchg()}, C11 {@code atomic_compare_exchange_strong_explicit}.
   *
   * <p><b>Safety:</b> any concurrent access to these bytes is atomic.
   *
   * @param segment the memory, usually shared with native code
   * @param layout the value's layout (a canonical constant is the fast path; not unaligned)
   * @param offset the value's byte offset in {@code segment}, aligned to the layout
   * @param expected the value the memory must hold for the exchange to happen
   * @param value the value to write
   * @param o the memory ordering
   * @return the witness value
   */
  @SafetyContract("any concurrent access to these bytes is atomic")
  public static int cmpxchg(
      MemorySegment segment,
      ValueLayout.OfInt layout,
      long offset,
      int expected,
      int value,
      Ordering o) {
    if (layout == JAVA_INT) {
      return switch (Orderings.cas(o)) {
        case Orderings.ACQUIRE ->
            (int) Handles.INT.compareAndExchangeAcquire(segment, offset, expected, value);
        case Orderings.RELEASE ->
            (int) Handles.INT.compareAndExchangeRelease(segment, offset, expected, value);
        default -> (int) Handles.INT.compareAndExchange(segment, offset, expected, value);
      };
    }
    VarHandle h = Handles.of(layout);
    return switch (Orderings.cas(o)) {
      case Orderings.ACQUIRE -> (int) h.compareAndExchangeAcquire(segment, offset, expected, value);
      case Orderings.RELEASE -> (int) h.compareAndExchangeRelease(segment, offset, expected, value);
      default -> (int) h.compareAndExchange(segment, offset, expected, value);
    };
  }

  /**
   * Atomically replaces the {@code long} at {@code offset} with {@code value} if it equals {@code
   * expected}; returns the witness, which equals {@code expected} exactly when the exchange
   * happened: the kernel's {@code cmpxchg()}, C11 {@code atomic_compare_exchange_strong_explicit}.
   *
   * <p><b>Safety:</b> any concurrent access to these bytes is atomic.
   *
   * @param segment the memory, usually shared with native code
   * @param layout the value's layout (a canonical constant is the fast path; not unaligned)
   * @param offset the value's byte offset in {@code segment}, aligned to the layout
   * @param expected the value the memory must hold for the exchange to happen
   * @param value the value to write
   * @param o the memory ordering
   * @return the witness value
   */
  @SafetyContract("any concurrent access to these bytes is atomic")
  public static long cmpxchg(
      MemorySegment segment,
      ValueLayout.OfLong layout,
      long offset,
      long expected,
      long value,
      Ordering o) {
    if (layout == JAVA_LONG) {
      return switch (Orderings.cas(o)) {
        case Orderings.ACQUIRE ->
            (long) Handles.LONG.compareAndExchangeAcquire(segment, offset, expected, value);
        case Orderings.RELEASE ->
            (long) Handles.LONG.compareAndExchangeRelease(segment, offset, expected, value);
        default -> (long) Handles.LONG.compareAndExchange(segment, offset, expected, value);
      };
    }
    VarHandle h = Handles.of(layout);
    return switch (Orderings.cas(o)) {
      case Orderings.ACQUIRE ->
          (long) h.compareAndExchangeAcquire(segment, offset, expected, value);
      case Orderings.RELEASE ->
          (long) h.compareAndExchangeRelease(segment, offset, expected, value);
      default -> (long) h.compareAndExchange(segment, offset, expected, value);
    };
  }

  /**
   * Atomically replaces the {@code float} at {@code offset} with {@code value} if its bits equal
   * those of {@code expected} (so {@code NaN} matches the same {@code NaN}, and {@code -0.0f} does
   * not match {@code 0.0f}); returns the witness: the kernel's {@code cmpxchg()}, C11 {@code
   * atomic_compare_exchange_strong_explicit}. The exchange happened exactly when the witness has
   * the bits of {@code expected}.
   *
   * <p><b>Safety:</b> any concurrent access to these bytes is atomic.
   *
   * @param segment the memory, usually shared with native code
   * @param layout the value's layout (a canonical constant is the fast path; not unaligned)
   * @param offset the value's byte offset in {@code segment}, aligned to the layout
   * @param expected the value the memory must hold for the exchange to happen
   * @param value the value to write
   * @param o the memory ordering
   * @return the witness value
   */
  @SafetyContract("any concurrent access to these bytes is atomic")
  public static float cmpxchg(
      MemorySegment segment,
      ValueLayout.OfFloat layout,
      long offset,
      float expected,
      float value,
      Ordering o) {
    if (layout == JAVA_FLOAT) {
      return switch (Orderings.cas(o)) {
        case Orderings.ACQUIRE ->
            (float) Handles.FLOAT.compareAndExchangeAcquire(segment, offset, expected, value);
        case Orderings.RELEASE ->
            (float) Handles.FLOAT.compareAndExchangeRelease(segment, offset, expected, value);
        default -> (float) Handles.FLOAT.compareAndExchange(segment, offset, expected, value);
      };
    }
    VarHandle h = Handles.of(layout);
    return switch (Orderings.cas(o)) {
      case Orderings.ACQUIRE ->
          (float) h.compareAndExchangeAcquire(segment, offset, expected, value);
      case Orderings.RELEASE ->
          (float) h.compareAndExchangeRelease(segment, offset, expected, value);
      default -> (float) h.compareAndExchange(segment, offset, expected, value);
    };
  }

  /**
   * Atomically replaces the {@code double} at {@code offset} with {@code value} if its bits equal
   * those of {@code expected} (bitwise, as for {@code float}); returns the witness: the kernel's
   * {@code cmpxchg()}, C11 {@code atomic_compare_exchange_strong_explicit}. The exchange happened
   * exactly when the witness has the bits of {@code expected}.
   *
   * <p><b>Safety:</b> any concurrent access to these bytes is atomic.
   *
   * @param segment the memory, usually shared with native code
   * @param layout the value's layout (a canonical constant is the fast path; not unaligned)
   * @param offset the value's byte offset in {@code segment}, aligned to the layout
   * @param expected the value the memory must hold for the exchange to happen
   * @param value the value to write
   * @param o the memory ordering
   * @return the witness value
   */
  @SafetyContract("any concurrent access to these bytes is atomic")
  public static double cmpxchg(
      MemorySegment segment,
      ValueLayout.OfDouble layout,
      long offset,
      double expected,
      double value,
      Ordering o) {
    if (layout == JAVA_DOUBLE) {
      return switch (Orderings.cas(o)) {
        case Orderings.ACQUIRE ->
            (double) Handles.DOUBLE.compareAndExchangeAcquire(segment, offset, expected, value);
        case Orderings.RELEASE ->
            (double) Handles.DOUBLE.compareAndExchangeRelease(segment, offset, expected, value);
        default -> (double) Handles.DOUBLE.compareAndExchange(segment, offset, expected, value);
      };
    }
    VarHandle h = Handles.of(layout);
    return switch (Orderings.cas(o)) {
      case Orderings.ACQUIRE ->
          (double) h.compareAndExchangeAcquire(segment, offset, expected, value);
      case Orderings.RELEASE ->
          (double) h.compareAndExchangeRelease(segment, offset, expected, value);
      default -> (double) h.compareAndExchange(segment, offset, expected, value);
    };
  }

  /**
   * Atomically replaces the pointer at {@code offset} with the address of {@code value} if it holds
   * the address of {@code expected}; returns the witness pointer, whose {@link
   * MemorySegment#address() address} equals that of {@code expected} exactly when the exchange
   * happened: the kernel's {@code cmpxchg()}, C11 {@code atomic_compare_exchange_strong_explicit}.
   * Pointers compare by address only (sizes and arenas play no part).
   *
   * <p><b>Safety:</b> any concurrent access to these bytes is atomic.
   *
   * @param segment the memory, usually shared with native code
   * @param layout the value's layout (a canonical constant is the fast path; not unaligned)
   * @param offset the value's byte offset in {@code segment}, aligned to the layout
   * @param expected the value the memory must hold for the exchange to happen
   * @param value the value to write
   * @param o the memory ordering
   * @return the witness pointer, as a native segment of that address
   */
  @SafetyContract("any concurrent access to these bytes is atomic")
  public static MemorySegment cmpxchg(
      MemorySegment segment,
      AddressLayout layout,
      long offset,
      MemorySegment expected,
      MemorySegment value,
      Ordering o) {
    if (layout == ADDRESS) {
      return switch (Orderings.cas(o)) {
        case Orderings.ACQUIRE ->
            (MemorySegment)
                Handles.ADDRESS.compareAndExchangeAcquire(segment, offset, expected, value);
        case Orderings.RELEASE ->
            (MemorySegment)
                Handles.ADDRESS.compareAndExchangeRelease(segment, offset, expected, value);
        default ->
            (MemorySegment) Handles.ADDRESS.compareAndExchange(segment, offset, expected, value);
      };
    }
    VarHandle h = Handles.of(layout);
    return switch (Orderings.cas(o)) {
      case Orderings.ACQUIRE ->
          (MemorySegment) h.compareAndExchangeAcquire(segment, offset, expected, value);
      case Orderings.RELEASE ->
          (MemorySegment) h.compareAndExchangeRelease(segment, offset, expected, value);
      default -> (MemorySegment) h.compareAndExchange(segment, offset, expected, value);
    };
  }

  // ---------------------------------------------------------------------------------------------
  // fetchAdd: C11 atomic_fetch_add_explicit
  // ---------------------------------------------------------------------------------------------

  /**
   * Atomically adds {@code delta} to the {@code int} at {@code offset} (wrapping on overflow) and
   * returns the previous value: the kernel's {@code atomic_fetch_add()}, C11 {@code
   * atomic_fetch_add_explicit}; {@code getAndAdd} in volatile mode for every ordering.
   *
   * <p><b>Safety:</b> any concurrent access to these bytes is atomic.
   *
   * @param segment the memory, usually shared with native code
   * @param layout the value's layout (a canonical constant is the fast path; not unaligned)
   * @param offset the value's byte offset in {@code segment}, aligned to the layout
   * @param delta the amount to add
   * @param o the memory ordering
   * @return the previous value
   */
  @SafetyContract("any concurrent access to these bytes is atomic")
  public static int fetchAdd(
      MemorySegment segment, ValueLayout.OfInt layout, long offset, int delta, Ordering o) {
    Orderings.fetchAdd(o);
    if (layout == JAVA_INT) {
      return (int) Handles.INT.getAndAdd(segment, offset, delta);
    }
    VarHandle h = Handles.of(layout);
    return (int) h.getAndAdd(segment, offset, delta);
  }

  /**
   * Atomically adds {@code delta} to the {@code long} at {@code offset} (wrapping on overflow) and
   * returns the previous value: the kernel's {@code atomic64_fetch_add()}, C11 {@code
   * atomic_fetch_add_explicit}; {@code getAndAdd} in volatile mode for every ordering.
   *
   * <p><b>Safety:</b> any concurrent access to these bytes is atomic.
   *
   * @param segment the memory, usually shared with native code
   * @param layout the value's layout (a canonical constant is the fast path; not unaligned)
   * @param offset the value's byte offset in {@code segment}, aligned to the layout
   * @param delta the amount to add
   * @param o the memory ordering
   * @return the previous value
   */
  @SafetyContract("any concurrent access to these bytes is atomic")
  public static long fetchAdd(
      MemorySegment segment, ValueLayout.OfLong layout, long offset, long delta, Ordering o) {
    Orderings.fetchAdd(o);
    if (layout == JAVA_LONG) {
      return (long) Handles.LONG.getAndAdd(segment, offset, delta);
    }
    VarHandle h = Handles.of(layout);
    return (long) h.getAndAdd(segment, offset, delta);
  }
}
