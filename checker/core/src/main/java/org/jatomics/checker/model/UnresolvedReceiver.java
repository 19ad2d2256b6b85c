package org.jatomics.checker.model;

/**
 * A call a source-only front end could not classify because it could not resolve the receiver's
 * type, though the receiver may be {@code sun.misc.Unsafe} (contract section 9: what could not be
 * resolved is counted and listed, so that silence is never mistaken for a clean result). Not a
 * finding: reporters count and list these. A front end that resolves every type (Error Prone's)
 * emits none.
 *
 * @param method the called method's name ({@code getInt})
 * @param receiver the receiver expression as written ({@code UnsafeAccess.UNSAFE})
 * @param range the call from the method name to its closing parenthesis
 */
public record UnresolvedReceiver(String method, String receiver, SourceRange range) {}
