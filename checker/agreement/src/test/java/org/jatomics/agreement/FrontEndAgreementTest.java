package org.jatomics.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jatomics.checker.CheckName;
import org.jatomics.checker.Config;
import org.jatomics.reviewer.Reviewer;
import org.jatomics.reviewer.report.Diagnostic;
import org.jatomics.reviewer.report.Report;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The two front ends agree: Error Prone (javac trees, full types) and the reviewer (JavaParser
 * trees, no class path) report the same findings, file by file and line by line, with the same
 * messages, over the whole corpus, the samples and the reviewer's example tree.
 */
class FrontEndAgreementTest {
  private static final Path TREE = Corpus.REPOSITORY.resolve("checker/reviewer/src/test/resources/tree");

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
    org.junit.jupiter.api.Assertions.assertFalse(files.isEmpty(), "no samples under " + samples);
    return compare(samples, files);
  }

  private static Stream<DynamicTest> compare(Path root, List<Path> files) throws IOException {
    Map<Path, Set<String>> errorProne = ErrorProneRun.findings(files);
    Map<Path, Set<String>> reviewer = reviewer(root);
    return files.stream()
        .map(file -> DynamicTest.dynamicTest(root.relativize(file).toString(), () -> {
          Path key = file.toAbsolutePath().normalize();
          assertEquals(
              String.join("\n", errorProne.getOrDefault(key, Set.of())),
              String.join("\n", reviewer.getOrDefault(key, Set.of())),
              "Error Prone (expected) vs reviewer (actual) findings of " + file + " (line:Check: message)");
        }));
  }

  private static Map<Path, Set<String>> reviewer(Path root) throws IOException {
    Reviewer.Options options =
        new Reviewer.Options(List.of(root), root, null, 2, EnumSet.allOf(CheckName.class), Config.DEFAULT, null, false);
    Report report = new Reviewer(options).review();
    Map<Path, Set<String>> result = new TreeMap<>();
    for (Diagnostic d : report.diagnostics()) {
      result.computeIfAbsent(root.resolve(d.file()).normalize(), f -> new TreeSet<>()).add(d.line() + ":" + d.check() + ": " + d.message());
    }
    return result;
  }
}
