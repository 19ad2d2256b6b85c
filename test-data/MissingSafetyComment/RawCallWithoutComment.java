package corpus.missingsafetycomment;

import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.jatomics.Ordering.ACQUIRE;
import static org.jatomics.Ordering.RELEASE;

import java.lang.foreign.MemorySegment;
import org.jatomics.raw.RawAtomics;

/** RawAtomics calls are unsafe operations: each needs a SAFETY comment saying why its contract holds. */
class RawCallWithoutComment {
  long read(MemorySegment counter) {
    // BUG: Diagnostic contains: MissingSafetyComment
    return RawAtomics.atomicLoad(counter, JAVA_LONG, 0, ACQUIRE);
  }

  long readJustified(MemorySegment counter) {
    // SAFETY: the C side writes counter only with atomic_store_explicit.
    return RawAtomics.atomicLoad(counter, JAVA_LONG, 0, ACQUIRE);
  }

  void write(MemorySegment counter, long v) {
    // BUG: Diagnostic contains: MissingSafetyComment
    RawAtomics.atomicStore(counter, JAVA_LONG, 0, v, RELEASE);
  }
}
