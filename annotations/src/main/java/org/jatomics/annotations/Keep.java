package org.jatomics.annotations;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Tells tools that a field carrying an annotation marked with this one is used even when no code
 * reads it by name: an {@link Atomic} field is read and written through the {@code VarHandle} of
 * its generated accessors. Error Prone's {@code UnusedVariable} (and other tools that follow the
 * {@code Keep} convention) recognise it by its simple name, so jatomics needs no dependency for it.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.ANNOTATION_TYPE)
@interface Keep {}
