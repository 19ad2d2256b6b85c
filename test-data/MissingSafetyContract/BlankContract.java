package corpus.missingsafetycontract;

import org.jatomics.annotations.SafetyContract;

/** A blank contract tells callers nothing: their SAFETY comments have nothing to justify. */
class BlankContract {
  // BUG: Diagnostic contains: MissingSafetyContract
  @SafetyContract("")
  static void poke(long address) {}

  // BUG: Diagnostic contains: MissingSafetyContract
  @SafetyContract("   ")
  static void peek(long address) {}
}
