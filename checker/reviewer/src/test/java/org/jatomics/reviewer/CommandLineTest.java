package org.jatomics.reviewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Options, exit statuses and usage errors of {@code jatomics review}. */
class CommandLineTest {
  private static final String TREE = Cli.tree().toString();

  @Test
  void failOnLevels() {
    assertEquals(1, Cli.run("review", "--root", TREE, TREE).exit(), "errors fail by default");
    assertEquals(1, Cli.run("review", "--root", TREE, "--fail-on", "warning", TREE).exit());
    assertEquals(0, Cli.run("review", "--root", TREE, "--fail-on", "never", TREE).exit());
    // Only warnings left: --fail-on error passes, --fail-on warning fails.
    assertEquals(0, Cli.run("review", "--root", TREE, "--disable", "NonAtomicAccess", TREE).exit());
    assertEquals(
        1,
        Cli.run("review", "--root", TREE, "--disable", "NonAtomicAccess", "--fail-on=warning", TREE)
            .exit());
  }

  @Test
  void cleanTreeExitsZero(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("Plain.java"), "class Plain { int x; int get() { return x; } }\n");
    Cli.Result result = Cli.run("review", "--fail-on=warning", dir.toString());
    assertEquals(0, result.exit());
    assertEquals("jatomics: no findings in 1 file\n", result.out());
  }

  @Test
  void enableRunsOnlyTheNamedChecks() {
    Cli.Result result =
        Cli.run("review", "--root", TREE, "--enable", "MixedAccessMode", "--fail-on=never", TREE);
    assertEquals(0, result.exit());
    assertEquals(1, result.out().lines().filter(l -> l.contains(": warning: [")).count());
    assertTrue(result.out().contains("[MixedAccessMode]"));
    Cli.Result two =
        Cli.run("review", "--root", TREE, "--enable", "MixedAccessMode,NonAtomicAccess", TREE);
    assertEquals(
        3,
        two.out()
            .lines()
            .filter(l -> l.contains(": error: [") || l.contains(": warning: ["))
            .count());
  }

  @Test
  void disableDropsAChecksFindingsAndItsSarifRule() {
    Cli.Result result =
        Cli.run(
            "review",
            "--root",
            TREE,
            "--disable",
            "MixedAccessMode",
            "--disable",
            "RelaxedDependentLoad",
            TREE);
    assertFalse(result.out().contains("[MixedAccessMode]"));
    assertFalse(result.out().contains("[RelaxedDependentLoad]"));
    assertTrue(result.out().contains("[NonAtomicAccess]"));
    Cli.Result sarif =
        Cli.run(
            "review", "--format", "sarif", "--root", TREE, "--disable", "MixedAccessMode", TREE);
    assertFalse(sarif.out().contains("\"id\" : \"MixedAccessMode\""));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "--format=xml",
        "--fail-on=sometimes",
        "--enable=NoSuchCheck",
        "--disable=Nope",
        "--jobs=0",
        "--unsafe-methods=NoHash",
        "--encoding=klingon",
        "--no-such-option",
        "--diff=/no/such/diff"
      })
  void badUsageIsExitTwoWithOneLine(String option) {
    Cli.Result result = Cli.run("review", option, TREE);
    assertEquals(2, result.exit(), result.err());
    assertEquals("", result.out());
    assertEquals(1, result.err().lines().count(), result.err());
    assertTrue(result.err().startsWith("jatomics review: "), result.err());
  }

  @Test
  void missingPathOrNoPathIsUsage() {
    Cli.Result missing = Cli.run("review", "/no/such/dir");
    assertEquals(2, missing.exit());
    assertEquals(
        "jatomics review: no such file or folder: /no/such/dir (see 'jatomics review --help')\n",
        missing.err());
    assertEquals(2, Cli.run("review").exit());
    assertEquals(2, Cli.run().exit());
  }

  @Test
  void outputFileGetsTheReport(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("report.sarif");
    Cli.Result result =
        Cli.run("review", "--format", "sarif", "--output", out.toString(), "--root", TREE, TREE);
    assertEquals(1, result.exit());
    assertEquals("", result.out());
    assertEquals("", result.err());
    String sarif = Files.readString(out);
    assertTrue(sarif.contains("\"version\" : \"2.1.0\""));
    assertTrue(sarif.endsWith("}\n"), "the document is complete, with its final newline");
  }

  @Test
  void outputFileWithoutFindingsToFailOn(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("report.sarif");
    Cli.Result result =
        Cli.run(
            "review",
            "--format",
            "sarif",
            "--fail-on",
            "never",
            "--output",
            out.toString(),
            "--root",
            TREE,
            TREE);
    assertEquals(0, result.exit(), result.err());
    assertTrue(Files.readString(out).endsWith("}\n"));
  }

  @Test
  void helpExplainsEveryOption() {
    Cli.Result help = Cli.run("review", "--help");
    assertEquals(0, help.exit());
    for (String option :
        new String[] {
          "--format",
          "--output",
          "--diff",
          "--fail-on",
          "--jobs",
          "--enable",
          "--disable",
          "--unsafe-methods",
          "--field-offset-methods",
          "--var-handle-factories",
          "--encoding",
          "--root",
          "--no-progress",
          "Exit status",
          "--exclude",
          "--baseline",
          "--write-baseline",
          "--config",
          "--no-config",
          "--diff-base",
          "--fix",
          "--color"
        }) {
      assertTrue(help.out().contains(option), option);
    }
  }

  @Test
  void unsafeMethodsOptionAddsUnsafeOperations(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("Native.java"),
        """
        package n;
        class Native {
          static void poke(long address) {}
          void use() {
            poke(42);
          }
        }
        """);
    assertFalse(Cli.run("review", dir.toString()).out().contains("MissingSafetyComment"));
    Cli.Result result = Cli.run("review", "--unsafe-methods", "n.Native#poke", dir.toString());
    assertTrue(
        result.out().contains("Native.java:5:5: warning: [MissingSafetyComment]"), result.out());
  }

  @Test
  void varHandleFactoriesOptionRegistersFieldsForMixedAccessMode(@TempDir Path dir)
      throws IOException {
    Files.writeString(
        dir.resolve("Handles.java"),
        """
        package h;
        import java.lang.invoke.MethodHandles;
        import java.lang.invoke.VarHandle;
        final class Handles {
          static VarHandle findVarHandle(Class<?> owner, String name, Class<?> type) {
            try {
              return MethodHandles.privateLookupIn(owner, MethodHandles.lookup()).findVarHandle(owner, name, type);
            } catch (ReflectiveOperationException e) {
              throw new ExceptionInInitializerError(e);
            }
          }
        }
        """);
    Files.writeString(
        dir.resolve("Gate.java"),
        """
        package h;
        import java.lang.invoke.VarHandle;
        class Gate {
          static final VarHandle OPEN = Handles.findVarHandle(Gate.class, "open", boolean.class);
          boolean open;
          boolean isOpen() {
            return open;
          }
        }
        """);
    assertFalse(Cli.run("review", dir.toString()).out().contains("MixedAccessMode"));
    Cli.Result result =
        Cli.run("review", "--var-handle-factories", "h.Handles#findVarHandle", dir.toString());
    assertTrue(
        result
            .out()
            .contains(
                "Gate.java:7:12: warning: [MixedAccessMode] `open` is accessed through a VarHandle factory (line 4)"),
        result.out());
  }

  @Test
  void sameFindingsWithOneJobOrMany() {
    String one = Cli.run("review", "--root", TREE, "--jobs", "1", TREE).out();
    String many = Cli.run("review", "--root", TREE, "--jobs", "8", TREE).out();
    assertEquals(one, many);
  }

  @Test
  void nothingOnStandardErrorWhenNotATerminal() {
    // Under the test runner there is no terminal: no progress bar, no extra output.
    Cli.Result result = Cli.run("review", "--root", TREE, TREE);
    assertEquals("", result.err());
  }
}
