package org.jatomics.reviewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code --write-baseline} then {@code --baseline}: adopting the checks on existing code. */
class BaselineTest {
  private static final String COUNTER =
      """
      package demo;
      import org.jatomics.annotations.Atomic;
      class Counter {
        @Atomic long n;
        void twice() {
          n++;
          n++;
        }
        long get() { return n; }
      }
      """;

  @Test
  void recordedFindingsAreNotReportedAndSurviveUnrelatedEdits(@TempDir Path dir)
      throws IOException {
    Path src = Files.createDirectories(dir.resolve("src"));
    Path counter = src.resolve("Counter.java");
    Files.writeString(counter, COUNTER);
    String root = dir.toString();
    Path baseline = dir.resolve("jatomics-baseline.json");

    Cli.Result write =
        Cli.run("review", "--root", root, "--write-baseline", baseline.toString(), src.toString());
    assertEquals(0, write.exit(), write.err());
    assertEquals("", write.out());
    assertTrue(write.err().contains("recorded 3 findings in " + baseline), write.err());
    String json = Files.readString(baseline);
    assertTrue(json.contains("\"jatomicsBaseline\" : 1"), json);
    assertTrue(json.contains("\"file\" : \"src/Counter.java\""), json);
    assertTrue(json.contains("\"line\" : \"n++;\""), json);
    assertTrue(json.contains("\"occurrence\" : 2"), "identical lines are told apart: " + json);

    Cli.Result clean =
        Cli.run("review", "--root", root, "--baseline", baseline.toString(), src.toString());
    assertEquals(0, clean.exit(), clean.out());
    assertEquals("jatomics: no findings in 1 file\n", clean.out());

    // Unrelated edits move every line and reindent one: still accepted.
    Files.writeString(
        counter,
        COUNTER
            .replace("class Counter {", "/** Counts. */\nclass Counter {\n  int unrelated;\n")
            .replace("  long get() { return n; }", "\t    long get()   {  return   n; }"));
    assertEquals(
        0,
        Cli.run("review", "--root", root, "--baseline", baseline.toString(), src.toString())
            .exit());

    // A third identical line and a changed line are new findings.
    Files.writeString(
        counter,
        COUNTER
            .replace("n++;\n    n++;", "n++;\n    n++;\n    n++;")
            .replace("return n;", "return n + 1;"));
    Cli.Result fresh =
        Cli.run("review", "--root", root, "--baseline", baseline.toString(), src.toString());
    assertEquals(1, fresh.exit());
    assertEquals(
        2,
        fresh.out().lines().filter(l -> l.contains(": error: [NonAtomicAccess]")).count(),
        fresh.out());
    assertTrue(fresh.out().contains("src/Counter.java:10:"), "the changed line: " + fresh.out());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "not json",
        "[]",
        "{\"findings\": []}",
        "{\"jatomicsBaseline\": 2, \"findings\": []}",
        "{\"jatomicsBaseline\": 1, \"findings\": {}}",
        "{\"jatomicsBaseline\": 1, \"findings\": [{\"check\": \"NonAtomicAccess\", \"file\": \"A.java\"}]}",
      })
  void aMalformedBaselineIsAClearUsageError(String content, @TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("A.java"), "class A {}\n");
    Path baseline = Files.writeString(dir.resolve("baseline.json"), content);
    Cli.Result result = Cli.run("review", "--baseline", baseline.toString(), dir.toString());
    assertEquals(2, result.exit());
    assertEquals("", result.out());
    assertTrue(
        result
            .err()
            .startsWith(
                "jatomics review: --baseline: " + baseline + " is not a jatomics baseline: "),
        result.err());
    assertEquals(1, result.err().lines().count(), result.err());
  }

  @Test
  void aMissingBaselineIsAUsageError(@TempDir Path dir) {
    Cli.Result result =
        Cli.run("review", "--baseline", dir.resolve("none.json").toString(), dir.toString());
    assertEquals(2, result.exit());
    assertTrue(result.err().contains("--baseline: no such file"), result.err());
  }
}
