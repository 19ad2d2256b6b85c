package demo;

/** A warning from the checks (UnnecessarySafetyComment), when they run: proof that they do. */
public class Doubler {
  public int twice(int x) {
    // SAFETY: nothing here is unsafe, so this comment is flagged
    return 2 * x;
  }
}
