package corpus.relaxeddependentload;

import static org.jatomics.Ordering.RELAXED;

import org.jatomics.annotations.Atomic;

/** Final fields are safely published by the JMM's final-field semantics (JLS 17.5). */
class RelaxedFinalFieldRead {
  static final class Entry {
    final String key;
    final long value;

    Entry(String key, long value) {
      this.key = key;
      this.value = value;
    }
  }

  @Atomic Entry last;

  long lastValue() {
    Entry e = RelaxedFinalFieldReadAtomics.loadLast(this, RELAXED);
    return e == null ? 0 : e.value;
  }
}
