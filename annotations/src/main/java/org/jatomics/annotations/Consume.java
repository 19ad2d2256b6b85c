package org.jatomics.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an {@link Atomic} field whose loaded value readers use to reach other memory: dereferencing
 * it as a pointer, or using it as an array index. Such loads need dependency ordering, so the
 * checker ({@code RelaxedDependentLoad}) reports every {@code RELAXED} load of the field; load it
 * with {@link org.jatomics.Ordering#CONSUME CONSUME} or {@link org.jatomics.Ordering#ACQUIRE
 * ACQUIRE}.
 *
 * <p>Only valid together with {@code @Atomic}; the processor reports {@code @Consume} alone as a
 * compile error. Retained in class files, so the checker sees it across compilation units.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface Consume {}
