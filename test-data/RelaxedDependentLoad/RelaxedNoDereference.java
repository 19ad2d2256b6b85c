package corpus.relaxeddependentload;

import static org.jatomics.Ordering.RELAXED;

import org.jatomics.annotations.Atomic;

/** RELAXED loads whose value is only compared, returned or passed on: nothing is dereferenced here. */
class RelaxedNoDereference {
  @Atomic Object owner;

  boolean ownedBy(Object candidate) {
    return RelaxedNoDereferenceAtomics.loadOwner(this, RELAXED) == candidate;
  }

  Object snapshot() {
    Object o = RelaxedNoDereferenceAtomics.loadOwner(this, RELAXED);
    return o;
  }

  void log(StringBuilder out) {
    out.append(RelaxedNoDereferenceAtomics.loadOwner(this, RELAXED) != null);
  }
}
