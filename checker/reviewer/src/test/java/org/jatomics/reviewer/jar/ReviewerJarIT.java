package org.jatomics.reviewer.jar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shipped {@code -all} jar, run with {@code java -jar} on Java 17 as a user or a CI job runs
 * it: what it prints and its exit status, and the guards of docs/security.md reproduced as attacks
 * in a temporary tree. Each test fails when its guard is removed.
 */
class ReviewerJarIT {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;

  /** A tree with one NonAtomicAccess error. */
  private Path tree() throws Exception {
    Path src = Files.createDirectories(dir.resolve("tree/src"));
    Files.writeString(
        src.resolve("Counter.java"),
        """
        import org.jatomics.annotations.Atomic;

        class Counter {
          @Atomic long hits;

          void hit() {
            hits++;
          }
        }
        """);
    return dir.resolve("tree");
  }

  @Test
  void versionExplainAndReviewOnJava17() throws Exception {
    ReviewerJar.Result version = ReviewerJar.run(dir, "--version");
    assertEquals(0, version.exit(), version.err());
    assertEquals(
        "jatomics " + System.getProperty("jatomics.version", "0.1.0-SNAPSHOT"),
        version.out().strip());

    ReviewerJar.Result explain = ReviewerJar.run(dir, "explain", "nonatomicaccess");
    assertEquals(0, explain.exit(), explain.err());
    assertTrue(explain.out().startsWith("# NonAtomicAccess\n"), explain.out());
    assertTrue(explain.out().contains("## Suppressing"), explain.out());

    ReviewerJar.Result unknown = ReviewerJar.run(dir, "explain", "NonAtomic");
    assertEquals(2, unknown.exit());
    assertTrue(
        unknown.err().contains("no check named 'NonAtomic' (checks: NonAtomicAccess,"),
        unknown.err());

    Path tree = tree();
    ReviewerJar.Result review = ReviewerJar.run(tree, "review", "--no-progress", ".");
    assertEquals(1, review.exit(), review.err());
    assertTrue(
        review.out().contains("src/Counter.java:7:5: error: [NonAtomicAccess]"), review.out());
    assertTrue(review.hasNoStackTrace());
  }

  /**
   * The six checks on jatomics' own main code (the Error Prone plugin cannot check the modules it
   * is built after, nor the reviewer without depending on Error Prone): nothing to report, and a
   * finding fails the build.
   */
  @Test
  void ownCodeIsClean() throws Exception {
    Path root = Path.of(System.getProperty("jatomics.root", "../..")).toAbsolutePath().normalize();
    List<String> args = new ArrayList<>(List.of("review", "--no-progress", "--fail-on", "warning"));
    for (String module :
        List.of(
            "annotations",
            "processor",
            "raw",
            "checker/core",
            "checker/errorprone",
            "checker/reviewer")) {
      args.add(root.resolve(module).resolve("src/main/java").toString());
    }
    ReviewerJar.Result review = ReviewerJar.run(dir, args.toArray(String[]::new));
    assertEquals(0, review.exit(), review.out() + review.err());
    assertTrue(review.out().startsWith("jatomics: no findings in "), review.out());
  }

  @Test
  void badOptionsAreUsageErrorsWithoutStackTraces() throws Exception {
    Path tree = tree();
    for (String[] args :
        List.of(
            new String[] {"review", "--docs-url", "not a url", "."},
            new String[] {"review", "--unsafe-methods", "NoHash", "."},
            new String[] {"review", "--max-file-size", "lots", "."},
            new String[] {"review", "--format", "xml", "."},
            new String[] {"review", "missing-folder"},
            new String[] {"frobnicate"})) {
      ReviewerJar.Result result = ReviewerJar.run(tree, args);
      assertEquals(2, result.exit(), String.join(" ", args) + ": " + result.err());
      assertTrue(result.err().startsWith("jatomics"), result.err());
      assertTrue(result.hasNoStackTrace(), result.err());
    }
  }

