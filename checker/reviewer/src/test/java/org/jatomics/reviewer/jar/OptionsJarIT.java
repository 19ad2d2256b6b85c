package org.jatomics.reviewer.jar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reviewer's options that bring libraries into the -all jar (JGit, Jackson YAML, SLF4J) and the
 * resources it must carry (check pages, the version), run with {@code java -jar} on Java 17.
 */
class OptionsJarIT {
  private static final String RACY =
      "class A { @org.jatomics.annotations.Atomic long n; void f() { n++; } }\n";

  @Test
  void versionAndExplainComeFromTheJar(@TempDir Path dir) throws Exception {
    ReviewerJar.Result version = ReviewerJar.run(dir, "--version");
    assertEquals(0, version.exit(), version.err());
    assertTrue(version.out().matches("jatomics \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R"), version.out());
    ReviewerJar.Result explain = ReviewerJar.run(dir, "explain", "MixedAccessMode");
    assertEquals(0, explain.exit(), explain.err());
    assertTrue(explain.out().startsWith("# MixedAccessMode"), explain.out());
  }

  @Test
  void diffBaseReadsTheGateFromTheBaseAndFixWritesTheFile(@TempDir Path repo) throws Exception {
    Path a = Files.createDirectories(repo.resolve("src")).resolve("A.java");
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
      Files.writeString(a, RACY);
      Files.writeString(repo.resolve(".jatomics.yml"), "exclude: [generated]\n");
      git.add().addFilepattern(".").call();
      git.commit()
          .setMessage("base")
          .setAuthor("t", "t@example.com")
          .setCommitter("t", "t@example.com")
          .setSign(false)
          .call();
    }
    Files.writeString(repo.resolve(".jatomics.yml"), "fail-on: never\n");
    Files.writeString(repo.resolve("src/B.java"), RACY.replace("class A", "class B"));

    ReviewerJar.Result gated = ReviewerJar.run(repo, "review", "--diff-base", "main", "src");
    assertEquals(1, gated.exit(), gated.out() + gated.err());
    assertTrue(gated.out().startsWith("src/B.java:1:"), gated.out());
    assertFalse(gated.out().contains("src/A.java"), gated.out());
    assertEquals("", gated.err(), "nothing but the report (no SLF4J warning)");
    assertTrue(gated.hasNoStackTrace());

    ReviewerJar.Result fixed = ReviewerJar.run(repo, "review", "--fix", "src");
    assertTrue(fixed.err().contains("jatomics: fixed 2 findings in 2 files"), fixed.err());
    assertTrue(
        Files.readString(a).contains("AAtomics.fetchAddN(this, 1, FULL)"), Files.readString(a));
  }
}
