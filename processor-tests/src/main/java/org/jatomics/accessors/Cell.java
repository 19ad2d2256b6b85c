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

  /** A generated {@code loadX} of an instance field. */
  interface Load<H, V> {
    V load(H obj, Ordering.AcquireOrRelaxed o);
  }

  /** A generated {@code storeX} of an instance field. */
  interface StoreTo<H, V> {
    void store(H obj, V value, Ordering.ReleaseOrRelaxed o);
  }

  /** A generated {@code xchgX} or {@code fetchAddX} of an instance field. */
  interface Rmw<H, V> {
    V apply(H obj, V value, Ordering o);
  }

  /** A generated {@code cmpxchgX} of an instance field. */
  interface CmpxchgOf<H, V> {
    V cmpxchg(H obj, V expected, V value, Ordering o);
  }

  /** The accessors of an instance field of {@code obj}, without {@code fetchAdd}. */
  static <H, V> Cell<V> of(
      H obj, Load<H, V> load, StoreTo<H, V> store, Rmw<H, V> xchg, CmpxchgOf<H, V> cmpxchg) {
    return new Cell<>(
        o -> load.load(obj, o),
        (v, o) -> store.store(obj, v, o),
        (v, o) -> xchg.apply(obj, v, o),
        (e, v, o) -> cmpxchg.cmpxchg(obj, e, v, o));
  }

  /** The accessors of an instance {@code int} or {@code long} field of {@code obj}. */
  static <H, V> Cell<V> of(
      H obj,
      Load<H, V> load,
      StoreTo<H, V> store,
      Rmw<H, V> xchg,
      CmpxchgOf<H, V> cmpxchg,
      Rmw<H, V> fetchAdd) {
    Cell<V> cell = of(obj, load, store, xchg, cmpxchg);
    return new Cell<>(
        cell.load(),
        cell.store(),
        cell.xchg(),
        cell.cmpxchg(),
        (v, o) -> fetchAdd.apply(obj, v, o));
  }
}
