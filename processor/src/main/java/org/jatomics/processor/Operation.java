package org.jatomics.processor;

import java.util.List;
import javax.lang.model.type.TypeKind;

/**
 * The five generated operations and the ordering-to-{@code VarHandle}-mode table they follow.
 *
 * <p>This enum is the one place where jatomics decides which access mode an ordering means. The
 * reasons for each choice are in {@code docs/ordering.md}; the writer only turns this table into
 * identity tests against the {@code Ordering} constants.
 */
enum Operation {
  /** {@code loadX(obj, o)}: an atomic read. */
  LOAD(
      "load",
      OrderingParameter.ACQUIRE_OR_RELAXED,
      List.of(
          new ModeChoice("getOpaque", "READ_ONCE()", "RELAXED"),
          new ModeChoice("getAcquire", "smp_load_acquire()", "ACQUIRE", "CONSUME"))),

  /** {@code storeX(obj, value, o)}: an atomic write. */
  STORE(
      "store",
      OrderingParameter.RELEASE_OR_RELAXED,
      List.of(
          new ModeChoice("setOpaque", "WRITE_ONCE()", "RELAXED"),
          new ModeChoice("setRelease", "smp_store_release()", "RELEASE"))),

  /**
   * {@code xchgX(obj, value, o)}: swap, returning the previous value. Every ordering runs the
   * volatile {@code getAndSet}: HotSpot implements {@code getAndSetAcquire}/{@code Release} as CAS
   * loops, while the volatile form is one instruction ({@code xchg} on x86, {@code swpal} on
   * AArch64 with LSE).
   */
  XCHG(
      "xchg",
      OrderingParameter.ANY,
      List.of(
          new ModeChoice(
              "getAndSet", "xchg()", "RELAXED", "ACQUIRE", "CONSUME", "RELEASE", "FULL"))),

  /**
   * {@code cmpxchgX(obj, expected, value, o)}: compare and exchange, returning the witness. The
   * acquire and release forms are intrinsics on HotSpot (no loop), so each ordering gets its own
   * mode; {@code RELAXED}, for which the JVM has no mode, takes the cheaper acquire form.
   */
  CMPXCHG(
      "cmpxchg",
      OrderingParameter.ANY,
      List.of(
          new ModeChoice("compareAndExchangeRelease", "cmpxchg_release()", "RELEASE"),
          new ModeChoice("compareAndExchange", "cmpxchg()", "FULL"),
          new ModeChoice(
              "compareAndExchangeAcquire", "cmpxchg_acquire()", "RELAXED", "ACQUIRE", "CONSUME"))),

  /**
   * {@code fetchAddX(obj, delta, o)}: add, returning the previous value ({@code int} and {@code
   * long} only). Every ordering runs the volatile {@code getAndAdd} for the same reason as {@link
   * #XCHG}: {@code lock xadd} on x86, {@code ldaddal} on AArch64.
   */
  FETCH_ADD(
      "fetchAdd",
      OrderingParameter.ANY,
      List.of(
          new ModeChoice(
              "getAndAdd",
              "atomic_fetch_add()",
              "RELAXED",
              "ACQUIRE",
              "CONSUME",
              "RELEASE",
              "FULL")));

  /** The type of the ordering parameter an operation takes, and the constants it admits. */
  enum OrderingParameter {
    /** {@code Ordering.AcquireOrRelaxed}. */
    ACQUIRE_OR_RELAXED("AcquireOrRelaxed", List.of("RELAXED", "ACQUIRE", "CONSUME")),
    /** {@code Ordering.ReleaseOrRelaxed}. */
    RELEASE_OR_RELAXED("ReleaseOrRelaxed", List.of("RELAXED", "RELEASE")),
    /** {@code Ordering} itself. */
    ANY(null, List.of("RELAXED", "ACQUIRE", "CONSUME", "RELEASE", "FULL"));

    /** Simple name of the nested {@code Ordering} type, or null for {@code Ordering} itself. */
    final String nestedType;

    /** The constants of {@code Ordering} the parameter type admits. */
    final List<String> accepted;

    OrderingParameter(String nestedType, List<String> accepted) {
      this.nestedType = nestedType;
      this.accepted = accepted;
    }
  }

  /**
   * One row group of the table: the orderings that run one {@code VarHandle} access mode.
   *
   * @param method the {@code VarHandle} method invoked
   * @param kernelHelper the Linux-kernel helper of the same meaning, for the Javadoc
   * @param orderings the names of the {@code Ordering} constants dispatched to this mode
   */
  record ModeChoice(String method, String kernelHelper, List<String> orderings) {
    ModeChoice(String method, String kernelHelper, String... orderings) {
      this(method, kernelHelper, List.of(orderings));
    }
  }

  /** The method-name prefix ({@code load}, {@code store}, ...). */
  final String prefix;

  /** The ordering parameter's type. */
  final OrderingParameter orderingParameter;

  /**
   * The access modes, in the order the generated dispatch tests them. The last one is the default
   * for every non-null ordering the earlier ones did not take, so it is the one with the most
   * orderings (the fewest comparisons).
   */
  final List<ModeChoice> modes;

  Operation(String prefix, OrderingParameter orderingParameter, List<ModeChoice> modes) {
    this.prefix = prefix;
    this.orderingParameter = orderingParameter;
    this.modes = modes;
  }

  /** Whether the operation exists for a field of the given kind. */
  boolean appliesTo(TypeKind fieldType) {
    return this != FETCH_ADD || fieldType == TypeKind.INT || fieldType == TypeKind.LONG;
  }
}
