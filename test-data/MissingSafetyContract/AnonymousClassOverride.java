package corpus.missingsafetycontract;

import org.jatomics.annotations.SafetyContract;

/** Anonymous implementations must restate the contract too. */
class AnonymousClassOverride {
  interface Releaser {
    @SafetyContract("called exactly once per acquired block")
    void release(long block);
  }

  final Releaser noop =
      new Releaser() {
        @Override
        // BUG: Diagnostic contains: MissingSafetyContract
        public void release(long block) {}
      };
}
