package org.jatomics.checker.model;

/**
 * A method of this compilation unit that overrides (or implements) a method annotated
 * {@code @SafetyContract}. Front ends emit one per such method, with or without its own contract.
 *
 * @param method the overriding method's name
 * @param overriddenOwner the qualified name of the class or interface declaring the overridden
 *     method with the contract
 * @param inheritedContract the overridden method's contract text
 * @param restates whether the overriding method carries its own {@code @SafetyContract}
 * @param range the overriding method's name; findings are reported here
 * @param methodStart where the overriding method's declaration starts (its first annotation or
 *     modifier, or its return type); a fix inserts the annotation here
 */
public record ContractOverride(
    String method,
    String overriddenOwner,
    String inheritedContract,
    boolean restates,
    SourceRange range,
    int methodStart) {}
