package corpus.unnecessarysafetycomment;

/** A SAFETY comment above a method is on no statement: MissingSafetyComment handles the operations inside. */
class CommentAboveMethodNotFlagged {
  // SAFETY: callers must hold the lock; see the class comment.
  int size() {
    return 0;
  }
}
