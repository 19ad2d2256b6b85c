package org.jatomics.raw;

import java.lang.invoke.VarHandle.AccessMode;
import org.jatomics.AccessModes;
import org.jatomics.Ordering;

/**
 * How {@link RawAtomics} dispatches on an ordering: each method asks {@link AccessModes}, the one
 * ordering-to-access-mode table of jatomics (the generated field accessors follow it too), and
 * turns the answer into the choice between the handles RawAtomics holds. Each folds to a constant
 * when the ordering is a constant, so the dispatch costs nothing on the fast path.
 */
final class Orderings {
  /** {@code compareAndExchange}: volatile mode. */
  static final int VOLATILE = 0;

  /** {@code compareAndExchangeAcquire}. */
  static final int ACQUIRE = 1;

  /** {@code compareAndExchangeRelease}. */
  static final int RELEASE = 2;

  private Orderings() {}

  /**
   * For loads: {@code true} when the table says opaque ({@code RELAXED}), {@code false} for acquire
   * ({@code ACQUIRE}, {@code CONSUME}).
   *
   * @throws NullPointerException if {@code o} is null
   */
  static boolean isRelaxed(Ordering.AcquireOrRelaxed o) {
    return AccessModes.load(o) == AccessMode.GET_OPAQUE;
  }

  /**
   * For stores: {@code true} when the table says opaque ({@code RELAXED}), {@code false} for
   * release ({@code RELEASE}).
   *
   * @throws NullPointerException if {@code o} is null
   */
  static boolean isRelaxed(Ordering.ReleaseOrRelaxed o) {
    return AccessModes.store(o) == AccessMode.SET_OPAQUE;
  }

  /**
   * For word-sized {@code xchg}, which RawAtomics runs through the volatile {@code getAndSet}
   * handle, the mode the table gives every ordering.
   *
   * @throws NullPointerException if {@code o} is null
   */
  static void exchange(Ordering o) {
    AccessMode mode = AccessModes.exchange(o);
    assert mode == AccessMode.GET_AND_SET : mode;
  }

  /**
   * For {@code fetchAdd}, which RawAtomics runs through the volatile {@code getAndAdd} handle, the
   * mode the table gives every ordering.
   *
   * @throws NullPointerException if {@code o} is null
   */
  static void fetchAdd(Ordering o) {
    AccessMode mode = AccessModes.fetchAdd(o);
    assert mode == AccessMode.GET_AND_ADD : mode;
  }

  /**
   * The {@code compareAndExchange} mode for {@code cmpxchg} (and the CAS loops of sub-word
   * operations): {@link #ACQUIRE}, {@link #RELEASE} or {@link #VOLATILE}, as the table says.
   *
   * @throws NullPointerException if {@code o} is null
   */
  static int cas(Ordering o) {
    AccessMode mode = AccessModes.compareAndExchange(o);
    if (mode == AccessMode.COMPARE_AND_EXCHANGE_ACQUIRE) {
      return ACQUIRE;
    }
    return mode == AccessMode.COMPARE_AND_EXCHANGE_RELEASE ? RELEASE : VOLATILE;
  }
}
