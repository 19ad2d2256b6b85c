package corpus.missingsafetycontract;

import org.jatomics.annotations.SafetyContract;

/** Static methods hide, they do not override: no restatement is required. */
class StaticMethodHiding {
  static class Base {
    @SafetyContract("address is live")
    static void touch(long address) {}
  }

  static final class Derived extends Base {
    static void touch(long address) {}
  }
}
