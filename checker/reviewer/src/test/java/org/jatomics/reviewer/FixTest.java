package org.jatomics.reviewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --fix}: the suggested fixes applied in place, through the command line. */
class FixTest {
  @Test
  void fixAppliesTheMachineApplicableEditsAndReportsWhatIsLeft(@TempDir Path dir)
      throws IOException {
    Path tree = SarifContentTest.copyOf(dir.resolve("tree"));
    String root = tree.toString();
    Cli.Result before =
        Cli.run("review", "--root", root, "--format", "sarif", "--fail-on", "never", root);
    long machine = count(before.out(), "\"applicability\" : \"machine-applicable\"");
    long withFix = count(before.out(), "\"applicability\" : ");
    long all = count(before.out(), "\"ruleId\" : ");
    assertTrue(machine > 0 && machine < withFix && withFix < all, before.out());

    Cli.Result fixed = Cli.run("review", "--root", root, "--fix", "--fail-on", "never", root);
    assertEquals(0, fixed.exit(), fixed.err());
    assertTrue(fixed.err().contains("jatomics: fixed " + machine + " finding"), fixed.err());
    assertTrue(fixed.err().contains("jatomics: " + (withFix - machine) + " fix"), fixed.err());
    assertTrue(fixed.err().contains("--unsafe-fixes applies them"), fixed.err());
    assertEquals(
        all - machine, findings(fixed.out()), "the report lists what is left: " + fixed.out());

    // The files now hold the fixes: a new run finds the rest, and --unsafe-fixes applies the fixes
    // that need review or hold placeholders.
    Cli.Result after = Cli.run("review", "--root", root, "--fail-on", "never", root);
    assertEquals(fixed.out(), after.out());
    Cli.Result unsafe =
        Cli.run("review", "--root", root, "--fix", "--unsafe-fixes", "--fail-on", "never", root);
    assertTrue(
        unsafe.err().contains("jatomics: fixed " + (withFix - machine) + " finding"), unsafe.err());
    assertEquals(all - withFix, findings(unsafe.out()), unsafe.out());
    Cli.Result again =
        Cli.run("review", "--root", root, "--fix", "--unsafe-fixes", "--fail-on", "never", root);
    assertTrue(again.err().contains("jatomics: fixed 0 findings in 0 files"), again.err());
    assertNotEquals(
        Files.readString(Cli.tree().resolve("src/main/java/demo/Counter.java")),
        Files.readString(tree.resolve("src/main/java/demo/Counter.java")));
  }

  private static long count(String text, String needle) {
    return text.lines().filter(l -> l.contains(needle)).count();
  }

  private static long findings(String text) {
    return text.lines().filter(l -> l.contains(": error: [") || l.contains(": warning: [")).count();
  }
}
