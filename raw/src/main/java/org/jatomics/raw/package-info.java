/**
 * Atomic operations on raw memory ({@link java.lang.foreign.MemorySegment}), for Java code that
 * synchronizes with native code: {@link org.jatomics.raw.RawAtomics}.
 */
package org.jatomics.raw;
