package org.jatomics.checker.model;

import java.util.Set;

/**
 * A {@code @SuppressWarnings} on a declaration (class, method, constructor, field, local variable,
 * parameter): findings of the named checks inside the declaration's range are dropped.
 *
 * @param range the annotated declaration, annotations included
 * @param names the strings of the annotation ({@code "NonAtomicAccess"}, ...)
 */
public record Suppression(SourceRange range, Set<String> names) {

  /** Copies the names. */
  public Suppression {
    names = Set.copyOf(names);
  }
}
