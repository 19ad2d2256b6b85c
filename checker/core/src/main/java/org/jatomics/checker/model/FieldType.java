package org.jatomics.checker.model;

/**
 * A field's type as the rules need it: its kind, and its source spelling for generated code in
 * suggested fixes.
 *
 * @param kind the primitive kind, or {@link Kind#REFERENCE} for classes, interfaces, arrays and
 *     type variables
 * @param text how to write the type in source at the access site ({@code "long"}, {@code
 *     "Node<T>"}, {@code "java.lang.foreign.MemorySegment"}); used in casts of fixes
 */
public record FieldType(Kind kind, String text) {

  /** The kinds of field types. */
  public enum Kind {
    /** {@code boolean}. */
    BOOLEAN,
    /** {@code byte}. */
    BYTE,
    /** {@code short}. */
    SHORT,
    /** {@code char}. */
    CHAR,
    /** {@code int}. */
    INT,
    /** {@code long}. */
    LONG,
    /** {@code float}. */
    FLOAT,
    /** {@code double}. */
    DOUBLE,
    /** Any reference type: classes, interfaces, arrays, type variables. */
    REFERENCE;

    /**
     * Whether the generated accessors offer {@code fetchAddX} (contract section 5: int and long).
     */
    public boolean hasFetchAdd() {
      return this == INT || this == LONG;
    }

    /** Whether a plain access may tear on the JVM (JLS 17.7: non-volatile long and double). */
    public boolean mayTear() {
      return this == LONG || this == DOUBLE;
    }
  }
}
