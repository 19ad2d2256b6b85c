package corpus.missingsafetycomment;

import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static org.jatomics.Ordering.RELAXED;

import java.lang.foreign.MemorySegment;
import org.jatomics.raw.RawAtomics;

/** A block comment counts when it starts its line; one trailing earlier code does not. */
class BlockCommentPlacement {
  double read(MemorySegment s) {
    /*
     * SAFETY: the gauge is written only with RawAtomics.atomicStore.
     */
    return RawAtomics.atomicLoad(s, JAVA_DOUBLE, 0, RELAXED);
  }

  double readAfterCode(MemorySegment s) {
    // BUG: Diagnostic contains: UnnecessarySafetyComment
    double base = 1.0; /* SAFETY: this block comment trails the previous statement. */
    // BUG: Diagnostic contains: MissingSafetyComment
    return base * RawAtomics.atomicLoad(s, JAVA_DOUBLE, 0, RELAXED);
  }
}
