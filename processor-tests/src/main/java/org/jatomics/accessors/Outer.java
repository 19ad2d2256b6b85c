package org.jatomics.accessors;

import org.jatomics.annotations.Atomic;
import org.jatomics.annotations.Consume;

/** Nested, inner and interface-nested classes: accessors named {@code Outer_InnerAtomics}. */
final class Outer<T> {
  /** A static nested class: {@code Outer_NestedAtomics}. */
  static final class Nested {
    @Atomic private long count;
  }

  /** An inner class of a generic class: accessors take {@code Outer<T>.Inner<U>}. */
  final class Inner<U> {
    @Atomic U mine;
    @Atomic @Consume T outers;
  }

  /** A class nested in an interface nested in a class: {@code Outer_Holder_ImplAtomics}. */
  interface Holder {
    /** Implicitly static and public. */
    final class Impl {
      @Atomic int x;
    }
  }
}
