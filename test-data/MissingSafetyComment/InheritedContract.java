package corpus.missingsafetycomment;

import org.jatomics.annotations.SafetyContract;

/**
 * A call is unsafe when the statically resolved method, or any method it overrides, carries a
 * contract: the contract is inherited. An overload is not an override.
 */
class InheritedContract {
  interface Memory {
    @SafetyContract("address..address+4 is live memory this thread may read")
    int getInt(long address);

    /** An overload: no contract of its own, and it overrides nothing. */
    int getInt(long base, int index);
  }

  abstract static class AbstractMemory implements Memory {
    @Override
    // BUG: Diagnostic contains: MissingSafetyContract
    public int getInt(long address) {
      return 0;
    }
  }

  static final class Heap extends AbstractMemory {
    private final int[] words = new int[16];

    @Override
    // BUG: Diagnostic contains: MissingSafetyContract
    public int getInt(long address) {
      return words[(int) address];
    }

    @Override
    public int getInt(long base, int index) {
      return words[(int) base + index];
    }
  }

  static int viaInterface(Memory memory) {
    // BUG: Diagnostic contains: MissingSafetyComment
    return memory.getInt(0L);
  }

  static int viaSubclass(Heap heap) {
    // BUG: Diagnostic contains: MissingSafetyComment
    int a = heap.getInt(4L);
    // SAFETY: the heap's words cover 0..16.
    int b = heap.getInt(8L);
    return a + b + heap.getInt(0L, 1);
  }

  static int viaAbstract(AbstractMemory memory) {
    // BUG: Diagnostic contains: MissingSafetyComment
    return memory.getInt(12L);
  }
}
