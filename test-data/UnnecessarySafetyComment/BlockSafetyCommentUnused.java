package corpus.unnecessarysafetycomment;

/** Block SAFETY comments are SAFETY comments too. */
class BlockSafetyCommentUnused {
  String name(Object o) {
    // BUG: Diagnostic contains: UnnecessarySafetyComment
    /* SAFETY: o is never null here. */
    return o.toString();
  }
}
