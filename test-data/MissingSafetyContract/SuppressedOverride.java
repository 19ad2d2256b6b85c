package corpus.missingsafetycontract;

import org.jatomics.annotations.SafetyContract;

/** The check can be suppressed on the overriding method. */
class SuppressedOverride {
  interface Unmapper {
    @SafetyContract("no reference into the mapping is used afterwards")
    void unmap(long address);
  }

  static final class Test implements Unmapper {
    @Override
    @SuppressWarnings("MissingSafetyContract") // test double: never touches memory
    public void unmap(long address) {}
  }
}
