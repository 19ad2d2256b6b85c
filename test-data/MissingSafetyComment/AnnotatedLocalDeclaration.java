package corpus.missingsafetycomment;

import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.jatomics.Ordering.ACQUIRE;

import java.lang.foreign.MemorySegment;
import org.jatomics.raw.RawAtomics;

/** Comments above or between the annotations of a declaration count. */
class AnnotatedLocalDeclaration {
  /** A marker for local variables. */
  @interface Checked {}

  long above(MemorySegment s) {
    // SAFETY: s is written only atomically.
    @SuppressWarnings("unused")
    final long v = RawAtomics.atomicLoad(s, JAVA_LONG, 0, ACQUIRE);
    return v;
  }

  long between(MemorySegment s) {
    @SuppressWarnings("unused")
    // SAFETY: s is written only atomically.
    @Checked
    final long v = RawAtomics.atomicLoad(s, JAVA_LONG, 0, ACQUIRE);
    return v;
  }

  long afterModifiers(MemorySegment s) {
    @SuppressWarnings("unused")
    final
    // SAFETY: s is written only atomically.
    long v = RawAtomics.atomicLoad(s, JAVA_LONG, 0, ACQUIRE);
    return v;
  }

  long missing(MemorySegment s) {
    @SuppressWarnings("unused")
    // BUG: Diagnostic contains: MissingSafetyComment
    final long v = RawAtomics.atomicLoad(s, JAVA_LONG, 0, ACQUIRE);
    return v;
  }
}
