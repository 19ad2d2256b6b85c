package org.jatomics.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The Java form of a Rust {@code # Safety} section: what a caller must guarantee for a use of the
 * annotated method, constructor or field to be sound.
 *
 * <p>Calling such a method or constructor, or writing such a field outside a constructor, is an
 * <em>unsafe operation</em>: the jatomics checker asks for a {@code // SAFETY:} comment at the call
 * that says why the contract holds there ({@code MissingSafetyComment}). A blank contract, or an
 * override of a {@code @SafetyContract} method that does not restate one, is reported too ({@code
 * MissingSafetyContract}). A method declares its contract (as {@code RawAtomics.atomicLoad} of
 * {@code jatomics-raw} does), and each call says why it holds:
 *
 * <pre>{@code
 * @SafetyContract("any concurrent store to these bytes, from Java or native code, is atomic")
 * static int atomicLoad(MemorySegment segment, ValueLayout.OfInt layout, long offset,
 *                       Ordering.AcquireOrRelaxed o) { ... }
 *
 * int tail(MemorySegment ring) {
 *   // SAFETY: the C producer writes `tail` only with atomic_store_explicit.
 *   return atomicLoad(ring, JAVA_INT, TAIL, ACQUIRE);
 * }
 * }</pre>
 *
 * <p>Retained in class files, so the checker sees it across compilation units.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.FIELD})
public @interface SafetyContract {
  /** What a caller must guarantee, as one or more sentences. Must not be blank. */
  String value();
}
