package org.jatomics.accessors;

import java.util.function.BiFunction;
import java.util.function.Function;
import org.jatomics.Ordering;

/**
 * One field seen through its generated accessors, so one table-driven test runs over every field
 * type (the kernel's {@code for_each_type!}): each row binds the typed accessors of one field.
 *
 * @param <V> the field's type, boxed for primitives
 */
record Cell<V>(
    Function<Ordering.AcquireOrRelaxed, V> load,
    Store<V> store,
    BiFunction<V, Ordering, V> xchg,
    Cmpxchg<V> cmpxchg,
    BiFunction<V, Ordering, V> fetchAdd) {

  /** A generated {@code storeX} bound to its object. */
  interface Store<V> {
    void store(V value, Ordering.ReleaseOrRelaxed o);
  }

  /** A generated {@code cmpxchgX} bound to its object. */
  interface Cmpxchg<V> {
    V cmpxchg(V expected, V value, Ordering o);
  }

  /** A cell without {@code fetchAdd}. */
  Cell(
      Function<Ordering.AcquireOrRelaxed, V> load,
      Store<V> store,
      BiFunction<V, Ordering, V> xchg,
      Cmpxchg<V> cmpxchg) {
    this(load, store, xchg, cmpxchg, null);
  }
}
