package corpus.unnecessarysafetycomment;

import java.util.concurrent.ConcurrentHashMap;

/** A SAFETY comment on a field declaration whose initializer does nothing unsafe. */
class CommentOnFieldWithoutUnsafe {
  // BUG: Diagnostic contains: UnnecessarySafetyComment
  // SAFETY: the map is thread-safe.
  final ConcurrentHashMap<String, Long> counters = new ConcurrentHashMap<>();
}
