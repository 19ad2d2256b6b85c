package org.jatomics.reviewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad input never stops a run: garbage and truncated files are reported (with the parser's
 * position) in every format with exit status 2, and every other file is still analysed; other
 * encodings are read correctly; an empty folder is fine.
 */
class RobustnessTest {
  private static final String GOOD =
      """
      package demo;

      import org.jatomics.annotations.Atomic;

      class Good {
        @Atomic int n;

        int read() {
          return n;
        }
      }
      """;

  private static void tree(Path dir) throws IOException {
    Files.writeString(dir.resolve("Good.java"), GOOD);
    byte[] garbage = new byte[4096];
    new Random(42).nextBytes(garbage);
    Files.write(dir.resolve("Garbage.java"), garbage);
    Files.writeString(dir.resolve("Truncated.java"), GOOD.substring(0, GOOD.indexOf("return")));
  }

  @Test
  void textReportsBrokenFilesAndAnalysesTheRest(@TempDir Path dir) throws IOException {
    tree(dir);
    Cli.Result result = Cli.run("review", "--root", dir.toString(), dir.toString());
    assertEquals(2, result.exit());
    assertTrue(result.out().contains("Good.java:9:12: error: [NonAtomicAccess]"), result.out());
    assertTrue(
        result
            .out()
            .contains(
                "Garbage.java:1:2: error: could not be analysed: Lexical error at line 1, column 2."),
        result.out());
    assertTrue(
        result
            .out()
            .matches(
                "(?s).*Truncated\\.java:8:14: error: could not be analysed: Parse error. Found <EOF>.*"),
        result.out());
    assertTrue(
        result
            .out()
            .endsWith("jatomics: 1 error, 0 warnings in 3 files; 2 files could not be analysed\n"),
        result.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"sarif", "rdjsonl", "github"})
  void everyFormatReportsBrokenFiles(String format, @TempDir Path dir) throws IOException {
    tree(dir);
    Cli.Result result =
        Cli.run("review", "--format", format, "--root", dir.toString(), dir.toString());
    assertEquals(2, result.exit());
    assertTrue(result.out().contains("Truncated.java"), result.out());
    assertTrue(result.out().contains("Garbage.java"), result.out());
    assertTrue(result.out().contains("NonAtomicAccess"), result.out());
  }

  @Test
  void emptyFolder(@TempDir Path dir) {
    Cli.Result result = Cli.run("review", dir.toString());
    assertEquals(0, result.exit());
    assertEquals("jatomics: no findings in 0 files\n", result.out());
  }

  @Test
  void otherEncodings(@TempDir Path dir) throws IOException {
    String text =
        GOOD.replace("class Good {", "class Good {\n  String s = \"Grüße\";")
            .replace("Good", "Enc");
    Files.write(
        dir.resolve("Latin1.java"),
        text.replace("Enc", "Latin1").getBytes(StandardCharsets.ISO_8859_1));
    byte[] utf16 = text.replace("Enc", "Utf16").getBytes(StandardCharsets.UTF_16LE);
    Files.write(dir.resolve("Utf16.java"), SourceDecoderTest.withBom(utf16, 0xFF, 0xFE));
    byte[] utf8 = text.replace("Enc", "Utf8Bom").getBytes(StandardCharsets.UTF_8);
    Files.write(dir.resolve("Utf8Bom.java"), SourceDecoderTest.withBom(utf8, 0xEF, 0xBB, 0xBF));
    Cli.Result result = Cli.run("review", "--root", dir.toString(), dir.toString());
    assertEquals(1, result.exit(), result.out());
    for (String name : new String[] {"Latin1", "Utf16", "Utf8Bom"}) {
      assertTrue(
          result.out().contains(name + ".java:10:12: error: [NonAtomicAccess]"), result.out());
    }
  }

  @Test
  void windowsLineEndingsAndTabs(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("Crlf.java"),
        GOOD.replace("Good", "Crlf")
            .replace("    return n;", "\t\treturn n;")
            .replace("\n", "\r\n"));
    Cli.Result text = Cli.run("review", "--root", dir.toString(), dir.toString());
    assertTrue(text.out().contains("Crlf.java:9:10: error: [NonAtomicAccess]"), text.out());
    Cli.Result sarif =
        Cli.run("review", "--format", "sarif", "--root", dir.toString(), dir.toString());
    assertTrue(sarif.out().contains("\"text\" : \"\\t\\treturn n;\""), sarif.out());
  }

  @Test
  void explicitEncodingThatDoesNotFitIsReported(@TempDir Path dir) throws IOException {
    Files.write(
        dir.resolve("Latin1.java"),
        "class Latin1 { String s = \"Grüße\"; }".getBytes(StandardCharsets.ISO_8859_1));
    Cli.Result result =
        Cli.run("review", "--encoding", "UTF-8", "--root", dir.toString(), dir.toString());
    assertEquals(2, result.exit());
    assertTrue(
        result
            .out()
            .contains("Latin1.java:1:1: error: could not be analysed: not valid UTF-8 text"),
        result.out());
  }

  @Test
  void unreadableFileIsReported(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("Good.java"), GOOD);
    Path locked = Files.writeString(dir.resolve("Locked.java"), "class Locked {}");
    boolean restricted = locked.toFile().setReadable(false, false) && !Files.isReadable(locked);
    Cli.Result result = Cli.run("review", "--root", dir.toString(), dir.toString());
    locked.toFile().setReadable(true, false);
    if (restricted) { // as root, files stay readable: then there is nothing to report
      assertEquals(2, result.exit());
      assertTrue(
          result.out().contains("Locked.java:1:1: error: could not be analysed: cannot be read"),
          result.out());
    }
    assertTrue(result.out().contains("Good.java:9:12: error: [NonAtomicAccess]"));
  }
}
