package corpus.missingsafetycontract;

/** Overriding a method without a contract needs none. */
class OverrideOfPlainMethod {
  interface Clock {
    long now();
  }

  static final class SystemClock implements Clock {
    @Override
    public long now() {
      return System.nanoTime();
    }

    @Override
    public String toString() {
      return "system";
    }
  }
}
