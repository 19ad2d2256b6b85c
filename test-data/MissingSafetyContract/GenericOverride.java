package corpus.missingsafetycontract;

import org.jatomics.annotations.SafetyContract;

/** Overrides through generic interfaces. */
class GenericOverride {
  interface Slot<T> {
    @SafetyContract("no other thread publishes into this slot concurrently")
    void publish(T value);
  }

  static final class StringSlot implements Slot<String> {
    @Override
    // BUG: Diagnostic contains: MissingSafetyContract
    public void publish(String value) {}
  }
}
