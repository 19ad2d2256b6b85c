package corpus.missingsafetycomment;

import org.jatomics.annotations.SafetyContract;

/**
 * A method whose last parameter is an array ({@code Object[]}) takes exactly that many arguments;
 * only a varargs method ({@code Object...}) takes more. A two-argument call of {@code put} is the
 * two-parameter overload with its contract, never the array one; the reviewer once took every
 * trailing array for varargs, saw two candidates that disagree on the contract, and reported
 * nothing.
 */
class ArrayParameterIsNotVarargs {
  static void put(Object[] values) {}

  @SafetyContract("both objects are pinned")
  static void put(Object first, Object second) {}

  @SafetyContract("every object is pinned")
  static void putAll(Object... values) {}

  void use(Object x, Object y, Object[] both) {
    // BUG: Diagnostic contains: MissingSafetyComment
    put(x, y);
    put(both);
    // BUG: Diagnostic contains: MissingSafetyComment
    putAll(x, y, both);
    // BUG: Diagnostic contains: MissingSafetyComment
    putAll();
  }
}
