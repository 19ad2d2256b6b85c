package corpus.relaxeddependentload;

import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.jatomics.Ordering.ACQUIRE;
import static org.jatomics.Ordering.RELAXED;

import java.lang.foreign.MemorySegment;
import org.jatomics.annotations.Atomic;

/** A RELAXED-loaded MemorySegment used as the segment of a memory access. */
class RelaxedSegmentAccess {
  @Atomic MemorySegment buffer = MemorySegment.NULL;

  long firstWord() {
    // BUG: Diagnostic contains: RelaxedDependentLoad
    return RelaxedSegmentAccessAtomics.loadBuffer(this, RELAXED).get(JAVA_LONG, 0);
  }

  long firstWordAcquire() {
    return RelaxedSegmentAccessAtomics.loadBuffer(this, ACQUIRE).get(JAVA_LONG, 0);
  }

  boolean allocated() {
    return RelaxedSegmentAccessAtomics.loadBuffer(this, RELAXED) != MemorySegment.NULL;
  }
}
