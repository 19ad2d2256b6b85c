package corpus.unnecessarysafetycomment;

/**
 * Doc comments that mention SAFETY: are documentation:
 *
 * <pre>{@code
 * // SAFETY: the segment is alive.
 * }</pre>
 */
class JavadocMentionNotFlagged {
  /** SAFETY: documents the method's own rule, not an unsafe call. */
  int answer() {
    /** SAFETY: a doc comment is never a SAFETY comment. */
    int a = 42;
    return a;
  }
}
