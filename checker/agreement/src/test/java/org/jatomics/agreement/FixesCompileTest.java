package org.jatomics.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jatomics.reviewer.report.Diagnostic;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every suggested fix in the corpus, applied alone (contract section 7, "Fixes"): the fixed file
 * compiles with javac (annotations, the processor generating accessors, RawAtomics), and both front
 * ends, run again over it, agree and report no finding that was not there before, and one fewer of
 * the fixed check (or more: one comment covers every unsafe operation of its statement). The fixes
 * are the reviewer's; {@link FrontEndAgreementTest} proves Error Prone's give the same file.
 */
class FixesCompileTest {
  private final Map<Path, String> before = new HashMap<>();

  @TestFactory
  Stream<DynamicTest> everyFixAloneCompilesAndRemovesItsFinding() throws IOException {
    Map<Path, List<Diagnostic>> findings = ReviewerFindings.run(Corpus.ROOT);
    List<DynamicTest> tests = new ArrayList<>();
    for (Path file : Corpus.files()) {
      for (Diagnostic d : findings.getOrDefault(file, List.of())) {
        if (!d.edits().isEmpty()) {
          String name =
              Corpus.ROOT.relativize(file) + ":" + d.line() + ":" + d.column() + " " + d.check();
          tests.add(DynamicTest.dynamicTest(name, () -> check(file, d)));
        }
      }
    }
    assertFalse(tests.size() < 50, "only " + tests.size() + " fixes in the corpus");
    return tests.stream();
  }

  private void check(Path file, Diagnostic d) throws IOException {
    String text = ReviewerFindings.read(file);
    String expected = before.computeIfAbsent(file, f -> checksAlone(f, text));
    Map<String, Integer> counts = counts(expected);
    counts.merge(d.check(), -1, Integer::sum);
    String fixed = ReviewerFindings.fixed(text, d);
    Map<String, Integer> after = counts(checksAlone(file, fixed));
    // The fix may settle more than its own finding (one comment covers every unsafe operation in
    // its statement), never add one.
    boolean noneAdded =
        after.entrySet().stream().allMatch(e -> e.getValue() <= counts.getOrDefault(e.getKey(), 0));
    assertTrue(
        noneAdded,
        "findings after the fix of "
            + d.check()
            + " at "
            + d.line()
            + ":"
            + d.column()
            + ": "
            + after
            + ", at most "
            + counts
            + " expected; fixed file:\n"
            + FixedText.change(text, fixed));
  }

  /**
   * The checks both front ends report in {@code text} (the file {@code file} alone, compiled with
   * javac: a compile error fails the test), as {@code check=count} lines, each line {@code
   * errorProne | reviewer}.
   */
  private static String checksAlone(Path file, String text) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("jatomics-fix");
      Path copy = dir.resolve(Corpus.ROOT.relativize(file).toString());
      Files.createDirectories(copy.getParent());
      Files.writeString(copy, text);
      Map<String, Integer> errorProne = new TreeMap<>();
      for (ErrorProneFindings.Finding f :
          ErrorProneFindings.run(List.of(copy.toAbsolutePath().normalize()))
              .getOrDefault(copy.toAbsolutePath().normalize(), List.of())) {
        errorProne.merge(f.check(), 1, Integer::sum);
      }
      Map<String, Integer> reviewer = new TreeMap<>();
      for (Diagnostic d :
          ReviewerFindings.run(dir).getOrDefault(copy.toAbsolutePath().normalize(), List.of())) {
        reviewer.merge(d.check(), 1, Integer::sum);
      }
      assertEquals(errorProne, reviewer, "Error Prone vs reviewer on " + file + " alone");
      return render(errorProne);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      TempFiles.delete(dir);
    }
  }

  private static Map<String, Integer> counts(String rendered) {
    Map<String, Integer> counts = new TreeMap<>();
    for (String line : rendered.lines().toList()) {
      int eq = line.indexOf('=');
      counts.put(line.substring(0, eq), Integer.parseInt(line.substring(eq + 1)));
    }
    return counts;
  }

  private static String render(Map<String, Integer> counts) {
    StringBuilder out = new StringBuilder();
    counts.forEach(
        (check, n) -> {
          if (n != 0) {
            out.append(check).append('=').append(n).append('\n');
          }
        });
    return out.toString();
  }
}
