package corpus.missingsafetycontract;

import org.jatomics.annotations.SafetyContract;

/** Overriding a default method that has a contract. */
class InterfaceDefaultOverride {
  interface Pool {
    @SafetyContract("the block was taken from this pool and is returned once")
    default void give(long block) {}
  }

  static final class Slab implements Pool {
    @Override
    // BUG: Diagnostic contains: MissingSafetyContract
    public void give(long block) {}
  }
}
