package corpus.relaxeddependentload;

import static org.jatomics.Ordering.RELAXED;

import java.util.ArrayList;
import org.jatomics.annotations.Atomic;

/** A static @Atomic field loaded RELAXED and then dereferenced by a call. */
class StaticFieldRelaxed {
  @Atomic static ArrayList<String> registry = new ArrayList<>();

  static boolean known(String name) {
    // BUG: Diagnostic contains: RelaxedDependentLoad
    return StaticFieldRelaxedAtomics.loadRegistry(RELAXED).contains(name);
  }
}
