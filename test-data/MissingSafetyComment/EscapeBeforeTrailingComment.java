package corpus.missingsafetycomment;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static org.jatomics.Ordering.FULL;

import java.lang.foreign.MemorySegment;
import org.jatomics.raw.RawAtomics;

/** A unicode escape earlier on the line does not move a trailing SAFETY comment. */
class EscapeBeforeTrailingComment {
  int swap(MemorySegment s, int v) {
    return "\u00e9".length() + RawAtomics.xchg(s, JAVA_INT, 0, v, FULL); // SAFETY: atomic only.
  }
}
