package corpus.missingsafetycontract;

import org.jatomics.annotations.SafetyContract;

/** Constructors with a contract: blank is flagged, a real one is fine. */
class ConstructorBlank {
  // BUG: Diagnostic contains: MissingSafetyContract
  @SafetyContract("")
  ConstructorBlank(long address) {}

  @SafetyContract("address and length describe a live native block")
  ConstructorBlank(long address, long length) {}
}
