package corpus.unnecessarysafetycomment;

import org.jatomics.annotations.SafetyContract;

/** A SAFETY comment above a write of a @SafetyContract field is used. */
class ContractFieldWriteUsed {
  @SafetyContract("end never exceeds the mapped length")
  long end;

  void grow(long mapped) {
    // SAFETY: mapped is the length of the current mapping.
    end = mapped;
  }
}
