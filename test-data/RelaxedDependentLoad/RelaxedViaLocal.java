package corpus.relaxeddependentload;

import static org.jatomics.Ordering.RELAXED;

import org.jatomics.annotations.Atomic;

/** The loaded reference kept in a local and dereferenced later. */
class RelaxedViaLocal {
  static final class Buffer {
    byte[] bytes = new byte[16];
    int limit;
  }

  @Atomic Buffer current = new Buffer();

  int remaining(int position) {
    // BUG: Diagnostic contains: RelaxedDependentLoad
    Buffer b = RelaxedViaLocalAtomics.loadCurrent(this, RELAXED);
    if (b == null) {
      return 0;
    }
    return b.limit - position;
  }
}
