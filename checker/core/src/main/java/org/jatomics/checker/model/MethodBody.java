package org.jatomics.checker.model;

/**
 * The body of a method or constructor of the unit (not of a lambda or initializer): what the
 * thin-wrapper rule of contract section 7 needs. A wrapper whose body is one statement passes its
 * {@code @SafetyContract} on to its callers, and the statement needs no {@code // SAFETY:} comment;
 * for such a wrapper without a contract, the MissingSafetyComment fix adds one to the method.
 *
 * <p>The rules find the body's statements among the {@link StatementRegion} facts (the outermost
 * ones inside {@link #body()}), so a front end must not emit statements the compiler made up
 * (javac's implicit {@code super();}).
 *
 * @param name the method's name, or the class's simple name for a constructor
 * @param constructor whether it is a constructor
 * @param body the body block, braces included
 * @param safetyContract the method's own {@code @SafetyContract} text ({@code ""} when not
 *     constant), or null when it has none
 * @param declarationStart where the declaration starts (its first annotation or modifier, or its
 *     type parameters, return type or name); the fix inserts {@code @SafetyContract} here
 */
public record MethodBody(
    String name,
    boolean constructor,
    SourceRange body,
    String safetyContract,
    int declarationStart) {}
