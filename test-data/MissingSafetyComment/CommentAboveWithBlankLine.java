package corpus.missingsafetycomment;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static org.jatomics.Ordering.FULL;

import java.lang.foreign.MemorySegment;
import org.jatomics.raw.RawAtomics;

/** Blank lines between the SAFETY comment and its statement are allowed. */
class CommentAboveWithBlankLine {
  int next(MemorySegment sequence) {
    // SAFETY: sequence is shared only with code that updates it through RawAtomics.

    return RawAtomics.fetchAdd(sequence, JAVA_INT, 0, 1, FULL);
  }

  int nextBlock(MemorySegment sequence) {
    /* SAFETY: sequence is shared only with code that updates it through RawAtomics. */

    return RawAtomics.fetchAdd(sequence, JAVA_INT, 0, 1, FULL);
  }
}
