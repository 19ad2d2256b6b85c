package corpus.missingsafetycomment;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static org.jatomics.Ordering.ACQUIRE;

import java.lang.foreign.MemorySegment;
import org.jatomics.raw.RawAtomics;

/** @SuppressWarnings("MissingSafetyComment") on a class silences the check inside it. */
@SuppressWarnings("MissingSafetyComment")
class SuppressedMissingComment {
  int read(MemorySegment s) {
    return RawAtomics.atomicLoad(s, JAVA_INT, 0, ACQUIRE);
  }
}
