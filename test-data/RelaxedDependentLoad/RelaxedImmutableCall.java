package corpus.relaxeddependentload;

import static org.jatomics.Ordering.RELAXED;

import java.util.concurrent.TimeUnit;
import org.jatomics.annotations.Atomic;

/** Calls on known immutable types (String, boxed primitives, enums, records) need no ordering. */
class RelaxedImmutableCall {
  record Point(int x, int y) {}

  @Atomic String label = "";
  @Atomic Long limit = 0L;
  @Atomic TimeUnit unit = TimeUnit.SECONDS;
  @Atomic Point origin = new Point(0, 0);

  int summary() {
    int n = RelaxedImmutableCallAtomics.loadLabel(this, RELAXED).length();
    n += RelaxedImmutableCallAtomics.loadLimit(this, RELAXED).intValue();
    n += RelaxedImmutableCallAtomics.loadUnit(this, RELAXED).ordinal();
    return n + RelaxedImmutableCallAtomics.loadOrigin(this, RELAXED).x();
  }
}
