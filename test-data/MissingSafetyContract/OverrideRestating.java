package corpus.missingsafetycontract;

import org.jatomics.annotations.SafetyContract;

/** Restating (or strengthening the wording of) the contract on the override. */
class OverrideRestating {
  interface Allocator {
    @SafetyContract("size is positive and the result is freed exactly once")
    long allocate(long size);
  }

  static final class Arena implements Allocator {
    @Override
    @SafetyContract("size is positive and the result is freed exactly once, by this arena")
    public long allocate(long size) {
      return 0;
    }
  }
}
