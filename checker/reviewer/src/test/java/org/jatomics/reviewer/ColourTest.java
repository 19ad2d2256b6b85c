package org.jatomics.reviewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --color}: text on a terminal only, unless asked. */
class ColourTest {
  private static final String TREE = Cli.tree().toString();
  private static final String ESC = "\u001b[";

  @Test
  void autoAndNeverPrintNoEscapes() {
    // The tests' standard output is not a terminal: auto means no colour.
    Cli.Result auto = Cli.run("review", "--root", TREE, TREE);
    assertFalse(auto.out().contains(ESC), auto.out());
    Cli.Result never = Cli.run("review", "--color", "never", "--root", TREE, TREE);
    assertEquals(auto.out(), never.out());
  }

  @Test
  void alwaysColoursOnlyTheDecorationOfTheTextFormat(@TempDir Path dir) throws IOException {
    Cli.Result plain = Cli.run("review", "--root", TREE, TREE);
    Cli.Result always = Cli.run("review", "--color=always", "--root", TREE, TREE);
    assertEquals(plain.exit(), always.exit());
    assertTrue(
        always.out().contains("\u001b[1;31merror:\u001b[0m [NonAtomicAccess]"), always.out());
    assertTrue(always.out().contains("\u001b[1;35mwarning:\u001b[0m ["), always.out());
    assertTrue(always.out().contains("    \u001b[36mfix:\u001b[0m "), always.out());
    // Without the escapes it is the plain text, byte for byte.
    assertEquals(plain.out(), always.out().replaceAll("\u001b\\[[0-9;]*m", ""));

    assertFalse(
        Cli.run("review", "--color=always", "--format", "sarif", "--root", TREE, TREE)
            .out()
            .contains(ESC));
    Path report = dir.resolve("report.txt");
    Cli.run("review", "--color=always", "--output", report.toString(), "--root", TREE, TREE);
    assertEquals(plain.out(), Files.readString(report), "files never get colour");
  }

  @Test
  void aBadValueIsAUsageError() {
    Cli.Result result = Cli.run("review", "--color=sometimes", TREE);
    assertEquals(2, result.exit());
    assertTrue(
        result.err().contains("--color: 'sometimes' is not one of auto, always, never"),
        result.err());
  }
}
