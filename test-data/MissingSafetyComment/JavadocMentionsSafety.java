package corpus.missingsafetycomment;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static org.jatomics.Ordering.ACQUIRE;

import java.lang.foreign.MemorySegment;
import org.jatomics.raw.RawAtomics;

/**
 * Doc comments are documentation, never SAFETY comments. For example:
 *
 * <pre>{@code
 * // SAFETY: the producer stores atomically.
 * int v = RawAtomics.atomicLoad(s, JAVA_INT, 0, ACQUIRE);
 * }</pre>
 */
class JavadocMentionsSafety {
  /**
   * Reads the slot.
   *
   * <pre>{@code
   * // SAFETY: the producer stores atomically.
   * }</pre>
   */
  int read(MemorySegment s) {
    /** SAFETY: a doc comment in a method body is still not a SAFETY comment. */
    // BUG: Diagnostic contains: MissingSafetyComment
    return RawAtomics.atomicLoad(s, JAVA_INT, 0, ACQUIRE);
  }
}
