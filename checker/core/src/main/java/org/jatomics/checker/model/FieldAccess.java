package org.jatomics.checker.model;

/**
 * A plain (non-atomic) access of a field in source: {@code q.head}, {@code this.head}, {@code
 * head}, {@code Queue.count}, as a read, a write or a compound update.
 *
 * <p>Front ends emit one for every access of a field that is {@code @Atomic}, has a
 * {@code @SafetyContract}, or is named by a {@link ReflectiveFieldCall} of the same unit (they may
 * emit more; the rules ignore accesses they have no interest in). A field named in a compound
 * update such as {@code x += 1} is one {@link Kind#COMPOUND} access, not a read plus a write.
 *
 * @param field the accessed field
 * @param kind read, write or compound update
 * @param receiver how the object is named
 * @param receiverText the source text of the object for use in fixes: the receiver expression
 *     ({@code "q"}, {@code "nodes[i]"}), {@code "this"} for {@link Receiver#IMPLICIT_THIS}, or
 *     {@code null} for static fields
 * @param range the field access expression itself ({@code q.head} or {@code head}); findings are
 *     reported here
 * @param site where the access is
 * @param update for writes and compound updates, the assignment or unary expression around the
 *     access; {@code null} for reads
 */
public record FieldAccess(
    FieldRef field,
    Kind kind,
    Receiver receiver,
    String receiverText,
    SourceRange range,
    Site site,
    Update update) {

  /** The kind of access. */
  public enum Kind {
    /** The field's value is read. */
    READ,
    /** The field is the left-hand side of a simple assignment {@code =}. */
    WRITE,
    /** {@code x++}, {@code x--}, {@code ++x}, {@code --x} or {@code x op= v}. */
    COMPOUND
  }

  /** How the accessed object is named. */
  public enum Receiver {
    /** A bare instance field name: {@code head}. */
    IMPLICIT_THIS,
    /** {@code this.head}. */
    THIS,
    /** {@code Outer.this.head}: an enclosing instance, not the object under construction. */
    QUALIFIED_THIS,
    /** Any other expression: {@code q.head}, {@code nodes[i].next}. */
    OTHER,
    /** A static field, however it is qualified. */
    STATIC
  }

  /**
   * The expression that writes the field, for writes and compound updates.
   *
   * @param range the whole assignment or unary expression ({@code q.head = n}, {@code count++})
   * @param operator the operator as written: {@code "="}, {@code "+="}, {@code "++"}, {@code "--"},
   *     ...
   * @param prefix for {@code ++}/{@code --}: whether it is the prefix form
   * @param valueText the source text of the right-hand side, {@code null} for {@code ++}/{@code --}
   * @param valueUsed whether the expression's value is used (false when it is an expression
   *     statement, or the update or initializer of a {@code for}); fixes that change the value are
   *     only offered when it is unused
   */
  public record Update(
      SourceRange range, String operator, boolean prefix, String valueText, boolean valueUsed) {}
}
