package corpus.missingsafetycomment;

import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.MemorySegment;
import java.util.List;

/** Unsafe operations inside lambdas: the comment above the statement holding the lambda counts. */
class LambdaInMethodChain {
  int sum(List<MemorySegment> pointers) {
    // SAFETY: every pointer refers to a live native int owned by the registry.
    return pointers.stream()
        .map(p -> p.reinterpret(4))
        .mapToInt(s -> s.get(JAVA_INT, 0))
        .sum();
  }

  int sumInsideLambda(List<MemorySegment> pointers) {
    return pointers.stream()
        .mapToInt(
            p -> {
              // SAFETY: every pointer refers to a live native int owned by the registry.
              MemorySegment s = p.reinterpret(4);
              return s.get(JAVA_INT, 0);
            })
        .sum();
  }

  int sumUnjustified(List<MemorySegment> pointers) {
    return pointers.stream()
        // BUG: Diagnostic contains: MissingSafetyComment
        .map(p -> p.reinterpret(4))
        .mapToInt(s -> s.get(JAVA_INT, 0))
        .sum();
  }
}
