package corpus.unnecessarysafetycomment;

/** A SAFETY comment on a statement without an unsafe operation justifies nothing. */
class CommentOnSafeStatement {
  int twice(int x) {
    // BUG: Diagnostic contains: UnnecessarySafetyComment
    // SAFETY: x is small enough not to overflow.
    int y = x * 2;
    return y;
  }
}
