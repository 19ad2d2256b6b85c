package corpus.missingsafetycontract;

import org.jatomics.annotations.SafetyContract;

/** An implementation of a contract method must restate the contract. */
class OverrideWithoutContract {
  interface Allocator {
    @SafetyContract("size is positive and the result is freed exactly once")
    long allocate(long size);
  }

  static final class Malloc implements Allocator {
    @Override
    // BUG: Diagnostic contains: MissingSafetyContract
    public long allocate(long size) {
      return 0;
    }
  }
}
