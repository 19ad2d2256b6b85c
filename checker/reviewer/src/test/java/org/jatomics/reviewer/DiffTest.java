package org.jatomics.reviewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --diff}: only findings on lines a change adds or modifies. */
class DiffTest {
  /**
   * A diff as {@code git diff -M} prints it: deleted, modified, new, renamed+modified, pure rename.
   */
  static final String DIFF =
      """
      diff --git a/src/Gone.java b/src/Gone.java
      deleted file mode 100644
      index b77b4eb..0000000
      --- a/src/Gone.java
      +++ /dev/null
      @@ -1,2 +0,0 @@
      -x
      -y
      diff --git a/src/Keep.java b/src/Keep.java
      index 71ac1b5..f692f05 100644
      --- a/src/Keep.java
      +++ b/src/Keep.java
      @@ -1,8 +1,9 @@
       a
      -b
      +B
       c
       d
       e
      +new
       f
       g
       h
      diff --git a/src/New.java b/src/New.java
      new file mode 100644
      index 0000000..2fe4df4
      --- /dev/null
      +++ b/src/New.java
      @@ -0,0 +1,2 @@
      +n1
      +n2
      diff --git a/src/Keep2.java b/src/Kept.java
      similarity index 100%
      rename from src/Keep2.java
      rename to src/Kept.java
      diff --git a/src/Big.java b/src/Moved.java
      similarity index 90%
      rename from src/Big.java
      rename to src/Moved.java
      index e8823e1..5401050 100644
      --- a/src/Big.java
      +++ b/src/Moved.java
      @@ -12,7 +12,7 @@
       12
       13
       14
      -15
      +fifteen
       16
       17
       18
      """;

  private static ChangedLines changed() throws IOException {
    return ChangedLines.parse(new ByteArrayInputStream(DIFF.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void addedAndChangedLinesOnly() throws IOException {
    ChangedLines lines = changed();
    Path keep = Path.of("repo/src/Keep.java");
    assertTrue(lines.isChanged(keep, 2), "changed line");
    assertTrue(lines.isChanged(keep, 6), "added line");
    for (int context : List.of(1, 3, 4, 5, 7, 8, 9)) {
      assertFalse(lines.isChanged(keep, context), "context line " + context);
    }
  }

  @Test
  void newRenamedAndDeletedFiles() throws IOException {
    ChangedLines lines = changed();
    assertTrue(lines.isChanged(Path.of("src/New.java"), 1));
    assertTrue(lines.isChanged(Path.of("src/New.java"), 2));
    assertTrue(lines.isChanged(Path.of("src/Moved.java"), 15), "renamed: known by its new name");
    assertFalse(lines.isChanged(Path.of("src/Moved.java"), 14));
    assertFalse(lines.touches(Path.of("src/Big.java")), "the old name of a rename is gone");
    assertFalse(lines.touches(Path.of("src/Kept.java")), "a pure rename changes no line");
    assertFalse(lines.touches(Path.of("src/Gone.java")), "deleted");
    assertFalse(lines.touches(Path.of("other/src/Keep.javax")));
  }

  @Test
  void reviewReportsOnlyTouchedLines(@TempDir Path dir) throws IOException {
    Path tree = SarifContentTest.copyOf(dir.resolve("repo"));
    // Counter.java has findings on lines 14 and 18; the change touches line 18 only.
    Path diff = dir.resolve("change.diff");
    Files.writeString(
        diff,
        """
        diff --git a/src/main/java/demo/Counter.java b/src/main/java/demo/Counter.java
        index 1111111..2222222 100644
        --- a/src/main/java/demo/Counter.java
        +++ b/src/main/java/demo/Counter.java
        @@ -17,3 +17,3 @@
           String describe() {
        -    return "hits: " + hits;
        +    return "é hits: " + hits;
           }
        """);
    Cli.Result result =
        Cli.run("review", "--root", tree.toString(), "--diff", diff.toString(), tree.toString());
    assertEquals(1, result.exit());
    List<String> findings =
        result
            .out()
            .lines()
            .filter(l -> l.contains(": error: [") || l.contains(": warning: ["))
            .toList();
    assertEquals(1, findings.size(), result.out());
    assertTrue(
        findings
            .get(0)
            .startsWith("src/main/java/demo/Counter.java:18:25: error: [NonAtomicAccess]"));

    // A diff that touches no finding: exit 0, even though the tree has errors.
    Files.writeString(
        diff,
        """
        diff --git a/src/main/java/demo/Counter.java b/src/main/java/demo/Counter.java
        index 1111111..2222222 100644
        --- a/src/main/java/demo/Counter.java
        +++ b/src/main/java/demo/Counter.java
        @@ -5,2 +5,2 @@
        -public class Counter {
        +public class Counter {
           @Atomic long hits;
        """);
    assertEquals(
        0,
        Cli.run("review", "--root", tree.toString(), "--diff", diff.toString(), tree.toString())
            .exit());
  }

  @Test
  void garbageDiffIsUsageError(@TempDir Path dir) throws IOException {
    Path diff = dir.resolve("bad.diff");
    Files.writeString(diff, "@@ this is not -a diff +at all @@\n+++\n");
    Cli.Result result = Cli.run("review", "--diff", diff.toString(), Cli.tree().toString());
    assertEquals(2, result.exit());
    assertTrue(
        result
            .err()
            .startsWith("jatomics review: --diff: cannot read " + diff + ": not a unified diff"),
        result.err());
  }

  @Test
  void emptyDiffMeansNothingChanged(@TempDir Path dir) throws IOException {
    Path diff = Files.writeString(dir.resolve("empty.diff"), "");
    Cli.Result result = Cli.run("review", "--diff", diff.toString(), Cli.tree().toString());
    assertEquals(0, result.exit());
    assertEquals("jatomics: no findings in 3 files\n", result.out());
  }
}