  @Test
  void outputReplacesASymbolicLinkInsteadOfWritingThroughIt() throws Exception {
    Path tree = tree();
    Path victim = Files.writeString(dir.resolve("victim.txt"), "precious");
    Files.createSymbolicLink(tree.resolve("report.sarif"), victim);
    ReviewerJar.Result result =
        ReviewerJar.run(
            tree, "review", "--no-progress", "--format", "sarif", "-o", "report.sarif", "src");
    assertEquals(1, result.exit(), result.err());
    assertEquals("precious", Files.readString(victim), "the link's target was written through");
    assertFalse(Files.isSymbolicLink(tree.resolve("report.sarif")));
    assertEquals(
        1, JSON.readTree(tree.resolve("report.sarif").toFile()).at("/runs/0/results").size());
    assertEquals(
        perms(Files.createFile(dir.resolve("probe"))),
        perms(tree.resolve("report.sarif")),
        "a report gets the permissions of any new file (not a temporary file's owner-only ones)");
    try (Stream<Path> files = Files.list(tree)) {
      assertEquals(0, files.filter(p -> p.getFileName().toString().endsWith(".tmp")).count());
    }
  }

  @Test
  void unwritableOutputsAreClearErrors() throws Exception {
    Path tree = tree();
    Files.createDirectories(tree.resolve("out-dir"));
    String[][] cases = {
      {"no-such-folder/report.txt", "no such folder"},
      {"out-dir", "is a folder, not a file"},
      {"/dev/full", "is not a regular file"},
    };
    for (String[] c : cases) {
      ReviewerJar.Result result =
          ReviewerJar.run(tree, "review", "--no-progress", "-o", c[0], "src");
      assertEquals(2, result.exit(), c[0] + ": " + result.err());
      assertTrue(result.err().contains(c[1]), result.err());
      assertTrue(result.hasNoStackTrace(), result.err());
    }
  }

  @Test
  void symbolicLinksAreNotFollowedUnlessAsked() throws Exception {
    Path tree = tree();
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Files.writeString(
        outside.resolve("Secret.java"),
        "class Secret { @org.jatomics.annotations.Atomic int SECRET_TOKEN; int f() { return SECRET_TOKEN; } }\n");
    Files.createSymbolicLink(tree.resolve("src/Linked.java"), outside.resolve("Secret.java"));
    Files.createSymbolicLink(tree.resolve("src/linked-folder"), outside);

    ReviewerJar.Result result =
        ReviewerJar.run(tree, "review", "--no-progress", "--format", "sarif", "src");
    assertEquals(2, result.exit(), result.err());
    assertFalse(result.out().contains("SECRET_TOKEN"), "the outside file was read");
    assertTrue(
        result.out().contains("is a symbolic link, not followed (--follow-symlinks reads it)"),
        result.out());

    ReviewerJar.Result operand =
        ReviewerJar.run(tree, "review", "--no-progress", "src/linked-folder");
    assertFalse(
        (operand.out() + operand.err()).contains("SECRET_TOKEN"), "a linked operand was walked");

    ReviewerJar.Result followed =
        ReviewerJar.run(
            tree, "review", "--no-progress", "--follow-symlinks", "--format", "sarif", "src");
    assertEquals(1, followed.exit(), followed.err());
    assertTrue(followed.out().contains("SECRET_TOKEN"), "--follow-symlinks reads links");
  }

  @Test
  void fifosAndOversizedFilesAreReportedNotRead() throws Exception {
    Path tree = tree();
    Process mkfifo = new ProcessBuilder("mkfifo", tree.resolve("src/Pipe.java").toString()).start();
    assertEquals(0, mkfifo.waitFor());
    Files.writeString(tree.resolve("src/Big.java"), "class Big {}\n" + "//".repeat(2000) + "\n");
    ReviewerJar.Result result =
        ReviewerJar.run(tree, "review", "--no-progress", "--max-file-size", "1k", "src");
    assertEquals(2, result.exit(), result.err());
    assertTrue(
        result
            .out()
            .contains("src/Pipe.java:1:1: error: could not be analysed: is not a regular file"),
        result.out());
    assertTrue(
        result
            .out()
            .contains(
                "src/Big.java:1:1: error: could not be analysed: is larger than --max-file-size (4014 > 1024 bytes)"),
        result.out());
    assertTrue(
        result.out().contains("src/Counter.java:7:5: error: [NonAtomicAccess]"),
        "the other files are still reviewed");
  }

