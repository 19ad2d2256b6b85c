package org.jatomics.checker.model;

/**
 * One thing a body does with a reference that may still point to an object no other thread can see
 * (contract section 7, "Unpublished objects"): a local variable, or {@code this} in a constructor,
 * an instance initializer block, or a {@code readObject}/{@code readObjectNoData} method. The rules
 * decide from these, in source order, whether the object of a {@link FieldAccess} is still
 * unpublished at the access.
 *
 * <p>A front end emits, for one body (the block of a method, constructor, initializer or lambda):
 *
 * <ul>
 *   <li>for {@code this} in a constructor, an instance initializer block, or a private {@code
 *       readObject(ObjectInputStream)} / {@code readObjectNoData()}: an {@link Kind#UNPUBLISHED}
 *       event at the start of the body, an {@link Kind#OBJECT_OF} event for every access of a field
 *       through {@code this} (explicit or implicit, {@code super.f} included) in the body itself,
 *       and an {@link Kind#ESCAPE} for every {@code this} or {@code super} that is not the receiver
 *       of a field access or a method call nor an operand of {@code ==}/{@code !=}, for every
 *       lambda whose body uses {@code this} (explicitly, or through an instance field or an
 *       unqualified call of an instance method), for every anonymous class created and every local
 *       class declared in the body;
 *   <li>for a local variable declared in the body (not a parameter, pattern, catch or for-each
 *       variable): an {@link Kind#UNPUBLISHED} event for each assignment (initializer included) of
 *       an object made by {@code new} (a class instance, not an array), of {@code null}, or of
 *       {@code super.clone()} inside a {@code clone()} method (casts and parentheses around these
 *       are looked through), an {@link Kind#ASSIGNED} event for every other assignment, an {@link
 *       Kind#OBJECT_OF} event for every field access whose receiver is the variable itself ({@code
 *       n.next}), and an {@link Kind#ESCAPE} for every other use of the variable, except as the
 *       receiver of a method call ({@code n.init()}), as an operand of {@code ==}/{@code !=} or
 *       {@code instanceof}, or as the lock of {@code synchronized}. A use inside a lambda or a
 *       local or anonymous class (a capture) is an escape, wherever it is;
 *   <li>for a field access whose receiver is a class instance creation itself ({@code new
 *       Node().next}, casts and parentheses looked through), wherever it is: an {@link
 *       Kind#UNPUBLISHED} event with an empty range at the access's start and an {@link
 *       Kind#OBJECT_OF} event, under a reference of their own named by the access's start offset.
 * </ul>
 *
 * <p>Front ends may leave out the events of a variable that never gets an unpublished object.
 *
 * @param variable which reference: for a local, the offset of its declared name; for {@code this},
 *     the offset where the body starts ({@code this} of each body is tracked on its own)
 * @param kind what happens
 * @param range where: for {@link Kind#OBJECT_OF}, exactly the {@link FieldAccess#range()} of the
 *     access; for assignments, the declarator or assignment expression (the assignment takes effect
 *     at its end); for {@link Kind#UNPUBLISHED} of {@code this}, an empty range at the body's
 *     start; for {@link Kind#ESCAPE}, the escaping expression
 */
public record ReferenceEvent(int variable, Kind kind, SourceRange range) {

  /** What happens to the reference. */
  public enum Kind {
    /** It gets an object no other thread can see yet. */
    UNPUBLISHED,
    /** It gets any other value. */
    ASSIGNED,
    /** Its object may become visible to other code from here on. */
    ESCAPE,
    /** It is the object of the {@link FieldAccess} whose range is {@link #range()}. */
    OBJECT_OF
  }
}
