package corpus.relaxeddependentload;

import static org.jatomics.Ordering.RELAXED;

import org.jatomics.annotations.Atomic;

/** A RELAXED int from a field not marked @Consume: a statistic, not a dependency. */
class RelaxedIntNotConsume {
  final long[] histogram = new long[8];
  @Atomic int bucket;

  long hits() {
    int b = RelaxedIntNotConsumeAtomics.loadBucket(this, RELAXED);
    return histogram[b & 7];
  }
}
