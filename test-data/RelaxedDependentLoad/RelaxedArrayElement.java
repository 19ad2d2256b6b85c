package corpus.relaxeddependentload;

import static org.jatomics.Ordering.ACQUIRE;
import static org.jatomics.Ordering.RELAXED;

import org.jatomics.annotations.Atomic;

/** Reading an element of a RELAXED-loaded array may see the array before it was filled. */
class RelaxedArrayElement {
  @Atomic long[] samples = new long[0];

  long first() {
    // BUG: Diagnostic contains: RelaxedDependentLoad
    return RelaxedArrayElementAtomics.loadSamples(this, RELAXED)[0];
  }

  int size() {
    return RelaxedArrayElementAtomics.loadSamples(this, RELAXED).length;
  }

  long last() {
    long[] s = RelaxedArrayElementAtomics.loadSamples(this, ACQUIRE);
    return s[s.length - 1];
  }
}
