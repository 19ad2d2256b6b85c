package corpus.missingsafetycontract;

import org.jatomics.annotations.SafetyContract;

/** Contracts given as constant expressions are judged by their value. */
class ConstantExpressionContract {
  static final String ALIGNED = "address is 8-byte aligned";
  static final String NOTHING = "";

  @SafetyContract(ALIGNED + " and live")
  static void store(long address) {}

  // BUG: Diagnostic contains: MissingSafetyContract
  @SafetyContract(NOTHING)
  static void load(long address) {}
}
