package org.jatomics.checker.model;

/**
 * One use of a loaded value (see {@link OrderedLoad#uses()}).
 *
 * @param kind what the use does
 * @param range the using expression ({@code n.next}, {@code n.size()}, {@code arr[i]})
 * @param name the field or method name for field reads and calls, else {@code null}; used in
 *     messages
 */
public record ValueUse(Kind kind, SourceRange range, String name) {

  /** What a use does with the value. */
  public enum Kind {
    /** Reads a non-final field of the loaded object: {@code n.next}. Needs dependency ordering. */
    NON_FINAL_FIELD_READ,
    /**
     * Reads a final field of the loaded object. Final-field semantics (JLS 17.5) order it: no
     * finding.
     */
    FINAL_FIELD_READ,
    /**
     * Calls a method on the loaded object whose type is not known to be immutable. Needs dependency
     * ordering.
     */
    METHOD_CALL,
    /**
     * Calls a method on a loaded object whose static type is known immutable: {@code String}, a
     * boxed primitive, an enum, a record, a type annotated {@code @Immutable} (any package). Use
     * {@link org.jatomics.checker.KnownApis#isKnownImmutable} for the JDK ones. No finding.
     */
    IMMUTABLE_METHOD_CALL,
    /** Reads an element of the loaded array: {@code a[i]}. Needs dependency ordering. */
    ARRAY_ELEMENT_READ,
    /** {@code a.length} of the loaded array: immutable, no finding. */
    ARRAY_LENGTH,
    /**
     * Uses the loaded {@code MemorySegment} as the segment of a memory access ({@code
     * seg.get(...)}, {@code seg.set(...)}, {@code RawAtomics.*(seg, ...)}, a var handle access
     * whose first coordinate is it). Needs dependency ordering.
     */
    SEGMENT_OF_MEMORY_ACCESS,
    /** Uses the loaded integer as an array index: {@code arr[v]}. */
    ARRAY_INDEX;

    /** Whether this use dereferences the loaded reference so that it needs dependency ordering. */
    public boolean dereferences() {
      return this == NON_FINAL_FIELD_READ
          || this == METHOD_CALL
          || this == ARRAY_ELEMENT_READ
          || this == SEGMENT_OF_MEMORY_ACCESS;
    }
  }
}
