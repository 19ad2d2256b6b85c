package corpus.unnecessarysafetycomment;

import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.jatomics.Ordering.RELEASE;

import java.lang.foreign.MemorySegment;
import org.jatomics.raw.RawAtomics;

/** SAFETY comments that justify an unsafe operation are necessary. */
class CommentUsed {
  void publish(MemorySegment tail, long v) {
    // SAFETY: the consumer reads tail only with RawAtomics.atomicLoad.
    RawAtomics.atomicStore(tail, JAVA_LONG, 0, v, RELEASE);
  }
}
