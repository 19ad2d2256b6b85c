package org.jatomics.checker.model;

/**
 * An unsafe operation (contract section 7, MissingSafetyComment): a call that needs a {@code //
 * SAFETY:} comment.
 *
 * <p>Front ends decide which calls are unsafe with {@link
 * org.jatomics.checker.KnownApis#unsafeCall} (which knows the JDK's restricted methods, {@code
 * sun.misc.Unsafe} and the configured methods) and emit one of these for each. Writes of
 * {@code @SafetyContract} fields are not emitted here: the rules derive them from {@link
 * FieldAccess} facts (a field with {@link FieldRef#safetyContract()}).
 *
 * @param kind why the operation is unsafe
 * @param operation how messages name it: {@code "RawAtomics.atomicLoad"}, {@code
 *     "MemorySegment.reinterpret"}, {@code "new NativeBuffer"}
 * @param contract what the caller must guarantee: the {@code @SafetyContract} text, or for JDK and
 *     configured methods the text {@link org.jatomics.checker.KnownApis#unsafeCall} returned
 * @param range the call from the method name to its closing parenthesis (for a chained {@code
 *     a.b().reinterpret(8)} it starts at {@code reinterpret}; for {@code new T(...)} at {@code
 *     new}); findings are reported here
 * @param site where the call is; {@link Site#statement()} must be set for the SAFETY-comment rules
 */
public record UnsafeOperation(
    Kind kind, String operation, String contract, SourceRange range, Site site) {

  /** Why an operation is unsafe. */
  public enum Kind {
    /** A call of a method or constructor annotated {@code @SafetyContract}. */
    SAFETY_CONTRACT,
    /** A write of a field annotated {@code @SafetyContract} outside construction. */
    SAFETY_CONTRACT_FIELD_WRITE,
    /**
     * A restricted method of the JDK ({@code MemorySegment.reinterpret}, {@code System.load}, ...).
     */
    RESTRICTED_METHOD,
    /**
     * A memory or field-offset accessor of {@code sun.misc.Unsafe} or {@code
     * jdk.internal.misc.Unsafe}.
     */
    UNSAFE_MEMORY_ACCESS,
    /** A method named in the {@code Jatomics:UnsafeMethods} option. */
    CONFIGURED
  }
}
