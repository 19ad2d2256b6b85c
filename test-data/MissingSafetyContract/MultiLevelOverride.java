package corpus.missingsafetycontract;

import org.jatomics.annotations.SafetyContract;

/** The contract must be restated at every level of overriding. */
class MultiLevelOverride {
  interface Sink {
    @SafetyContract("bytes stays valid until flush returns")
    void write(long bytes, int n);
  }

  static class Buffered implements Sink {
    @Override
    @SafetyContract("bytes stays valid until flush returns")
    public void write(long bytes, int n) {}
  }

  static final class Counting extends Buffered {
    @Override
    // BUG: Diagnostic contains: MissingSafetyContract
    public void write(long bytes, int n) {}
  }
}
