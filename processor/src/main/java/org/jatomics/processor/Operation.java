package org.jatomics.processor;

import java.lang.invoke.VarHandle.AccessMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.lang.model.type.TypeKind;
import org.jatomics.AccessModes;
import org.jatomics.Ordering;

/**
 * The five generated operations and the ordering-to-{@code VarHandle}-mode table they follow.
 *
 * <p>Which access mode an ordering means is decided once, in {@link AccessModes} (annotations
 * module), which {@code RawAtomics} calls too; this enum groups its answers into the rows the
 * writer turns into identity tests against the {@code Ordering} constants. The reasons for each
 * choice are in {@code docs/ordering.md}.
 */
enum Operation {
  /** {@code loadX(obj, o)}: an atomic read. */
  LOAD(
      "load",
      OrderingParameter.ACQUIRE_OR_RELAXED,
      o -> AccessModes.load((Ordering.AcquireOrRelaxed) o),
      Map.of(AccessMode.GET_OPAQUE, "READ_ONCE()", AccessMode.GET_ACQUIRE, "smp_load_acquire()")),

  /** {@code storeX(obj, value, o)}: an atomic write. */
  STORE(
      "store",
      OrderingParameter.RELEASE_OR_RELAXED,
      o -> AccessModes.store((Ordering.ReleaseOrRelaxed) o),
      Map.of(AccessMode.SET_OPAQUE, "WRITE_ONCE()", AccessMode.SET_RELEASE, "smp_store_release()")),

  /**
   * {@code xchgX(obj, value, o)}: swap, returning the previous value. {@link AccessModes#exchange}
   * gives every ordering the volatile {@code getAndSet}: HotSpot implements {@code
   * getAndSetAcquire}/{@code Release} as CAS loops, while the volatile form is one instruction
   * ({@code xchg} on x86, {@code swpal} on AArch64 with LSE).
   */
  XCHG(
      "xchg",
      OrderingParameter.ANY,
      AccessModes::exchange,
      Map.of(AccessMode.GET_AND_SET, "xchg()")),

  /**
   * {@code cmpxchgX(obj, expected, value, o)}: compare and exchange, returning the witness. The
   * acquire and release forms are intrinsics on HotSpot (no loop), so each ordering gets its own
   * mode; {@code RELAXED}, for which the JVM has no mode, takes the cheaper acquire form.
   */
  CMPXCHG(
      "cmpxchg",
      OrderingParameter.ANY,
      AccessModes::compareAndExchange,
      Map.of(
          AccessMode.COMPARE_AND_EXCHANGE_RELEASE, "cmpxchg_release()",
          AccessMode.COMPARE_AND_EXCHANGE, "cmpxchg()",
          AccessMode.COMPARE_AND_EXCHANGE_ACQUIRE, "cmpxchg_acquire()")),

  /**
   * {@code fetchAddX(obj, delta, o)}: add, returning the previous value ({@code int} and {@code
   * long} only). Every ordering runs the volatile {@code getAndAdd} for the same reason as {@link
   * #XCHG}: {@code lock xadd} on x86, {@code ldaddal} on AArch64.
   */
  FETCH_ADD(
      "fetchAdd",
      OrderingParameter.ANY,
      AccessModes::fetchAdd,
      Map.of(AccessMode.GET_AND_ADD, "atomic_fetch_add()"));

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
    @SuppressWarnings("ImmutableEnumChecker") // List.of: unmodifiable (no Guava in the processor)
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
  record ModeChoice(String method, String kernelHelper, List<String> orderings) {}

  /** The method-name prefix ({@code load}, {@code store}, ...). */
  final String prefix;

  /** The ordering parameter's type. */
  final OrderingParameter orderingParameter;

  /**
   * The access modes, in the order the generated dispatch tests them. The last one is the default
   * for every non-null ordering the earlier ones did not take, so it is the one with the most
   * orderings (the fewest comparisons).
   */
  @SuppressWarnings("ImmutableEnumChecker") // List.copyOf: unmodifiable (no Guava in the processor)
  final List<ModeChoice> modes;

  Operation(
      String prefix,
      OrderingParameter orderingParameter,
      Function<Ordering, AccessMode> table,
      Map<AccessMode, String> kernelHelpers) {
    this.prefix = prefix;
    this.orderingParameter = orderingParameter;
    this.modes = modes(orderingParameter, table, kernelHelpers);
  }

  /**
   * Groups the orderings the parameter admits by the mode {@code table} gives them, the groups with
   * fewer orderings first (ties in the order of {@link OrderingParameter#accepted}), so the last
   * group, the dispatch's default, saves the most comparisons.
   */
  private static List<ModeChoice> modes(
      OrderingParameter parameter,
      Function<Ordering, AccessMode> table,
      Map<AccessMode, String> kernelHelpers) {
    Map<AccessMode, List<String>> groups = new LinkedHashMap<>();
    for (String name : parameter.accepted) {
      groups.computeIfAbsent(table.apply(constant(name)), mode -> new ArrayList<>()).add(name);
    }
    List<ModeChoice> modes = new ArrayList<>();
    groups.forEach(
        (mode, orderings) -> {
          String helper = kernelHelpers.get(mode);
          if (helper == null) {
            throw new IllegalStateException("no kernel helper named for " + mode);
          }
          modes.add(new ModeChoice(mode.methodName(), helper, List.copyOf(orderings)));
        });
    modes.sort(Comparator.comparingInt(mode -> mode.orderings().size()));
    return List.copyOf(modes);
  }

  /** The {@code Ordering} constant of that name. */
  private static Ordering constant(String name) {
    return switch (name) {
      case "RELAXED" -> Ordering.RELAXED;
      case "ACQUIRE" -> Ordering.ACQUIRE;
      case "CONSUME" -> Ordering.CONSUME;
      case "RELEASE" -> Ordering.RELEASE;
      case "FULL" -> Ordering.FULL;
      default -> throw new IllegalArgumentException(name);
    };
  }

  /** Whether the operation exists for a field of the given kind. */
  boolean appliesTo(TypeKind fieldType) {
    return this != FETCH_ADD || fieldType == TypeKind.INT || fieldType == TypeKind.LONG;
  }
}
