package org.jatomics.checker.model;

/**
 * A {@code @SafetyContract} annotation written in this compilation unit.
 *
 * @param target what the annotation is on
 * @param name the method's or field's name; for a constructor, its class's simple name
 * @param text the annotation's value if it is a compile-time constant, else {@code null} (not
 *     checked)
 * @param range the annotation; findings are reported here
 */
public record SafetyContractDeclaration(
    Target target, String name, String text, SourceRange range) {

  /** The kinds of declaration a {@code @SafetyContract} may be on. */
  public enum Target {
    /** A method. */
    METHOD,
    /** A constructor. */
    CONSTRUCTOR,
    /** A field. */
    FIELD
  }
}
