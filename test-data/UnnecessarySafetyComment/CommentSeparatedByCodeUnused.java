package corpus.unnecessarysafetycomment;

import static java.lang.foreign.ValueLayout.JAVA_CHAR;
import static org.jatomics.Ordering.RELAXED;

import java.lang.foreign.MemorySegment;
import org.jatomics.raw.RawAtomics;

/** A SAFETY comment that drifted away from its operation. */
class CommentSeparatedByCodeUnused {
  char read(MemorySegment s) {
    // BUG: Diagnostic contains: UnnecessarySafetyComment
    // SAFETY: s is written only atomically.
    int offset = 2;
    // BUG: Diagnostic contains: MissingSafetyComment
    return RawAtomics.atomicLoad(s, JAVA_CHAR, offset, RELAXED);
  }
}
