package corpus.missingsafetycomment;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static org.jatomics.Ordering.FULL;

import java.lang.foreign.MemorySegment;
import org.jatomics.raw.RawAtomics;

/** A trailing comment on the statement's first line, or on the operation's line, counts. */
class TrailingComment {
  int swap(MemorySegment s, int v) {
    return RawAtomics.xchg(s, JAVA_INT, 0, v, FULL); // SAFETY: s is accessed only atomically.
  }

  int swapWrapped(MemorySegment s, int v) {
    int old = // SAFETY: s is accessed only atomically.
        RawAtomics.xchg(s, JAVA_INT, 0, v, FULL);
    return old;
  }

  int swapOperationLine(MemorySegment s, int v) {
    int old =
        RawAtomics.xchg(s, JAVA_INT, 0, v, FULL); // SAFETY: s is accessed only atomically.
    return old;
  }

  int swapTrailingOnPreviousStatement(MemorySegment s, int v) {
    // BUG: Diagnostic contains: UnnecessarySafetyComment
    int unrelated = v; // SAFETY: trailing comments belong to their own line's statement.
    // BUG: Diagnostic contains: MissingSafetyComment
    return unrelated + RawAtomics.xchg(s, JAVA_INT, 0, v, FULL);
  }
}
