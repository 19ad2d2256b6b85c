package corpus.missingsafetycontract;

import org.jatomics.annotations.SafetyContract;

/** Fields with a contract: blank is flagged. */
class FieldBlank {
  // BUG: Diagnostic contains: MissingSafetyContract
  @SafetyContract(" ") long base;

  @SafetyContract("limit never exceeds the native block's size") long limit;
}
