package org.jatomics.reviewer.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jatomics.checker.CheckName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The reviewer over the whole conformance corpus in one run (the cross-file index holds every file)
 * yields exactly the findings the markers demand: each marked line flagged by the marked check,
 * nothing else flagged anywhere.
 */
class ConformanceTest {
  @Test
  void corpusIsThereForEveryCheck() throws IOException {
    for (CheckName check : CheckName.values()) {
      assertTrue(
          Files.isDirectory(Corpus.ROOT.resolve(check.name())), "no corpus folder for " + check);
    }
    assertTrue(
        Corpus.files().size() >= CheckName.values().length,
        "corpus has " + Corpus.files().size() + " files");
  }

  @Test
  void everyCorpusFileParses() throws IOException {
    assertEquals(List.of(), Corpus.problems());
  }

  @TestFactory
  Stream<DynamicTest> markersMatchExactly() throws IOException {
    return Corpus.files().stream()
        .map(
            file ->
                DynamicTest.dynamicTest(
                    Corpus.ROOT.relativize(file).toString(), () -> check(file)));
  }

  private static void check(Path file) throws IOException {
    assertEquals(
        String.join("\n", Corpus.expected(file)),
        String.join("\n", Corpus.reviewed(file)),
        "findings of " + file + " (line:Check)");
  }
}
