package corpus.relaxeddependentload;

import static org.jatomics.Ordering.RELAXED;

import java.util.List;
import org.jatomics.annotations.Atomic;

/** A method call on a RELAXED-loaded mutable object reads its state without ordering. */
class RelaxedMethodCall {
  @Atomic List<String> names = List.of();

  int count() {
    // BUG: Diagnostic contains: RelaxedDependentLoad
    return RelaxedMethodCallAtomics.loadNames(this, RELAXED).size();
  }
}
