package corpus.unnecessarysafetycomment;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static org.jatomics.Ordering.RELAXED;

import java.lang.foreign.MemorySegment;
import org.jatomics.raw.RawAtomics;

/** Above a for loop, a SAFETY comment covers the loop header only. */
class CommentAboveForBodyOnly {
  long sum(MemorySegment words, int n) {
    long total = 0;
    // BUG: Diagnostic contains: UnnecessarySafetyComment
    // SAFETY: every word is written only atomically.
    for (int i = 0; i < n; i++) {
      // BUG: Diagnostic contains: MissingSafetyComment
      total += RawAtomics.atomicLoad(words, JAVA_INT, 4L * i, RELAXED);
    }
    return total;
  }
}
