package corpus.missingsafetycomment;

import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.jatomics.Ordering.ACQUIRE;

import java.lang.foreign.MemorySegment;
import org.jatomics.raw.RawAtomics;

/** A comment above a statement wrapped over lines covers the operation on any of its lines. */
class MultiLineStatement {
  long justified(MemorySegment head) {
    // SAFETY: head is updated only with RawAtomics by the producer thread.
    long value =
        RawAtomics.atomicLoad(
            head, JAVA_LONG, 0, ACQUIRE);
    return value;
  }

  long unjustified(MemorySegment head) {
    long value =
        // BUG: Diagnostic contains: MissingSafetyComment
        RawAtomics.atomicLoad(
            head, JAVA_LONG, 0, ACQUIRE);
    return value;
  }
}
