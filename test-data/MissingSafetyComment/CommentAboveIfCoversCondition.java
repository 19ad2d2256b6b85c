package corpus.missingsafetycomment;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static org.jatomics.Ordering.ACQUIRE;

import java.lang.foreign.MemorySegment;
import org.jatomics.raw.RawAtomics;

/** A comment above if covers its condition; the body's statements need their own. */
class CommentAboveIfCoversCondition {
  boolean ready(MemorySegment flag, MemorySegment data) {
    // SAFETY: flag and data are written only through RawAtomics by the producer.
    if (RawAtomics.atomicLoad(flag, JAVA_INT, 0, ACQUIRE) == 1) {
      // BUG: Diagnostic contains: MissingSafetyComment
      return RawAtomics.atomicLoad(data, JAVA_INT, 0, ACQUIRE) != 0;
    }
    return false;
  }

  int drain(MemorySegment queue) {
    int n = 0;
    // SAFETY: queue's count word is updated only atomically.
    while (RawAtomics.atomicLoad(queue, JAVA_INT, 0, ACQUIRE) > n) {
      n++;
    }
    return n;
  }
}
