package corpus.relaxeddependentload;

import org.jatomics.Ordering;
import org.jatomics.annotations.Atomic;

/** Ordering.RELAXED written qualified is the same ordering. */
class OrderingQualified {
  static final class Settings {
    boolean verbose;
  }

  @Atomic Settings settings = new Settings();

  boolean verbose() {
    // BUG: Diagnostic contains: RelaxedDependentLoad
    return OrderingQualifiedAtomics.loadSettings(this, Ordering.RELAXED).verbose;
  }

  boolean verboseAcquire() {
    return OrderingQualifiedAtomics.loadSettings(this, Ordering.ACQUIRE).verbose;
  }
}
