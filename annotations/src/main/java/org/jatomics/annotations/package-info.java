/**
 * The annotations users write: {@link org.jatomics.annotations.Atomic} and {@link
 * org.jatomics.annotations.Consume} on shared fields, {@link
 * org.jatomics.annotations.SafetyContract} on unsafe methods, constructors and fields.
 */
package org.jatomics.annotations;
