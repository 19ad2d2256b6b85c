package org.jatomics.samples.mistakes;

import org.jatomics.annotations.SafetyContract;

/** MissingSafetyContract: an implementation that drops the contract of the method it implements. */
public final class BlockPool {
  /** Frees native blocks. */
  public interface Freer {
    /**
     * Frees a block.
     *
     * @param address the block
     */
    @SafetyContract("address came from this pool's allocate and is freed exactly once")
    void free(long address);
  }

  /** Counts frees; its override does not restate the contract (the mistake). */
  public static final class CountingFreer implements Freer {
    private long frees;

    @Override
    public void free(long address) {
      frees++;
    }

    /**
     * How many blocks were freed.
     *
     * @return the count
     */
    public long frees() {
      return frees;
    }
  }

  private BlockPool() {}
}
