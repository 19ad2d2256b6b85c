package org.jatomics.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jatomics.checker.model.LineColumn;
import org.jatomics.checker.model.SourceText;
import org.jatomics.reviewer.report.Diagnostic;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The two front ends agree: Error Prone (javac trees, full types) and the reviewer (JavaParser
 * trees, no class path) report the same findings over the whole corpus, the samples and the
 * reviewer's example tree: per finding the check, the start and end position, the full message, the
 * hint, and the file as it reads after applying that finding's fix alone (Error Prone's {@code
 * SuggestedFix} through its patch mode, the reviewer's edits as {@code --fix} and the language
 * server apply them).
 */
class FrontEndAgreementTest {
  private static final Path TREE =
      Corpus.REPOSITORY.resolve("checker/reviewer/src/test/resources/tree");

  @TestFactory
  Stream<DynamicTest> corpus() throws IOException {
    return compare(Corpus.ROOT, Corpus.files());
  }

  @TestFactory
  Stream<DynamicTest> exampleTree() throws IOException {
    return compare(TREE, Corpus.javaFiles(TREE, ""));
  }

  /** The bundled samples, the README's main job ({@code ./jatomics review samples}). */
  @TestFactory
  Stream<DynamicTest> samples() throws IOException {
    Path samples = Corpus.REPOSITORY.resolve("samples");
    List<Path> files = Corpus.javaFiles(samples, "/src/main/java/");
    assertFalse(files.isEmpty(), "no samples under " + samples);
    return compare(samples, files);
  }

  private static Stream<DynamicTest> compare(Path root, List<Path> files) {
    Map<Path, List<ErrorProneFindings.Finding>> errorProne = ErrorProneFindings.run(files);
    Map<Path, List<Diagnostic>> reviewer = ReviewerFindings.run(root);
    return files.stream()
        .map(
            file ->
                DynamicTest.dynamicTest(
                    root.relativize(file).toString(),
                    () -> {
                      Path key = file.toAbsolutePath().normalize();
                      String text = ReviewerFindings.read(file);
                      assertEquals(
                          render(
                              text,
                              errorProne.getOrDefault(key, List.of()).stream()
                                  .map(f -> errorProne(text, f))
                                  .toList()),
                          render(
                              text,
                              reviewer.getOrDefault(key, List.of()).stream()
                                  .map(d -> reviewer(text, d))
                                  .toList()),
                          "Error Prone (expected) vs reviewer (actual) findings of " + file);
                    }));
  }

  /** One finding, the same way for both front ends. */
  private record Seen(
      int start, int end, String check, String message, String hint, String fixed) {}

  private static Seen errorProne(String text, ErrorProneFindings.Finding f) {
    List<String> lines = f.text().lines().toList();
    String message = lines.isEmpty() ? "" : lines.get(0);
    String hint = lines.size() > 1 ? lines.get(1).strip() : "";
    return new Seen(
        f.start(), f.end(), f.check(), message, hint, FixedText.change(text, f.fixed()));
  }

  private static Seen reviewer(String text, Diagnostic d) {
    SourceText source = new SourceText(text);
    String fixed = ReviewerFindings.fixed(text, d);
    return new Seen(
        source.offset(d.line(), d.column()),
        source.offset(d.endLine(), d.endColumn()),
        d.check(),
        d.text(),
        d.fixHint(),
        FixedText.change(text, fixed));
  }

  private static String render(String text, List<Seen> findings) {
    SourceText source = new SourceText(text);
    List<String> out = new ArrayList<>();
    findings.stream()
        .sorted(
            java.util.Comparator.comparingInt(Seen::start)
                .thenComparing(Seen::check)
                .thenComparingInt(Seen::end))
        .forEach(
            s -> {
              LineColumn start = source.position(s.start());
              LineColumn end = source.position(s.end());
              out.add(
                  start.line()
                      + ":"
                      + start.column()
                      + "-"
                      + end.line()
                      + ":"
                      + end.column()
                      + " "
                      + s.check()
                      + "\n  message: "
                      + s.message()
                      + "\n  hint: "
                      + s.hint()
                      + "\n  fix:\n    "
                      + s.fixed().replace("\n", "\n    "));
            });
    return String.join("\n", out);
  }
}
