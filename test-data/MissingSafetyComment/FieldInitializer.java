package corpus.missingsafetycomment;

import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.MemorySegment;

/** Unsafe operations in field initializers: the comment goes above the field or between its annotations. */
class FieldInitializer {
  // SAFETY: address 0 reinterpreted to size 0 is never dereferenced; it is a sentinel.
  static final MemorySegment SENTINEL = MemorySegment.NULL.reinterpret(0);

  @Deprecated
  // SAFETY: the sentinel is never dereferenced.
  static final MemorySegment OLD_SENTINEL = MemorySegment.NULL.reinterpret(0);

  // BUG: Diagnostic contains: MissingSafetyComment
  static final MemorySegment WIDE = MemorySegment.NULL.reinterpret(JAVA_INT.byteSize());
}
