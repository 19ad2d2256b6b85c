package corpus.unnecessarysafetycomment;

import java.lang.foreign.MemorySegment;
import java.util.List;

/** A comment above a statement whose lambda performs the unsafe operation is used. */
class CommentAboveLambdaStatementUsed {
  void resize(List<MemorySegment> segments, List<MemorySegment> out) {
    // SAFETY: each address points to a live 64-byte native block.
    segments.forEach(s -> out.add(s.reinterpret(64)));
  }
}
