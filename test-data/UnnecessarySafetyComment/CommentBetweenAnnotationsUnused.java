package corpus.unnecessarysafetycomment;

/** A SAFETY comment between the annotations of a declaration without an unsafe operation. */
class CommentBetweenAnnotationsUnused {
  @Deprecated
  // BUG: Diagnostic contains: UnnecessarySafetyComment
  // SAFETY: plain constant.
  static final int LIMIT = 10;
}
