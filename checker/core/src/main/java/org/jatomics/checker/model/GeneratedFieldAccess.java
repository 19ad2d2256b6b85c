package org.jatomics.checker.model;

/**
 * A plain access of an {@code @Atomic} field declared in this unit by code that another annotation
 * processor generated into the user's class, which the user cannot edit: Lombok's {@code
 * toString()}, {@code equals}/{@code hashCode}, getters and setters. NonAtomicAccess reports these
 * once per field, on the field's {@code @Atomic} annotation, naming the annotations the code was
 * generated from and the way out (contract section 5, "Other processors").
 *
 * <p>The Error Prone front end sees the generated members (Lombok gives each the position of the
 * annotation it came from, and marks it {@code @lombok.Generated}); the reviewer sees only the
 * source and derives the same facts from the annotations.
 *
 * @param field the field
 * @param atomicAnnotation the field's {@code @Atomic} annotation as written: findings are reported
 *     here
 * @param generator the qualified name of the annotation the code was generated from, on the class
 *     or on the field: {@code lombok.ToString}, {@code lombok.Data}, {@code lombok.Getter}
 * @param member what the generated code is
 */
public record GeneratedFieldAccess(
    FieldRef field, SourceRange atomicAnnotation, String generator, Member member) {

  /** The kind of generated member that accesses the field. */
  public enum Member {
    /** {@code toString()}: reads the field (when it has no getter). */
    TO_STRING,
    /** {@code equals}, {@code hashCode}: read the field (when it has no getter). */
    EQUALS_AND_HASH_CODE,
    /** The field's getter: reads it. */
    GETTER,
    /** The field's setter: writes it. */
    SETTER,
    /** Any other generated code ({@code withX}, {@code toBuilder}...). */
    OTHER
  }
}
