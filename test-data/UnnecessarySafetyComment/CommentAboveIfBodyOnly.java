package corpus.unnecessarysafetycomment;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static org.jatomics.Ordering.ACQUIRE;

import java.lang.foreign.MemorySegment;
import org.jatomics.raw.RawAtomics;

/** Above an if, a SAFETY comment covers the condition; here the condition has no unsafe operation. */
class CommentAboveIfBodyOnly {
  int read(MemorySegment s, boolean enabled) {
    // BUG: Diagnostic contains: UnnecessarySafetyComment
    // SAFETY: s is written only atomically.
    if (enabled) {
      // BUG: Diagnostic contains: MissingSafetyComment
      return RawAtomics.atomicLoad(s, JAVA_INT, 0, ACQUIRE);
    }
    return 0;
  }
}
