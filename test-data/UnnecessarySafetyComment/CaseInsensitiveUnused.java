package corpus.unnecessarysafetycomment;

/** The tag is matched case-insensitively, so this lower-case one is a SAFETY comment. */
class CaseInsensitiveUnused {
  long square(long x) {
    // BUG: Diagnostic contains: UnnecessarySafetyComment
    // safety: x fits in 32 bits.
    return x * x;
  }
}
