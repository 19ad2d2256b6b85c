package org.jatomics.reviewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --diff-base REF} on real git repositories built with JGit. */
class DiffBaseTest {
  private static final String HEADER =
      "package demo;\nimport org.jatomics.annotations.Atomic;\nclass Counter {\n  @Atomic long n;\n";

  @Test
  void reportsOnlyWhatTheWorkTreeChangedSinceTheMergeBase(@TempDir Path repo) throws Exception {
    Path counter = repo.resolve("src/Counter.java");
    Files.createDirectories(counter.getParent());
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
      Files.writeString(counter, HEADER + "  void old() { n++; }\n}\n");
      commit(git, "old finding");
      git.checkout().setCreateBranch(true).setName("topic").call();
      Files.writeString(
          counter, HEADER + "  void old() { n++; }\n  void committed() { n--; }\n}\n");
      commit(git, "a finding on the branch");
      git.checkout().setName("main").call();
      Files.writeString(repo.resolve("src/Other.java"), "class Other {}\n");
      commit(git, "main moves on");
      git.checkout().setName("topic").call();
    }
    // Uncommitted: one more finding in the work tree, and a new untracked file with one.
    Files.writeString(
        counter,
        HEADER
            + "  void old() { n++; }\n  void committed() { n--; }\n  void edited() { n += 2; }\n}\n");
    Files.writeString(
        repo.resolve("src/New.java"),
        "package demo;\nclass New { @org.jatomics.annotations.Atomic int m; void f() { m++; } }\n");

    Cli.Result result =
        Cli.runIn(repo, "review", "--diff-base", "main", repo.resolve("src").toString());
    assertEquals(1, result.exit(), result.err());
    List<String> findings = result.out().lines().filter(l -> l.contains(": error: [")).toList();
    assertEquals(
        List.of("src/Counter.java:6:", "src/Counter.java:7:", "src/New.java:2:"),
        findings.stream().map(l -> l.substring(0, l.indexOf(':', l.indexOf(':') + 1) + 1)).toList(),
        result.out());

    // Against HEAD itself only the uncommitted changes count.
    Cli.Result head =
        Cli.runIn(repo, "review", "--diff-base", "HEAD", repo.resolve("src").toString());
    assertEquals(2, head.out().lines().filter(l -> l.contains(": error: [")).count(), head.out());
  }

  @Test
  void theConfigurationAndBaselineOfTheBaseCountNotTheChanges(@TempDir Path repo) throws Exception {
    Path counter = repo.resolve("src/Counter.java");
    Files.createDirectories(counter.getParent());
    Path baseline = repo.resolve("baseline.json");
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
      Files.writeString(counter, HEADER + "  void old() { n++; }\n}\n");
      Files.writeString(
          repo.resolve(ConfigFile.NAME), "fail-on: warning\nbaseline: baseline.json\n");
      assertEquals(
          0,
          Cli.runIn(
                  repo,
                  "review",
                  "--write-baseline",
                  baseline.toString(),
                  repo.resolve("src").toString())
              .exit());
      commit(git, "gate and baseline");
      git.checkout().setCreateBranch(true).setName("topic").call();
    }
    // The change switches its gate off and records its own finding in the baseline.
    Files.writeString(counter, HEADER + "  void old() { n++; }\n  void added() { n++; }\n}\n");
    Files.writeString(repo.resolve(ConfigFile.NAME), "fail-on: never\nbaseline: baseline.json\n");
    assertEquals(
        0,
        Cli.runIn(
                repo,
                "review",
                "--write-baseline",
                baseline.toString(),
                repo.resolve("src").toString())
            .exit());
    String src = repo.resolve("src").toString();
    assertEquals(
        0,
        Cli.runIn(repo, "review", src).exit(),
        "without --diff-base the work tree's files count");

    Cli.Result gated = Cli.runIn(repo, "review", "--diff-base", "main", src);
    assertEquals(1, gated.exit(), gated.out() + gated.err());
    assertTrue(gated.out().contains("src/Counter.java:6:"), gated.out());
    // --config names a file explicitly (the CI's own choice); --no-config ignores it, and then the
    // command line's --baseline is still read from the base.
    assertEquals(
        0,
        Cli.runIn(
                repo,
                "review",
                "--diff-base",
                "main",
                "--config",
                repo.resolve(ConfigFile.NAME).toString(),
                src)
            .exit());
    assertEquals(
        1,
        Cli.runIn(
                repo,
                "review",
                "--diff-base",
                "main",
                "--no-config",
                "--baseline",
                baseline.toString(),
                src)
            .exit());
  }

  @Test
  void badReferencesAndFoldersAreUsageErrors(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("A.java"), "class A {}\n");
    Cli.Result notARepo = Cli.runIn(dir, "review", "--diff-base", "main", dir.toString());
    assertEquals(2, notARepo.exit());
    assertTrue(notARepo.err().contains("--diff-base:"), notARepo.err());
    try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
      commit(git, "first");
    }
    Cli.Result noSuchRef =
        Cli.runIn(dir, "review", "--diff-base", "no-such-branch", dir.toString());
    assertEquals(2, noSuchRef.exit());
    assertTrue(
        noSuchRef.err().contains("--diff-base: 'no-such-branch' names no commit"), noSuchRef.err());
    assertEquals(
        2, Cli.runIn(dir, "review", "--diff-base", "main", "--diff", "-", dir.toString()).exit());
  }

  private static void commit(Git git, String message) throws Exception {
    git.add().addFilepattern(".").call();
    git.commit()
        .setMessage(message)
        .setAuthor("t", "t@example.com")
        .setCommitter("t", "t@example.com")
        .setSign(false)
        .call();
  }
}
