package corpus.unnecessarysafetycomment;

/** A trailing SAFETY comment on a statement without an unsafe operation. */
class TrailingOnSafeStatement {
  int count;

  void tick() {
    // BUG: Diagnostic contains: UnnecessarySafetyComment
    count++; // SAFETY: only the owner thread ticks.
  }
}
