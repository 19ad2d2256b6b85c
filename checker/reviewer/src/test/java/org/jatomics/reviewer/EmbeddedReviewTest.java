package org.jatomics.reviewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jatomics.reviewer.report.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link EmbeddedReview}, as the Maven plugin calls it (one run per module, modules in parallel).
 */
class EmbeddedReviewTest {
  private static final String RACY =
      "class Racy { @org.jatomics.annotations.Atomic long n; void inc() { n++; } }\n";

  /** A module with one finding and a .jatomics.yml setting {@code fail-on}. */
  private static Path module(Path dir, String failOn) throws IOException {
    Files.createDirectories(dir.resolve(".git"));
    Files.createDirectories(dir.resolve("src"));
    Files.writeString(dir.resolve("src/Racy.java"), RACY);
    Files.writeString(dir.resolve(ConfigFile.NAME), "fail-on: " + failOn + "\n");
    return dir;
  }

  private static EmbeddedReview.Outcome review(Path module, String... options) throws Exception {
    List<String> arguments = new java.util.ArrayList<>(List.of(options));
    arguments.add(module.resolve("src").toString());
    return EmbeddedReview.run(
        module,
        arguments,
        new PrintWriter(Writer.nullWriter()),
        new PrintWriter(new StringWriter()));
  }

  @Test
  void eachRunReadsItsOwnWorkingFoldersConfigurationConcurrently(@TempDir Path dir)
      throws Exception {
    Path strict = module(dir.resolve("strict"), "warning");
    Path lenient = module(dir.resolve("lenient"), "never");
    for (int round = 0; round < 5; round++) {
      CompletableFuture<EmbeddedReview.Outcome> a =
          CompletableFuture.supplyAsync(() -> unchecked(strict));
      CompletableFuture<EmbeddedReview.Outcome> b =
          CompletableFuture.supplyAsync(() -> unchecked(lenient));
      assertEquals("warning", a.get().failOn());
      assertEquals(Jatomics.FINDINGS, a.get().status());
      assertEquals("never", b.get().failOn());
      assertEquals(Jatomics.CLEAN, b.get().status());
    }
  }

  @Test
  void theReportHoldsTheFindingsAndTheArgumentsWin(@TempDir Path dir) throws Exception {
    Path module = module(dir, "never");
    EmbeddedReview.Outcome outcome = review(module, "--fail-on", "error");
    assertEquals(Jatomics.FINDINGS, outcome.status());
    assertEquals("error", outcome.failOn());
    Diagnostic finding = outcome.report().diagnostics().get(0);
    assertEquals("src/Racy.java", finding.file());
    assertEquals("NonAtomicAccess", finding.check());
  }

  @Test
  void aBadOptionIsAnExceptionNamingIt(@TempDir Path dir) throws Exception {
    Path module = module(dir, "never");
    EmbeddedReview.BadOptionException bad =
        assertThrows(
            EmbeddedReview.BadOptionException.class,
            () -> review(module, "--fail-on", "sometimes"));
    assertEquals("--fail-on: 'sometimes' is not one of error, warning, never", bad.getMessage());
    assertThrows(EmbeddedReview.BadOptionException.class, () -> review(module, "--no-such-option"));
  }

  private static EmbeddedReview.Outcome unchecked(Path module) {
    try {
      return review(module);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
