package corpus.missingsafetycontract;

import org.jatomics.annotations.SafetyContract;

/** Restating with a blank text is a blank contract. */
class OverrideWithBlankRestatement {
  interface Mapper {
    @SafetyContract("the file is not truncated while mapped")
    long map(int fd);
  }

  static final class Mmap implements Mapper {
    @Override
    // BUG: Diagnostic contains: MissingSafetyContract
    @SafetyContract("")
    public long map(int fd) {
      return 0;
    }
  }
}
