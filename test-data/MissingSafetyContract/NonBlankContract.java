package corpus.missingsafetycontract;

import org.jatomics.annotations.SafetyContract;

/** Contracts that state the caller's obligation. */
class NonBlankContract {
  @SafetyContract("address points to 8 live, 8-byte-aligned bytes that no other thread writes")
  static void poke(long address) {}

  @SafetyContract(value = "the buffer is not used after this call")
  static void release(long address) {}
}
