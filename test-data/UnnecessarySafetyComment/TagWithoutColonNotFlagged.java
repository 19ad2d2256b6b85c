package corpus.unnecessarysafetycomment;

/** Without the colon it is not a SAFETY comment, so it cannot be an unnecessary one. */
class TagWithoutColonNotFlagged {
  int half(int x) {
    // SAFETY x is never negative here
    return x / 2;
  }
}
