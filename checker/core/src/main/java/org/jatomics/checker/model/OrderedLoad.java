package org.jatomics.checker.model;

import java.util.List;

/**
 * An accessor load (contract section 7): a generated {@code loadX(obj, ordering)}, a {@code
 * RawAtomics.atomicLoad(segment, layout, offset, ordering)}, or a {@code VarHandle} {@code
 * get}/{@code getOpaque}/{@code getAcquire}/{@code getVolatile} call, with what the code does with
 * the loaded value.
 *
 * @param api which API performs the load
 * @param ordering the ordering, when it is a constant the front end recognises
 * @param field the loaded field when known ({@code loadX} always knows it; a {@code VarHandle} when
 *     the front end can trace it to a {@code findVarHandle} of a known field), else {@code null}
 * @param reference whether the loaded value is a reference (an object, array or {@code
 *     MemorySegment}), as opposed to a primitive
 * @param range the load call, from the method name to the closing parenthesis (for {@code
 *     QueueAtomics.loadHead(q, RELAXED)} it starts at {@code loadHead}); findings are reported here
 * @param orderingRange what a fix to {@code ACQUIRE} replaces: the ordering argument for {@link
 *     Api#ACCESSOR} and {@link Api#RAW}, the method name ({@code getOpaque}) for {@link
 *     Api#VAR_HANDLE}
 * @param uses what is done with the loaded value, directly ({@code load(...).next}) or through a
 *     local variable initialized with it and never reassigned ({@code Node n = load(...); n.next})
 * @param site where the load is
 */
public record OrderedLoad(
    Api api,
    LoadOrdering ordering,
    FieldRef field,
    boolean reference,
    SourceRange range,
    SourceRange orderingRange,
    List<ValueUse> uses,
    Site site) {

  /** Copies the uses. */
  public OrderedLoad {
    uses = List.copyOf(uses);
  }

  /** The API a load goes through. */
  public enum Api {
    /** A generated {@code XAtomics.loadF(...)}. */
    ACCESSOR,
    /** {@code org.jatomics.raw.RawAtomics.atomicLoad(...)}. */
    RAW,
    /**
     * {@code java.lang.invoke.VarHandle} {@code get}, {@code getOpaque}, {@code getAcquire}, {@code
     * getVolatile}.
     */
    VAR_HANDLE
  }

  /** The ordering of a load. */
  public enum LoadOrdering {
    /** {@code Ordering.RELAXED}. */
    RELAXED,
    /** {@code Ordering.ACQUIRE}. */
    ACQUIRE,
    /** {@code Ordering.CONSUME}. */
    CONSUME,
    /** {@code VarHandle.get}: a plain load. */
    PLAIN,
    /** {@code VarHandle.getOpaque}. */
    OPAQUE,
    /** {@code VarHandle.getAcquire}. */
    VAR_HANDLE_ACQUIRE,
    /** {@code VarHandle.getVolatile}. */
    VOLATILE,
    /** Not a constant the front end recognises (a variable, a method result). */
    UNKNOWN;

    /** Whether this load gives no ordering: {@code RELAXED}, opaque or plain. */
    public boolean isRelaxed() {
      return this == RELAXED || this == PLAIN || this == OPAQUE;
    }
  }
}
