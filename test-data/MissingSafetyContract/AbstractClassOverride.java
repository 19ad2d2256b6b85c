package corpus.missingsafetycontract;

import org.jatomics.annotations.SafetyContract;

/** Overrides of abstract and concrete contract methods of a superclass. */
class AbstractClassOverride {
  abstract static class Channel {
    @SafetyContract("the caller owns the buffer until the returned count is read")
    abstract int read(long buffer, int length);

    @SafetyContract("no read or write is in flight")
    void close() {}
  }

  static class Socket extends Channel {
    @Override
    // BUG: Diagnostic contains: MissingSafetyContract
    int read(long buffer, int length) {
      return 0;
    }

    @Override
    // BUG: Diagnostic contains: MissingSafetyContract
    void close() {}
  }
}
