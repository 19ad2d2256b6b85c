package corpus.relaxeddependentload;

import static org.jatomics.Ordering.RELAXED;

import org.jatomics.annotations.Atomic;
import org.jatomics.annotations.Consume;

/** A RELAXED-loaded index of a @Consume field used to index an array. */
class RelaxedConsumeIndex {
  final String[] slots = new String[64];
  @Atomic @Consume int published;

  String latest() {
    // BUG: Diagnostic contains: RelaxedDependentLoad
    int i = RelaxedConsumeIndexAtomics.loadPublished(this, RELAXED);
    return slots[i];
  }
}
