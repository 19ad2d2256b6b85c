package org.jatomics.samples.mistakes;

/** UnnecessarySafetyComment: a SAFETY comment left on code with nothing unsafe. */
public final class Totals {
  private Totals() {}

  /**
   * Sums two numbers.
   *
   * @param a one
   * @param b the other
   * @return the sum
   */
  public static long sum(long a, long b) {
    // SAFETY: a and b are small (the mistake: nothing here is unsafe).
    return a + b;
  }
}
