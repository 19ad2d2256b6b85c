package corpus.missingsafetycomment;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static org.jatomics.Ordering.ACQUIRE;
import static org.jatomics.Ordering.RELEASE;

import java.lang.foreign.MemorySegment;
import org.jatomics.raw.RawAtomics;

/** One comment covers every unsafe operation of its statement. */
class OneCommentCoversStatement {
  int copy(MemorySegment from, MemorySegment to) {
    // SAFETY: both words are accessed only atomically by every thread.
    RawAtomics.atomicStore(to, JAVA_INT, 0, RawAtomics.atomicLoad(from, JAVA_INT, 0, ACQUIRE), RELEASE);
    return 0;
  }

  int copyUnjustified(MemorySegment from, MemorySegment to) {
    // BUG: Diagnostic contains: MissingSafetyComment
    RawAtomics.atomicStore(to, JAVA_INT, 0, RawAtomics.atomicLoad(from, JAVA_INT, 0, ACQUIRE), RELEASE);
    return 0;
  }
}
