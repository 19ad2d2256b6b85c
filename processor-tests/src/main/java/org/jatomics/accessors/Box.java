package org.jatomics.accessors;

import org.jatomics.annotations.Atomic;

/** A generic class: accessors of {@code value} are generic methods returning {@code T}. */
final class Box<T extends CharSequence> {
  @Atomic private T value;

  Box(T value) {
    this.value = value;
  }
}
