package org.jatomics.reviewer.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.jatomics.reviewer.ChangedLines;
import org.jatomics.reviewer.SourceDecoder;

/**
 * Properties of the parts that read what a pull request controls: the diff parser never fails other
 * than with a message (an {@link IOException}), and finds the changed line of any file name git can
 * quote; the decoder accepts any bytes. jqwik generates the inputs (1,000 per property by default,
 * shrunk to a minimal case on failure).
 */
class UntrustedInputPropertiesTest {
  /** Any text is either a diff or a clear refusal: never another exception. */
  @Property(tries = 2000)
  void anyTextIsParsedOrRefusedWithAMessage(@ForAll("diffLike") String text) {
    try {
      ChangedLines.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    } catch (IOException refused) {
      assertFalse(refused.getMessage() == null || refused.getMessage().isBlank());
    }
  }

  @Provide
  Arbitrary<String> diffLike() {
    Arbitrary<String> line =
        Arbitraries.oneOf(
            Arbitraries.of(
                "diff --git a/A.java b/A.java",
                "--- a/A.java",
                "+++ b/A.java",
                "@@ -1,2 +1,3 @@",
                "@@ -0,0 +1 @@",
                "@@@ -1 -1 +1 @@@",
                "diff --cc A.java",
                " context",
                "+added",
                "-removed",
                "\\ No newline at end of file",
                "rename to B.java",
                "GIT binary patch",
                "literal 0",
                "",
                "+++ /dev/null",
                "deleted file mode 100644",
                "@@ -1 +99999999999 @@"),
            Arbitraries.strings().ofMaxLength(40));
    return line.list().ofMaxSize(30).map(lines -> String.join("\n", lines));
  }

  /** Whatever characters a file name has, as git quotes it, the added line is found under it. */
  @Property(tries = 1000)
  void quotedNamesRoundTrip(
      @ForAll("names") String name, @ForAll @IntRange(min = 1, max = 100000) int line)
      throws IOException {
    String quoted = quote("b/src/" + name + ".java");
    String a = quote("a/src/" + name + ".java");
    String diff =
        "diff --git "
            + a
            + " "
            + quoted
            + "\n--- "
            + a
            + "\n+++ "
            + quoted
            + "\n@@ -"
            + line
            + ",1 +"
            + line
            + ",2 @@\n x\n+y\n";
    ChangedLines lines =
        ChangedLines.parse(new ByteArrayInputStream(diff.getBytes(StandardCharsets.UTF_8)));
    Path file = Path.of("/repo/src/" + name + ".java");
    assertTrue(lines.isChanged(file, line + 1), diff);
    assertFalse(lines.isChanged(file, line), diff);
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.strings()
        .withChars("abcXYZ _-.é漢😀\t\"\\")
        .ofMinLength(1)
        .ofMaxLength(12)
        .filter(
            n ->
                !n.isBlank()
                    && !n.startsWith(".")
                    && !n.contains("..")
                    && !n.endsWith(" ")
                    && !n.startsWith(" ")
                    && representable(n));
  }

  /** Names the platform's file-name encoding can hold (all of them under a UTF-8 locale). */
  private static boolean representable(String name) {
    try {
      Path.of("/repo/src/" + name + ".java");
      return true;
    } catch (java.nio.file.InvalidPathException e) {
      return false;
    }
  }

  /**
   * git's quoting (core.quotePath): C escapes, octal bytes for non-ASCII; quotes only when needed.
   */
  private static String quote(String name) {
    StringBuilder out = new StringBuilder("\"");
    boolean needed = false;
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c == '"' || c == '\\') {
        out.append('\\').append((char) c);
        needed = true;
      } else if (c == '\t') {
        out.append("\\t");
        needed = true;
      } else if (c < 0x20 || c >= 0x80) {
        out.append('\\').append(String.format("%03o", c));
        needed = true;
      } else {
        out.append((char) c);
      }
    }
    return needed ? out.append('"').toString() : name;
  }

  /** Any bytes decode (a BOM, invalid UTF-8, NUL bytes, an odd UTF-16 length), never throw. */
  @Property(tries = 2000)
  void anyBytesDecode(@ForAll byte[] bytes) throws Exception {
    String text = SourceDecoder.decode(bytes, null);
    assertEquals(text, SourceDecoder.decode(bytes, null), "decoding is deterministic");
  }
}
