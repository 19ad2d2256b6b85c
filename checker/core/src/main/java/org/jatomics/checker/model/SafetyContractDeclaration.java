package org.jatomics.checker.model;

/**
 * A {@code @SafetyContract} annotation written in this compilation unit.
 *
 * @param element how messages name the annotated element: {@code "method `read`"}, {@code
 *     "constructor of `Buffer`"}, {@code "field `base`"}
 * @param text the annotation's value if it is a compile-time constant, else {@code null} (not
 *     checked)
 * @param range the annotation; findings are reported here
 */
public record SafetyContractDeclaration(String element, String text, SourceRange range) {}
