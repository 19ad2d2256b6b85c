package corpus.relaxeddependentload;

import static org.jatomics.Ordering.RELAXED;

import org.jatomics.annotations.Atomic;
import org.jatomics.annotations.Consume;

/** Any RELAXED load of a @Consume field is flagged: its readers reach other memory through it. */
class ConsumeFieldRelaxed {
  @Atomic @Consume Object config;

  Object current() {
    // BUG: Diagnostic contains: RelaxedDependentLoad
    return ConsumeFieldRelaxedAtomics.loadConfig(this, RELAXED);
  }
}
