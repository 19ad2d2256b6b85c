package corpus.relaxeddependentload;

import org.jatomics.Ordering;
import org.jatomics.annotations.Atomic;

/** An ordering passed in as a variable is not a constant the checker can judge. */
class OrderingVariable {
  static final class State {
    int phase;
  }

  @Atomic State state = new State();

  int phase(Ordering.AcquireOrRelaxed ordering) {
    return OrderingVariableAtomics.loadState(this, ordering).phase;
  }
}
