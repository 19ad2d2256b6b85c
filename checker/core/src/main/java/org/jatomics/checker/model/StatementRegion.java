package org.jatomics.checker.model;

/**
 * A statement, or a field or enum-constant declaration, as the SAFETY-comment rules see it.
 *
 * <p>Front ends emit every statement inside method, constructor, initializer and lambda bodies, and
 * every field and enum-constant declaration, parents before children (so that a statement's {@link
 * #parent()} already has an id). The parent chain crosses lambda bodies (a comment above {@code
 * list.forEach(x -> { ... })} is above every statement of the lambda) but stops at method,
 * constructor and initializer bodies and at class bodies (anonymous and local classes included).
 *
 * @param id this statement's index in {@link UnitFacts#statements()}
 * @param kind what kind of statement
 * @param range the whole statement, including the annotations and modifiers of a declaration (but
 *     not a Javadoc comment before it), and the label of a labeled statement's body is not part of
 *     the body
 * @param header for compound statements, the part a comment above it covers: the condition of
 *     {@code if}/{@code while}/{@code do}, the parenthesized header of {@code for} and enhanced
 *     {@code for}, the selector of {@code switch}, the lock of {@code synchronized}, the resource
 *     specification of {@code try} (or {@code null} without resources); {@code null} for the others
 * @param modifiers for local variable, field and enum-constant declarations with annotations or
 *     modifiers: from the first annotation or modifier up to the start of the type (or of the name
 *     where there is none), so that a comment between the annotations counts; else {@code null}
 * @param parent the id of the enclosing statement, or {@link #NONE}
 */
public record StatementRegion(
    int id, Kind kind, SourceRange range, SourceRange header, SourceRange modifiers, int parent) {

  /** The id meaning "no statement". */
  public static final int NONE = -1;

  /** The kinds of statements. */
  public enum Kind {
    /**
     * Expression statements, local variable and local class declarations, {@code return}, {@code
     * throw}, {@code yield}, {@code assert}, {@code break}, {@code continue}, explicit constructor
     * calls, empty statements: a comment above covers all of it, including lambdas.
     */
    SIMPLE,
    /** A field or enum-constant declaration: like {@link #SIMPLE}. */
    DECLARATION,
    /** {@code if}: a comment above covers the condition only. */
    IF,
    /** {@code for} (classic): covers the initializer, condition and update. */
    FOR,
    /** Enhanced {@code for}: covers the variable and the iterated expression. */
    FOREACH,
    /** {@code while}: covers the condition. */
    WHILE,
    /** {@code do ... while}: covers the condition. */
    DO,
    /** {@code switch} statement: covers the selector. */
    SWITCH,
    /** {@code try}: covers the resources. */
    TRY,
    /** {@code synchronized}: covers the lock expression. */
    SYNCHRONIZED,
    /** A labeled statement: covers nothing itself. */
    LABELED,
    /** A block {@code { ... }}: covers nothing itself. */
    BLOCK;

    /** Whether a comment above a statement of this kind covers the whole statement. */
    public boolean coversWhole() {
      return this == SIMPLE || this == DECLARATION;
    }

    /**
     * Whether this is a compound statement with a header ({@code if}, {@code for}, {@code while},
     * {@code do}, {@code switch}, {@code try}, {@code synchronized}) that a comment above covers.
     */
    public boolean hasHeader() {
      return !coversWhole() && this != LABELED && this != BLOCK;
    }

    /** The keyword users see for compound statements, e.g. {@code "if"}. */
    public String keyword() {
      return switch (this) {
        case FOREACH -> "for";
        case SIMPLE, DECLARATION, LABELED, BLOCK -> "statement";
        default -> name().toLowerCase(java.util.Locale.ROOT);
      };
    }
  }
}
