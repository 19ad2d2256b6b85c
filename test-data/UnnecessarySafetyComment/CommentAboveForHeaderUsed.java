package corpus.unnecessarysafetycomment;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static org.jatomics.Ordering.ACQUIRE;

import java.lang.foreign.MemorySegment;
import org.jatomics.raw.RawAtomics;

/** Above a for loop whose header performs the unsafe operation, the comment is used. */
class CommentAboveForHeaderUsed {
  int drain(MemorySegment count) {
    int seen = 0;
    // SAFETY: count is written only atomically by the producer.
    for (int i = RawAtomics.atomicLoad(count, JAVA_INT, 0, ACQUIRE); i > 0; i--) {
      seen++;
    }
    return seen;
  }
}