  @Test
  void deepAndHugeInputsAreAnalysedNotCrashed() throws Exception {
    Path src = Files.createDirectories(dir.resolve("huge/src"));
    StringBuilder concat = new StringBuilder("class Concat { String s = \"a0\"");
    for (int i = 1; i < 5000; i++) {
      concat.append(" + \"a").append(i).append('"');
    }
    Files.writeString(src.resolve("Concat.java"), concat.append("; }\n"));
    Files.writeString(
        src.resolve("Parens.java"),
        "class Parens { int x = " + "(".repeat(500) + "1" + ")".repeat(500) + "; }\n");
    StringBuilder many =
        new StringBuilder(
            "import org.jatomics.annotations.Atomic;\nclass Many {\n  @Atomic int x;\n  void f() {\n");
    for (int i = 0; i < 100_000; i++) {
      many.append("    x++;\n");
    }
    Files.writeString(src.resolve("Many.java"), many.append("  }\n}\n"));
    // As the launcher runs it: 512 MB of heap, C1 only.
    ReviewerJar.Result result =
        ReviewerJar.run(
            dir.resolve("huge"),
            List.of("-Xmx512m", "-XX:TieredStopAtLevel=1"),
            "review",
            "--no-progress",
            "--format",
            "sarif",
            "-o",
            "report.sarif",
            "--jobs",
            "20000",
            "src");
    assertEquals(1, result.exit(), result.err());
    assertTrue(result.err().contains("--jobs 20000 is more than can help"), result.err());
    assertTrue(result.hasNoStackTrace(), result.err());
    JsonNode run = JSON.readTree(dir.resolve("huge/report.sarif").toFile()).at("/runs/0");
    assertEquals(100_000, run.at("/results").size());
    assertTrue(
        run.at("/invocations/0/executionSuccessful").asBoolean(), "Concat and Parens were parsed");
  }

  /**
   * 100,000 findings over 100 files, in every format, in a 64 MB heap: the findings are streamed to
   * the reporter file by file. Measured (text format, 2026-12-04): this jar passes with 32 MB; the
   * same jar holding every finding until the end (as the reviewer once did) runs out of memory at
   * 64 MB and passes at 128 MB, so the heap sits midway; main's jar before streaming, likewise,
   * fails at 64 MB (out of memory) and passes at 128 MB.
   */
  @Test
  void manyFindingsStreamInEveryFormatInASmallHeap() throws Exception {
    Path src = Files.createDirectories(dir.resolve("many/src"));
    for (int k = 0; k < 100; k++) {
      StringBuilder many =
          new StringBuilder(
              "import org.jatomics.annotations.Atomic;\nclass Many"
                  + k
                  + " {\n  @Atomic int x;\n  void f() {\n");
      many.append("    x++;\n".repeat(1000));
      Files.writeString(src.resolve(String.format("Many%03d.java", k)), many.append("  }\n}\n"));
    }
    for (String format : List.of("text", "sarif", "rdjsonl", "github")) {
      ReviewerJar.Result result =
          ReviewerJar.run(
              dir.resolve("many"),
              List.of("-Xmx64m", "-XX:TieredStopAtLevel=1"),
              "review",
              "--no-progress",
              "--format",
              format,
              "-o",
              "report." + format,
              "src");
      assertEquals(1, result.exit(), format + ": " + result.err());
      assertTrue(result.hasNoStackTrace(), result.err());
      Path report = dir.resolve("many/report." + format);
      switch (format) {
        case "sarif" -> {
          JsonNode run = JSON.readTree(report.toFile()).at("/runs/0");
          assertEquals(100_000, run.at("/results").size());
          assertEquals(
              "src/Many000.java",
              run.at("/results/0/locations/0/physicalLocation/artifactLocation/uri").asString());
          assertEquals(
              "src/Many099.java",
              run.at("/results/99999/locations/0/physicalLocation/artifactLocation/uri")
                  .asString());
          assertTrue(run.at("/invocations/0/executionSuccessful").asBoolean());
        }
        case "text" -> {
          List<String> lines = Files.readAllLines(report); // a finding, its fix, ..., the summary
          assertEquals(200_001, lines.size());
          assertTrue(
              lines.get(0).startsWith("src/Many000.java:5:5: error: [NonAtomicAccess]"),
              lines.get(0));
          assertTrue(
              lines.get(199_998).startsWith("src/Many099.java:1004:5: error:"), lines.get(199_998));
          assertEquals("jatomics: 100000 errors, 0 warnings in 100 files", lines.get(200_000));
        }
        default -> {
          try (Stream<String> lines = Files.lines(report)) {
            assertEquals(100_000, lines.count(), format);
          }
        }
      }
    }
  }

