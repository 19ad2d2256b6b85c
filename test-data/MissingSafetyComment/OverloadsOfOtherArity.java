package corpus.missingsafetycomment;

import org.jatomics.annotations.SafetyContract;

/**
 * Overloads of another arity are not overrides. A one-parameter method taking an array can be
 * called with three arguments only if it is varargs; the reviewer, which cannot tell an array
 * parameter from varargs without types, once compared such a method's parameters with a
 * three-parameter supertype method index by index and failed on the call (agrona's UnsafeBuffer).
 */
class OverloadsOfOtherArity {
  static class Base {
    void wrap(byte[] buffer, int offset, int length) {}
  }

  static final class Sub extends Base {
    Sub(byte[] buffer) {
      wrap(buffer, 0, buffer.length);
    }

    void wrap(byte[] buffer) {}
  }

  /** Makes the file one the reviewer analyses: a contract, honoured by its one caller. */
  @SafetyContract("the bytes stay alive while the call runs")
  static void touch(byte[] buffer) {}

  static void use(byte[] buffer) {
    // SAFETY: buffer is a live local array
    touch(buffer);
  }
}
