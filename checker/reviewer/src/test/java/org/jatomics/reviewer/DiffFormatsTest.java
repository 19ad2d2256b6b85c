package org.jatomics.reviewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code --diff} reads everything {@code git diff} writes; each case here once made findings
 * disappear silently (exit 0) or crashed the reviewer.
 */
class DiffFormatsTest {
  private static ChangedLines parse(String diff) throws IOException {
    return ChangedLines.parse(new ByteArrayInputStream(diff.getBytes(StandardCharsets.UTF_8)));
  }

  private static String modified(String header, String minus, String plus) {
    return header
        + "\nindex 1111111..2222222 100644\n--- "
        + minus
        + "\n+++ "
        + plus
        + "\n@@ -1,2 +1,3 @@\n a\n+added\n b\n";
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "default prefixes | diff --git a/src/p/A.java b/src/p/A.java | a/src/p/A.java | b/src/p/A.java | src/p/A.java",
        "mnemonic prefixes | diff --git i/src/p/A.java w/src/p/A.java | i/src/p/A.java | w/src/p/A.java | src/p/A.java",
        "no prefix | diff --git src/p/A.java src/p/A.java | src/p/A.java | src/p/A.java | src/p/A.java",
        "custom prefixes | diff --git old/x/src/p/A.java new/y/src/p/A.java | old/x/src/p/A.java | new/y/src/p/A.java | src/p/A.java",
        "space in a name | diff --git a/src/my dir/A.java b/src/my dir/A.java | a/src/my dir/A.java | b/src/my dir/A.java | src/my dir/A.java",
        "quoted non-ASCII (core.quotePath) | diff --git \"a/src/\\303\\251t\\303\\251/A.java\" \"b/src/\\303\\251t\\303\\251/A.java\" | \"a/src/\\303\\251t\\303\\251/A.java\" | \"b/src/\\303\\251t\\303\\251/A.java\" | src/été/A.java",
        "quoted tab and quote | diff --git \"a/src/t\\tq\\\"/A.java\" \"b/src/t\\tq\\\"/A.java\" | \"a/src/t\\tq\\\"/A.java\" | \"b/src/t\\tq\\\"/A.java\" | src/t\tq\"/A.java",
      })
  void namesInEveryStyle(String style, String header, String minus, String plus, String expected)
      throws IOException {
    ChangedLines lines = parse(modified(header, minus, plus));
    assertTrue(lines.isChanged(Path.of("/repo").resolve(expected), 2), style);
    assertFalse(lines.isChanged(Path.of("/repo").resolve(expected), 1), style);
  }

  @Test
  void renamesCopiesModesBinaryAndNoNewline() throws IOException {
    String diff =
        """
        diff --git a/src/Old.java b/src/New.java
        similarity index 90%
        rename from src/Old.java
        rename to src/New.java
        index 1111111..2222222 100644
        --- a/src/Old.java
        +++ b/src/New.java
        @@ -1,1 +1,2 @@
         a
        +b
        \\ No newline at end of file
        diff --git a/src/Mode.java b/src/Mode.java
        old mode 100644
        new mode 100755
        diff --git a/img.png b/img.png
        index 1111111..2222222 100644
        GIT binary patch
        literal 5
        McmZ?wbhEHb

        literal 0
        HcmV?d00001

        diff --git a/src/Copy.java b/src/Copy2.java
        similarity index 100%
        copy from src/Copy.java
        copy to src/Copy2.java
        diff --git a/src/Last.java b/src/Last.java
        --- a/src/Last.java
        +++ b/src/Last.java
        @@ -3 +3 @@
        -x
        +y
        """
            .replace("\n", "\r\n");
    ChangedLines lines = parse(diff);
    assertTrue(lines.isChanged(Path.of("/r/src/New.java"), 2));
    assertFalse(lines.isChanged(Path.of("/r/src/Old.java"), 2));
    assertFalse(lines.touches(Path.of("/r/src/Mode.java")));
    assertFalse(lines.touches(Path.of("/r/src/Copy2.java")));
    assertTrue(lines.isChanged(Path.of("/r/src/Last.java"), 3), "the file after a binary patch");
  }

  @Test
  void aDeletedSafetyCommentMarksTheStatementBelowIt() throws IOException {
    ChangedLines lines =
        parse(
            """
        diff --git a/src/A.java b/src/A.java
        --- a/src/A.java
        +++ b/src/A.java
        @@ -4,3 +4,2 @@
         int before;
        -    // SAFETY: the segment is confined to this thread.
             long v = RawAtomics.atomicLoad(segment, JAVA_LONG, 0, ACQUIRE);
        """);
    assertTrue(lines.isChanged(Path.of("/r/src/A.java"), 5));
    assertFalse(lines.isChanged(Path.of("/r/src/A.java"), 4));
  }

  @Test
  void combinedDiffsAndHugeHunksAreClearErrorsNotCrashes() throws IOException {
    IOException cc =
        assertThrows(
            IOException.class,
            () -> parse("diff --cc src/A.java\nindex 1,2..3\n@@@ -1,1 -1,1 +1,2 @@@\n"));
    assertTrue(cc.getMessage().contains("combined diffs"), cc.getMessage());
    ChangedLines far =
        parse(
            "diff --git a/A.java b/A.java\n--- a/A.java\n+++ b/A.java\n@@ -2147483000,1 +2147483000,2 @@\n a\n+b\n");
    assertTrue(far.isChanged(Path.of("/r/A.java"), 2147483001), "a hunk near 2^31 costs no memory");
    IOException beyond =
        assertThrows(
            IOException.class,
            () ->
                parse(
                    "diff --git a/A.java b/A.java\n--- a/A.java\n+++ b/A.java\n@@ -1,1 +99999999999,2 @@\n a\n+b\n"));
    assertTrue(
        beyond.getMessage().contains("beyond what a source file can have"), beyond.getMessage());
    assertThrows(IOException.class, () -> parse("hello\nworld\n"));
    assertEquals(false, parse("").touches(Path.of("/r/A.java")));
  }
}
