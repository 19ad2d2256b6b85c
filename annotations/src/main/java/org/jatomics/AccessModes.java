package org.jatomics;

import java.lang.invoke.VarHandle.AccessMode;
import java.util.Objects;

/**
 * The {@link java.lang.invoke.VarHandle} access mode jatomics runs for each operation and {@link
 * Ordering}: the one table behind the generated field accessors ({@code jatomics-processor} builds
 * their dispatch from it) and {@code RawAtomics} (which calls it). Code that drives its own {@code
 * VarHandle}s can use it to get the same modes.
 *
 * <table>
 *   <caption>Ordering to access mode</caption>
 *   <tr><th>ordering</th><th>{@link #load}</th><th>{@link #store}</th><th>{@link #exchange}</th>
 *       <th>{@link #compareAndExchange}</th><th>{@link #fetchAdd}</th></tr>
 *   <tr><td>RELAXED</td><td>GET_OPAQUE</td><td>SET_OPAQUE</td><td>GET_AND_SET</td>
 *       <td>COMPARE_AND_EXCHANGE_ACQUIRE</td><td>GET_AND_ADD</td></tr>
 *   <tr><td>ACQUIRE, CONSUME</td><td>GET_ACQUIRE</td><td>n/a</td><td>GET_AND_SET</td>
 *       <td>COMPARE_AND_EXCHANGE_ACQUIRE</td><td>GET_AND_ADD</td></tr>
 *   <tr><td>RELEASE</td><td>n/a</td><td>SET_RELEASE</td><td>GET_AND_SET</td>
 *       <td>COMPARE_AND_EXCHANGE_RELEASE</td><td>GET_AND_ADD</td></tr>
 *   <tr><td>FULL</td><td>n/a</td><td>n/a</td><td>GET_AND_SET</td>
 *       <td>COMPARE_AND_EXCHANGE</td><td>GET_AND_ADD</td></tr>
 * </table>
 *
 * <p>Where a mode is stronger than the ordering needs, it is the faster one on HotSpot: the acquire
 * and release forms of {@code getAndSet}/{@code getAndAdd} are CAS loops while the volatile forms
 * are single instructions ({@code xchg}, {@code lock xadd}; {@code swpal}, {@code ldaddal} on
 * AArch64 with LSE); the JVM has no relaxed {@code compareAndExchange}, and the acquire form is
 * never dearer than the others. {@code docs/ordering.md} has the measurements.
 *
 * <p>Each method compares its argument with the ordering constants by identity, so for a constant
 * ordering the JIT folds it to the one mode: calling it costs nothing.
 */
public final class AccessModes {
  private static final String NULL_ORDERING =
      "ordering is null: pass RELAXED, ACQUIRE, CONSUME, RELEASE or FULL";

  private AccessModes() {}

  /**
   * The mode of an atomic load: opaque for {@code RELAXED}, acquire for {@code ACQUIRE} and {@code
   * CONSUME} (the JVM has no dependency ordering, so consume is acquire).
   *
   * @param o the ordering
   * @return {@code GET_OPAQUE} or {@code GET_ACQUIRE}
   * @throws NullPointerException if {@code o} is null
   */
  public static AccessMode load(Ordering.AcquireOrRelaxed o) {
    return o == Ordering.RELAXED ? AccessMode.GET_OPAQUE : nonNull(o, AccessMode.GET_ACQUIRE);
  }

  /**
   * The mode of an atomic store: opaque for {@code RELAXED}, release for {@code RELEASE}.
   *
   * @param o the ordering
   * @return {@code SET_OPAQUE} or {@code SET_RELEASE}
   * @throws NullPointerException if {@code o} is null
   */
  public static AccessMode store(Ordering.ReleaseOrRelaxed o) {
    return o == Ordering.RELAXED ? AccessMode.SET_OPAQUE : nonNull(o, AccessMode.SET_RELEASE);
  }

  /**
   * The mode of an exchange ({@code xchg}): volatile for every ordering, one instruction on HotSpot
   * where the acquire and release forms are CAS loops.
   *
   * @param o the ordering
   * @return {@code GET_AND_SET}
   * @throws NullPointerException if {@code o} is null
   */
  public static AccessMode exchange(Ordering o) {
    return nonNull(o, AccessMode.GET_AND_SET);
  }

  /**
   * The mode of a compare-and-exchange ({@code cmpxchg}): acquire for {@code RELAXED}, {@code
   * ACQUIRE} and {@code CONSUME}, release for {@code RELEASE}, volatile for {@code FULL}; all three
   * are intrinsics on HotSpot.
   *
   * @param o the ordering
   * @return one of the {@code COMPARE_AND_EXCHANGE} modes
   * @throws NullPointerException if {@code o} is null
   */
  public static AccessMode compareAndExchange(Ordering o) {
    if (o == Ordering.RELAXED || o == Ordering.ACQUIRE || o == Ordering.CONSUME) {
      return AccessMode.COMPARE_AND_EXCHANGE_ACQUIRE;
    }
    if (o == Ordering.RELEASE) {
      return AccessMode.COMPARE_AND_EXCHANGE_RELEASE;
    }
    return nonNull(o, AccessMode.COMPARE_AND_EXCHANGE);
  }

  /**
   * The mode of a fetch-and-add ({@code fetchAdd}): volatile for every ordering, for the reason
   * {@link #exchange} gives.
   *
   * @param o the ordering
   * @return {@code GET_AND_ADD}
   * @throws NullPointerException if {@code o} is null
   */
  public static AccessMode fetchAdd(Ordering o) {
    return nonNull(o, AccessMode.GET_AND_ADD);
  }

  private static AccessMode nonNull(Ordering o, AccessMode mode) {
    Objects.requireNonNull(o, NULL_ORDERING);
    return mode;
  }
}
