package corpus.missingsafetycomment;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static org.jatomics.Ordering.RELAXED;

import java.lang.foreign.MemorySegment;
import org.jatomics.raw.RawAtomics;

/** A SAFETY comment belongs to the statement right below it, not to one further down. */
class CommentSeparatedByCode {
  int read(MemorySegment flags) {
    // BUG: Diagnostic contains: UnnecessarySafetyComment
    // SAFETY: flags is written only atomically.
    int mask = 0xff;
    // BUG: Diagnostic contains: MissingSafetyComment
    return RawAtomics.atomicLoad(flags, JAVA_INT, 0, RELAXED) & mask;
  }
}
