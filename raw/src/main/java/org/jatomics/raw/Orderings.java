package org.jatomics.raw;

import java.util.Objects;
import org.jatomics.Ordering;

/**
 * The ordering-to-access-mode decisions of {@link RawAtomics}, written once. Each method folds to a
 * constant when the ordering is a constant, so the dispatch costs nothing on the fast path.
 */
final class Orderings {
  /** {@code compareAndExchange}: volatile mode. */
  static final int VOLATILE = 0;

  /** {@code compareAndExchangeAcquire}. */
  static final int ACQUIRE = 1;

  /** {@code compareAndExchangeRelease}. */
  static final int RELEASE = 2;

  private static final String NULL_ORDERING =
      "ordering is null: pass RELAXED, ACQUIRE, CONSUME, RELEASE or FULL";

  private Orderings() {}

  /**
   * For loads and stores: {@code true} for {@code RELAXED} (opaque mode), {@code false} for the
   * others ({@code ACQUIRE}/{@code CONSUME}: acquire; {@code RELEASE}: release).
   *
   * @throws NullPointerException if {@code o} is null
   */
  static boolean isRelaxed(Ordering o) {
    if (o == Ordering.RELAXED) {
      return true;
    }
    require(o);
    return false;
  }

  /**
   * For {@code xchg} and {@code fetchAdd}, which always run in volatile mode: on HotSpot the
   * acquire and release forms of {@code getAndSet}/{@code getAndAdd} are CAS loops, the volatile
   * forms single instructions ({@code xchg}, {@code lock xadd}).
   *
   * @throws NullPointerException if {@code o} is null
   */
  static void require(Ordering o) {
    Objects.requireNonNull(o, NULL_ORDERING);
  }

  /**
   * The {@code compareAndExchange} mode for {@code cmpxchg}: acquire for {@code ACQUIRE}, {@code
   * CONSUME} and {@code RELAXED}, release for {@code RELEASE}, volatile for {@code FULL}. All three
   * are intrinsics; the JVM has no relaxed {@code compareAndExchange}, and the acquire form is
   * never dearer than the release one and cheaper than volatile on AArch64 (the generated field
   * accessors make the same choice, see {@code docs/ordering.md}).
   *
   * @throws NullPointerException if {@code o} is null
   */
  static int cas(Ordering o) {
    if (o == Ordering.ACQUIRE || o == Ordering.CONSUME || o == Ordering.RELAXED) {
      return ACQUIRE;
    }
    if (o == Ordering.RELEASE) {
      return RELEASE;
    }
    require(o);
    return VOLATILE;
  }
}
