package corpus.missingsafetycomment;

import org.jatomics.annotations.SafetyContract;

/** Calls of methods and constructors with a @SafetyContract are unsafe operations. */
class SafetyContractCalls {
  static final class Region {
    @SafetyContract("base is the start of a live native block of at least size bytes")
    Region(long base, long size) {}

    @SafetyContract("no other thread reads or writes the region while it is cleared")
    void clear() {}
  }

  void use(long base) {
    // SAFETY: base was returned by malloc(64) and is freed only in close().
    Region r = new Region(base, 64);
    // BUG: Diagnostic contains: MissingSafetyComment
    r.clear();
    // BUG: Diagnostic contains: MissingSafetyComment
    Region unjustified = new Region(base, 128);
    // SAFETY: unjustified is still private to this thread.
    unjustified.clear();
  }
}
