package corpus.missingsafetycomment;

import static java.lang.foreign.ValueLayout.JAVA_SHORT;
import static org.jatomics.Ordering.RELAXED;

import java.lang.foreign.MemorySegment;
import org.jatomics.raw.RawAtomics;

/** The tag needs its colon: "SAFETY" alone, or "Safety -", is not a SAFETY comment. */
class TagWithoutColon {
  short read(MemorySegment s) {
    // SAFETY the writer is atomic
    // BUG: Diagnostic contains: MissingSafetyComment
    return RawAtomics.atomicLoad(s, JAVA_SHORT, 0, RELAXED);
  }

  short readDash(MemorySegment s) {
    // Safety - the writer is atomic
    // BUG: Diagnostic contains: MissingSafetyComment
    return RawAtomics.atomicLoad(s, JAVA_SHORT, 0, RELAXED);
  }

  short readLowerCase(MemorySegment s) {
    // safety: the tag is matched case-insensitively
    return RawAtomics.atomicLoad(s, JAVA_SHORT, 0, RELAXED);
  }
}
