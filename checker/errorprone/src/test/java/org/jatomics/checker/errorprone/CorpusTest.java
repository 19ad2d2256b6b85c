package org.jatomics.checker.errorprone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.jatomics.checker.CheckName;
import org.jatomics.checker.corpus.CorpusMarkers;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every file of the conformance corpus ({@code test-data/}) through javac with Error Prone,
 * the six checks and the processor, and compares the findings with the file's markers exactly:
 * every marked line flagged by the marked check, nothing else flagged anywhere (generated accessors
 * included), and no compile error besides NonAtomicAccess's own.
 */
class CorpusTest {
  static final Path CORPUS = Path.of(System.getProperty("jatomics.testData", "../../test-data"));

  static List<Path> corpusFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    for (CheckName check : CheckName.values()) {
      Path dir = CORPUS.resolve(check.name());
      if (Files.isDirectory(dir)) {
        try (Stream<Path> list = Files.list(dir)) {
          list.filter(p -> p.toString().endsWith(".java")).sorted().forEach(files::add);
        }
      }
    }
    return files;
  }

  @Test
  void everyCheckHasAtLeastFifteenFiles() throws IOException {
    for (CheckName check : CheckName.values()) {
      try (Stream<Path> list = Files.list(CORPUS.resolve(check.name()))) {
        long count = list.filter(p -> p.toString().endsWith(".java")).count();
        assertTrue(count >= 15, check + " has " + count + " corpus files");
      }
    }
  }

  @TestFactory
  Stream<DynamicTest> corpus() throws IOException {
    return corpusFiles().stream()
        .map(
            file -> DynamicTest.dynamicTest(CORPUS.relativize(file).toString(), () -> check(file)));
  }

  private static void check(Path file) throws IOException {
    Compiler.Result result = Compiler.compile(List.of(), file);
    Set<String> expected = new TreeSet<>();
    for (CorpusMarkers.Expected e : CorpusMarkers.expected(Files.readString(file))) {
      expected.add(e.toString());
    }
    Set<String> actual = new TreeSet<>(result.findings(file));
    List<String> other = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : result.diagnostics()) {
      String message = d.getMessage(Locale.ROOT);
      boolean ours = Compiler.sameFile(d, file) && Compiler.isCheckFinding(message);
      boolean javacNote = d.getKind() != Diagnostic.Kind.ERROR && !Compiler.isCheckFinding(message);
      if (!ours && !javacNote) {
        other.add(
            d.getKind()
                + " "
                + (d.getSource() == null ? "" : d.getSource().getName())
                + ":"
                + d.getLineNumber()
                + " "
                + message);
      }
      if (message.contains("internal error")) {
        other.add("internal failure: " + message);
      }
    }
    assertEquals(List.of(), other, "diagnostics besides the corpus file's findings");
    assertEquals(
        String.join("\n", expected),
        String.join("\n", actual),
        "findings of " + file + " (line:Check)");
  }
}
