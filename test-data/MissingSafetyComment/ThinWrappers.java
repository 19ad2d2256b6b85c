package corpus.missingsafetycomment;

import java.lang.reflect.Field;
import org.jatomics.annotations.SafetyContract;
import sun.misc.Unsafe;

/**
 * A thin wrapper passes its contract on: in a @SafetyContract method or constructor whose body is
 * one statement, that statement needs no SAFETY comment; its callers do. A wrapper without a
 * contract is flagged, and the fix adds @SafetyContract to it.
 */
class ThinWrappers {
  static final Unsafe UNSAFE;

  static {
    try {
      Field f = Unsafe.class.getDeclaredField("theUnsafe");
      f.setAccessible(true);
      UNSAFE = (Unsafe) f.get(null);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** An off-heap buffer in the style of Agrona's UnsafeBuffer. */
  static class DirectBuffer {
    final long address;
    final int capacity;

    @SafetyContract("address..address+capacity is memory this buffer may read and write until freed")
    DirectBuffer(long address, int capacity) {
      this.address = address;
      this.capacity = capacity;
    }

    @SafetyContract("index..index+4 lies inside the buffer and the buffer is not freed")
    int getInt(int index) {
      return UNSAFE.getInt(address + index);
    }

    @SafetyContract("index..index+4 lies inside the buffer and the buffer is not freed")
    void putIntVolatile(int index, int value) {
      UNSAFE.putIntVolatile(null, address + index, value);
    }

    /** Two statements: not a thin wrapper, each unsafe statement needs its own comment. */
    @SafetyContract("index..index+8 lies inside the buffer and the buffer is not freed")
    long getLong(int index) {
      long at = address + index;
      // BUG: Diagnostic contains: MissingSafetyComment
      return UNSAFE.getLong(at);
    }

    /** No contract: the fix adds one. */
    short getShort(int index) {
      // BUG: Diagnostic contains: MissingSafetyComment
      return UNSAFE.getShort(address + index);
    }

    /** A lambda in the one statement belongs to it. */
    @SafetyContract("index..index+4 lies inside the buffer and the buffer is not freed")
    java.util.function.IntSupplier reader(int index) {
      return () -> UNSAFE.getInt(address + index);
    }

    /** An anonymous class's method is not the wrapper's statement. */
    @SafetyContract("index..index+4 lies inside the buffer and the buffer is not freed")
    java.util.function.IntSupplier anonymousReader(int index) {
      return new java.util.function.IntSupplier() {
        @Override
        public int getAsInt() {
          // BUG: Diagnostic contains: MissingSafetyComment
          return UNSAFE.getInt(address + index);
        }
      };
    }
  }

  /** A constructor wrapper: its one statement is super(...). */
  static final class Slice extends DirectBuffer {
    @SafetyContract("address..address+capacity is memory this slice may read and write until freed")
    Slice(long address, int capacity) {
      super(address, capacity);
    }

    @SafetyContract("address..address+64 is memory this slice may read and write until freed")
    Slice(long address) {
      this(address, 64);
    }

    /** Without a contract, the constructor's one statement is flagged. */
    Slice(long address, long capacity) {
      // BUG: Diagnostic contains: MissingSafetyComment
      super(address, (int) capacity);
    }
  }

  static int caller(DirectBuffer buffer) {
    // SAFETY: index 0 lies inside every buffer, and the buffer is not freed while it is used.
    int a = buffer.getInt(0);
    // BUG: Diagnostic contains: MissingSafetyComment
    buffer.putIntVolatile(4, a);
    return a;
  }

  static Slice slice(long address) {
    // BUG: Diagnostic contains: MissingSafetyComment
    return new Slice(address);
  }
}
