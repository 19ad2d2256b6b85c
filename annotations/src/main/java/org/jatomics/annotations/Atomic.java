package org.jatomics.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a shared field: outside its object's construction, it is accessed only through atomic
 * operations.
 *
 * <p>The jatomics processor generates, for a class {@code p.Queue} with {@code @Atomic} fields, a
 * class {@code p.QueueAtomics} with typed accessors {@code loadX}, {@code storeX}, {@code xchgX},
 * {@code cmpxchgX} and (for {@code int} and {@code long}) {@code fetchAddX}, each taking an {@link
 * org.jatomics.Ordering}. The jatomics checker reports any plain read, write or compound update of
 * the field ({@code NonAtomicAccess}), except inside the declaring class's constructors and
 * initializers through {@code this} (and, for a static field, its static initializer).
 *
 * <p>Allowed on instance and static fields of any type (the eight primitives, any reference type,
 * arrays, {@code MemorySegment}), in classes, enums and nested classes, with any access modifier,
 * including {@code private}. The referent need not be thread-safe itself: atomicity is a property
 * of the field, not of the object it points to. Not allowed on {@code final} fields (they cannot be
 * written atomically) nor on interface fields (they are implicitly final); the processor reports
 * both as compile errors.
 *
 * <p>Retained in class files, so the checker sees it across compilation units. Meta-annotated with
 * a {@code Keep} annotation, so Error Prone's {@code UnusedVariable} does not report a private
 * {@code @Atomic} field that only its generated accessors use.
 */
@Documented
@Keep
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface Atomic {}
