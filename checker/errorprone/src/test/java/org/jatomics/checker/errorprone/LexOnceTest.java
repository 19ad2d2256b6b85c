package org.jatomics.checker.errorprone;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The six checks share one translation of each compilation unit, and its text is lexed (for
 * comments) once: Error Prone's {@code VisitorState.getTokensForNode} would re-lex per call, which
 * costs seconds on a large file with many unsafe calls.
 */
class LexOnceTest {
  private static final int CALLS = 3000;

  @Test
  void fileWithThousandsOfUnsafeCallsIsLexedOnceForAllSixChecks(@TempDir Path dir)
      throws IOException {
    StringBuilder source = new StringBuilder();
    source
        .append("package big;\n")
        .append("import static java.lang.foreign.ValueLayout.JAVA_INT;\n")
        .append("import static org.jatomics.Ordering.ACQUIRE;\n")
        .append("import java.lang.foreign.MemorySegment;\n")
        .append("import org.jatomics.raw.RawAtomics;\n")
        .append("class Big {\n")
        .append("  long sum(MemorySegment s) {\n")
        .append("    long total = 0;\n");
    for (int i = 0; i < CALLS; i++) {
      if (i % 2 == 0) {
        source.append("    // SAFETY: s is written only atomically.\n");
      }
      source
          .append("    total += RawAtomics.atomicLoad(s, JAVA_INT, ")
          .append(4 * i)
          .append(", ACQUIRE);\n");
    }
    source.append("    return total;\n  }\n}\n");
    Path file = dir.resolve("Big.java");
    Files.writeString(file, source);
    Path other = dir.resolve("Small.java");
    Files.writeString(
        other, "package big;\nclass Small {\n  // SAFETY: nothing unsafe here.\n  int x = 1;\n}\n");

    Path plain = dir.resolve("Plain.java");
    Files.writeString(
        plain, "package big;\nclass Plain {\n  // an ordinary comment\n  int y = 2;\n}\n");

    Compiler.Result result = Compiler.compile(List.of("-Xmaxwarns", "100000"), file, other, plain);

    FactsCache cache = FactsCache.existing(result.context());
    assertEquals(1, cache.lexCount(file.toUri().toString()), "lexings of Big.java");
    assertEquals(1, cache.lexCount(other.toUri().toString()), "lexings of Small.java");
    // No unsafe operation and no "safety:" text: no comment can matter, the lexer is skipped.
    assertEquals(0, cache.lexCount(plain.toUri().toString()), "lexings of Plain.java");
    assertEquals(List.of(), result.findings(plain));
    assertEquals(
        CALLS / 2, result.findings(file).size(), "one MissingSafetyComment per uncommented call");
    assertEquals(List.of("3:UnnecessarySafetyComment"), result.findings(other));
  }
}
