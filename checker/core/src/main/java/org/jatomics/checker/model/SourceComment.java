package org.jatomics.checker.model;

/**
 * A comment of the compilation unit, exactly as written.
 *
 * <p>Front ends emit every comment of the unit (in any order: {@link UnitFacts} sorts them), with
 * its markers: {@code "// SAFETY: ..."}, {@code "/* ... *}{@code /"}, {@code "/** ... *}{@code /"}.
 *
 * @param style line, block or doc comment
 * @param range the comment from its first {@code /} to its end (a line comment ends before the line
 *     terminator)
 * @param text the comment's source text, markers included
 */
public record SourceComment(Style style, SourceRange range, String text) {

  /** The comment styles. */
  public enum Style {
    /** {@code // ...}. */
    LINE,
    /** A block comment that is not a doc comment. */
    BLOCK,
    /** A Javadoc comment {@code /** ... *}{@code /}: documentation, never a SAFETY comment. */
    JAVADOC
  }
}
