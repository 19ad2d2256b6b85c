package org.jatomics.reviewer.jar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The code-review bot recipes under {@code ci/recipes} (which {@code action.yml}, the pre-commit
 * hook and docs/ci.md use verbatim), run as a CI job runs them against a sample pull request: a git
 * repository whose base commit is clean and whose pull-request commit adds one finding.
 */
class RecipesIT {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Path RECIPES =
      Path.of(System.getProperty("jatomics.root", "../..")).resolve("ci/recipes").toAbsolutePath();

  @TempDir Path dir;
  Path repo;

  @BeforeEach
  void pullRequest() throws Exception {
    repo = Files.createDirectories(dir.resolve("repo"));
    Path src = Files.createDirectories(repo.resolve("src/p"));
    git("init", "-q", "-b", "main");
    Files.writeString(
        src.resolve("Old.java"),
        """
        package p;
        import org.jatomics.annotations.Atomic;
        class Old {
          @Atomic long hits;
          long legacy() { return hits; }
        }
        """);
    git("add", "-A");
    git("commit", "-q", "-m", "base");
    git("branch", "base");
    Files.writeString(
        src.resolve("Counter.java"),
        """
        package p;
        import org.jatomics.annotations.Atomic;
        class Counter {
          @Atomic long hits;
          void hit() { hits++; }
        }
        """);
    git("add", "-A");
    git("commit", "-q", "-m", "pull request");
  }

  private void git(String... args) throws Exception {
    List<String> command =
        new ArrayList<>(List.of("git", "-c", "user.name=t", "-c", "user.email=t@example.org"));
    command.addAll(List.of(args));
    assertEquals(
        0, new ProcessBuilder(command).directory(repo.toFile()).inheritIO().start().waitFor());
  }

  private ReviewerJar.Result recipe(String script, Map<String, String> env, String... args)
      throws Exception {
    List<String> command = new ArrayList<>(List.of("bash", RECIPES.resolve(script).toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(repo.toFile());
    builder.environment().put("JATOMICS_JAR", ReviewerJar.jar().toAbsolutePath().toString());
    builder.environment().put("JAVA", ReviewerJar.java());
    builder.environment().putAll(env);
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process p = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    int exit = p.waitFor();
    return new ReviewerJar.Result(exit, Files.readString(out), Files.readString(err));
  }

  @Test
  void codeScanningWritesSarifForBothFindings() throws Exception {
    ReviewerJar.Result result = recipe("code-scanning.sh", Map.of("SARIF", "out.sarif"), "src");
    assertEquals(0, result.exit(), result.err());
    JsonNode results = JSON.readTree(repo.resolve("out.sarif").toFile()).at("/runs/0/results");
    assertEquals(2, results.size(), results.toString());
  }

  @Test
  void annotationsCoverOnlyThePullRequestsLines() throws Exception {
    ReviewerJar.Result result = recipe("annotations.sh", Map.of("BASE_REF", "base"), "src");
    assertEquals(1, result.exit(), result.err());
    assertEquals(
        1, result.out().lines().filter(l -> l.startsWith("::error ")).count(), result.out());
    assertTrue(result.out().contains("file=src/p/Counter.java,line=5"), result.out());
    assertFalse(result.out().contains("Old.java"), "the base's finding is not the pull request's");
  }

  @Test
  void reviewdogGetsValidRdjsonlAndAFailingReviewerFailsThePipeline() throws Exception {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path received = dir.resolve("received.rdjsonl");
    Path stub = bin.resolve("reviewdog");
    // A stand-in for reviewdog that records what it is fed and, like reviewdog, exits 0.
    Files.writeString(stub, "#!/usr/bin/env bash\ncat > '" + received + "'\nexit 0\n");
    Files.setPosixFilePermissions(stub, PosixFilePermissions.fromString("rwxr-xr-x"));
    Map<String, String> env = Map.of("PATH", bin + ":" + System.getenv("PATH"));

    ReviewerJar.Result ok = recipe("reviewdog.sh", env, "src");
    assertEquals(0, ok.exit(), ok.err());
    List<String> lines = Files.readAllLines(received);
    assertEquals(2, lines.size(), lines.toString());
    for (String line : lines) {
      JsonNode diagnostic = JSON.readTree(line);
      assertTrue(diagnostic.at("/location/path").asString().startsWith("src/p/"), line);
    }

    // The reviewer fails (a missing path: exit 2); pipefail makes the job fail too.
    ReviewerJar.Result failing = recipe("reviewdog.sh", env, "no-such-folder");
    assertEquals(2, failing.exit(), "pipefail lost the reviewer's failure: " + failing.err());
  }

  @Test
  void preCommitHookFailsOnAStagedFileWithAFinding() throws Exception {
    ReviewerJar.Result clean = recipe("pre-commit.sh", Map.of());
    assertEquals(0, clean.exit(), "no staged Java file: nothing to do");
    ReviewerJar.Result result = recipe("pre-commit.sh", Map.of(), "src/p/Counter.java");
    assertEquals(1, result.exit(), result.err());
    assertTrue(
        result.out().contains("src/p/Counter.java:5:16: error: [NonAtomicAccess]"), result.out());
  }
}
