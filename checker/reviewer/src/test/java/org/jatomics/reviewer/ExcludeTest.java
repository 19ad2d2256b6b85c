package org.jatomics.reviewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jatomics review --exclude GLOB}. */
class ExcludeTest {
  @Test
  void excludeSkipsMatchingFilesAndFolders(@TempDir Path dir) throws IOException {
    String racy = "class %s { @org.jatomics.annotations.Atomic long n; void inc() { n++; } }\n";
    Files.createDirectories(dir.resolve("src/generated/deep"));
    Files.createDirectories(dir.resolve("src/main"));
    Files.writeString(dir.resolve("src/main/Kept.java"), racy.formatted("Kept"));
    Files.writeString(dir.resolve("src/main/KeptTest.java"), racy.formatted("KeptTest"));
    Files.writeString(dir.resolve("src/generated/deep/Gen.java"), racy.formatted("Gen"));
    String root = dir.toString();

    assertEquals(3, findings(Cli.run("review", "--root", root, root)));
    Cli.Result byName =
        Cli.run(
            "review", "--root", root, "--exclude", "generated", "--exclude", "*Test.java", root);
    assertEquals(1, findings(byName));
    assertTrue(byName.out().contains("src/main/Kept.java:"), byName.out());
    assertTrue(
        byName.out().endsWith("in 1 file\n"), "excluded files are not read: " + byName.out());
    assertEquals(
        2, findings(Cli.run("review", "--root", root, "--exclude", "src/generated/**", root)));
    assertEquals(
        2, findings(Cli.run("review", "--root", root, "--exclude", "src/*/*Test.java", root)));
    // Relative to the folder given, not to the working directory or --root.
    assertEquals(3, findings(Cli.run("review", "--root", root, "--exclude", "main/*.java", root)));
    assertEquals(
        2,
        findings(
            Cli.run(
                "review",
                "--root",
                root,
                "--exclude",
                "main/*Test.java",
                dir.resolve("src").toString())));
    // A file named on the command line is matched by its name.
    assertEquals(
        0,
        findings(
            Cli.run(
                "review",
                "--root",
                root,
                "--exclude",
                "Kept*.java",
                dir.resolve("src/main/Kept.java").toString(),
                dir.resolve("src/main/KeptTest.java").toString())));
  }

  @Test
  void aMalformedGlobIsAUsageError(@TempDir Path dir) {
    Cli.Result result = Cli.run("review", "--exclude", "src/{a,b", dir.toString());
    assertEquals(2, result.exit());
    assertTrue(
        result.err().startsWith("jatomics review: --exclude: 'src/{a,b' is not a valid glob"),
        result.err());
  }

  private static long findings(Cli.Result result) {
    return result.out().lines().filter(l -> l.contains(": error: [NonAtomicAccess]")).count();
  }
}
