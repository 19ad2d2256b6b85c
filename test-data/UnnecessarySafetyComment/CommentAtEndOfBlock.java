package corpus.unnecessarysafetycomment;

/** A SAFETY comment after the last statement of a block is on no statement. */
class CommentAtEndOfBlock {
  int identity(int x) {
    return x;
    // SAFETY: nothing unsafe follows; this comment is dead text, but on no statement.
  }
}