  @Test
  void anUnreadableFolderIsReportedNotSkipped() throws Exception {
    Path tree = tree();
    Files.copy(
        tree.resolve("src/Counter.java"),
        Files.createDirectories(tree.resolve("src/locked")).resolve("Hidden.java"));
    Path jar = Files.copy(ReviewerJar.jar(), dir.resolve("reviewer.jar"));
    List<String> command = new ArrayList<>();
    if (isRoot()) {
      // Root reads every folder; an unprivileged user (nobody) does not. It needs to reach the tree
      // and the jar, so the temporary folder is opened to it, except the locked folder.
      List<String> asNobody =
          Files.isExecutable(Path.of("/usr/bin/setpriv"))
              ? List.of("/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups")
              : Files.isExecutable(Path.of("/usr/sbin/runuser"))
                  ? List.of("/usr/sbin/runuser", "-u", "nobody", "--")
                  : List.of();
      if (asNobody.isEmpty()) {
        skip("running as root and neither setpriv nor runuser can drop to an unprivileged user");
      }
      command.addAll(asNobody);
      try (Stream<Path> all = Files.walk(dir)) {
        for (Path p : all.toList()) {
          Files.setPosixFilePermissions(
              p,
              java.nio.file.attribute.PosixFilePermissions.fromString(
                  Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
        }
      }
    }
    Path locked = tree.resolve("src/locked");
    Files.setPosixFilePermissions(
        locked, java.nio.file.attribute.PosixFilePermissions.fromString("-wx------"));
    try {
      if (!isRoot() && Files.isReadable(locked)) {
        skip(
            "this user reads a folder whose read permission is removed (and is not root, to run as nobody)");
      }
      command.addAll(
          List.of(ReviewerJar.java(), "-jar", jar.toString(), "review", "--no-progress", "src"));
      ReviewerJar.Result result = ReviewerJar.start(tree, command);
      assertEquals(2, result.exit(), result.out() + result.err());
      assertTrue(
          result
              .out()
              .contains(
                  "src/locked:1:1: error: could not be analysed: is a folder that cannot be read"),
          result.out());
      assertTrue(
          result.out().contains("src/Counter.java:7:5: error: [NonAtomicAccess]"),
          "the other files are still reviewed");
      assertFalse(result.out().contains("Hidden.java"), result.out());
      assertTrue(result.hasNoStackTrace(), result.err());
    } finally {
      Files.setPosixFilePermissions(
          locked, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
    }
  }

  private static boolean isRoot() throws Exception {
    Process id = new ProcessBuilder("id", "-u").start();
    String uid = new String(id.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    id.waitFor();
    return uid.equals("0");
  }

  private static void skip(String reason) {
    System.err.println("ReviewerJarIT: skipped: " + reason);
    org.junit.jupiter.api.Assumptions.abort(reason);
  }

  @Test
  void anInterruptedOrConcurrentWriteNeverLeavesAHalfReport() throws Exception {
    Path src = Files.createDirectories(dir.resolve("big/src"));
    StringBuilder many =
        new StringBuilder(
            "import org.jatomics.annotations.Atomic;\nclass Many {\n  @Atomic int x;\n  void f() {\n");
    for (int i = 0; i < 30_000; i++) {
      many.append("    x++;\n");
    }
    Files.writeString(src.resolve("Many.java"), many.append("  }\n}\n"));
    Path report = Files.writeString(dir.resolve("big/report.sarif"), "{\"previous\":true}");

    // SIGTERM while the report is being written: the previous report stays, whole.
    List<String> command =
        new ArrayList<>(
            List.of(
                ReviewerJar.java(),
                "-jar",
                ReviewerJar.jar().toAbsolutePath().toString(),
                "review",
                "--no-progress",
                "--format",
                "sarif",
                "-o",
                "report.sarif",
                "src"));
    Process process = new ProcessBuilder(command).directory(dir.resolve("big").toFile()).start();
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (System.nanoTime() < deadline && process.isAlive() && !hasTemporary(dir.resolve("big"))) {
      Thread.sleep(2);
    }
    process.destroy(); // SIGTERM
    process.waitFor();
    String after = Files.readString(report, StandardCharsets.UTF_8);
    assertTrue(
        after.equals("{\"previous\":true}")
            || JSON.readTree(after).at("/runs/0/results").size() == 30_000,
        "a half-written report: " + after.length() + " chars");
    assertFalse(
        hasTemporary(dir.resolve("big")), "the temporary file is removed when the JVM is stopped");

    // Four runs at once on the same --output: one complete report wins.
    List<Process> runs = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      runs.add(new ProcessBuilder(command).directory(dir.resolve("big").toFile()).start());
    }
    for (Process run : runs) {
      assertEquals(1, run.waitFor());
    }
    assertEquals(30_000, JSON.readTree(report.toFile()).at("/runs/0/results").size());
  }

  @Test
  void hostileFileNamesCannotInjectWorkflowCommands() throws Exception {
    Path tree = tree();
    Path evil =
        Files.createDirectories(tree.resolve("src/x\n::warning file=README.md::owned\u001b[2J"));
    Files.copy(tree.resolve("src/Counter.java"), evil.resolve("Counter.java"));
    // At the root, the text format's line would start with the folder's name.
    Path atRoot = Files.createDirectories(tree.resolve("::warning file=README.md::owned"));
    Files.copy(tree.resolve("src/Counter.java"), atRoot.resolve("Counter.java"));
    for (String format : List.of("text", "github", "rdjsonl", "sarif")) {
      ReviewerJar.Result result =
          ReviewerJar.run(
              tree,
              "review",
              "--no-progress",
              "--format",
              format,
              "src",
              atRoot.getFileName().toString());
      assertEquals(1, result.exit(), format + ": " + result.err());
      for (String line : (result.out() + result.err()).split("\r\n|\r|\n", -1)) {
        assertFalse(
            line.stripLeading().startsWith("::warning file=README.md"),
            format + " printed a workflow command: " + line);
        assertFalse(line.contains("\u001b"), format + " printed an escape character: " + line);
      }
      if (format.equals("sarif")) {
        for (JsonNode result1 : JSON.readTree(result.out()).at("/runs/0/results")) {
          String uri = result1.at("/locations/0/physicalLocation/artifactLocation/uri").asString();
          assertEquals(null, new java.net.URI(uri).getScheme(), "a relative reference: " + uri);
          assertFalse(uri.contains("\n"), uri);
        }
      }
    }
  }

  private static boolean hasTemporary(Path folder) throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      return files.anyMatch(p -> p.getFileName().toString().endsWith(".tmp"));
    }
  }

  private static String perms(Path file) throws Exception {
    return java.nio.file.attribute.PosixFilePermissions.toString(
        Files.getPosixFilePermissions(file));
  }
}
