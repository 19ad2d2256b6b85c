package corpus.missingsafetycomment;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static org.jatomics.Ordering.RELEASE;

import java.lang.foreign.MemorySegment;
import org.jatomics.raw.RawAtomics;

/** A comment above the method justifies nothing inside it: each operation needs its own. */
class CommentAboveMethod {
  // SAFETY: slot is shared only with atomic readers.
  void publish(MemorySegment slot, int v) {
    // BUG: Diagnostic contains: MissingSafetyComment
    RawAtomics.atomicStore(slot, JAVA_INT, 0, v, RELEASE);
  }
}
