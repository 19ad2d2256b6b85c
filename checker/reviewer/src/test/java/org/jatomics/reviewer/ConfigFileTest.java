package org.jatomics.reviewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code .jatomics.yml}, {@code --config} and {@code --no-config}, through the command line. */
class ConfigFileTest {
  private static final String RACY =
      "class %s { @org.jatomics.annotations.Atomic long n; void inc() { n++; } }\n";

  private static Path project(Path dir) throws IOException {
    Files.createDirectories(dir.resolve(".git"));
    Files.createDirectories(dir.resolve("src/generated"));
    Files.writeString(dir.resolve("src/Kept.java"), RACY.formatted("Kept"));
    Files.writeString(dir.resolve("src/generated/Gen.java"), RACY.formatted("Gen"));
    return dir;
  }

  @Test
  void theNearestFileUpToTheRepositoryRootSetsDefaults(@TempDir Path dir) throws IOException {
    Path project = project(dir.resolve("repo"));
    Files.writeString(project.resolve(ConfigFile.NAME), "fail-on: never\nexclude: [generated]\n");
    Path src = project.resolve("src").toAbsolutePath();

    Cli.Result result =
        Cli.runIn(
            project.resolve("src/generated"),
            "review",
            "--root",
            project.toString(),
            src.toString());
    assertEquals(0, result.exit(), result.out() + result.err());
    assertTrue(result.out().contains("src/Kept.java:"), result.out());
    assertTrue(result.out().endsWith("in 1 file\n"), result.out());

    // The command line wins; --no-config ignores the file.
    assertEquals(1, Cli.runIn(project, "review", "--fail-on", "error", src.toString()).exit());
    Cli.Result ignored =
        Cli.runIn(project, "review", "--no-config", "--root", project.toString(), src.toString());
    assertEquals(1, ignored.exit());
    assertTrue(ignored.out().endsWith("in 2 files\n"), ignored.out());

    // Not above the repository root: a file there is not read.
    Files.writeString(dir.resolve(ConfigFile.NAME), "fail-on: bogus\n");
    assertEquals(0, Cli.runIn(project, "review", src.toString()).exit());
  }

  @Test
  void configNamesTheFileAndRelativePathsAreItsFolders(@TempDir Path dir) throws IOException {
    Path project = project(dir);
    Path baselineFile = project.resolve("ci/baseline.json");
    Files.createDirectories(baselineFile.getParent());
    String src = project.resolve("src").toString();
    assertEquals(
        0,
        Cli.runIn(
                project,
                "review",
                "--root",
                project.toString(),
                "--write-baseline",
                baselineFile.toString(),
                src)
            .exit());
    Path config =
        Files.writeString(
            project.resolve("ci/jatomics.yml"),
            "baseline: baseline.json\nenable:\n  - NonAtomicAccess\n");
    Cli.Result result =
        Cli.runIn(
            project, "review", "--root", project.toString(), "--config", config.toString(), src);
    assertEquals(0, result.exit(), result.out() + result.err());
    assertEquals("jatomics: no findings in 2 files\n", result.out());
  }

  @Test
  void theExampleInTheDocsWorks(@TempDir Path dir) throws IOException {
    String docs = Files.readString(Path.of("../../docs/reviewer.md"));
    int section = docs.indexOf("## Configuration file");
    int start = docs.indexOf("```yaml\n", section) + "```yaml\n".length();
    String example = docs.substring(start, docs.indexOf("```", start));
    Path project = project(dir);
    Files.writeString(project.resolve(ConfigFile.NAME), example);
    String src = project.resolve("src").toString();
    Cli.Result write =
        Cli.runIn(
            project,
            "review",
            "--root",
            project.toString(),
            "--write-baseline",
            project.resolve("jatomics-baseline.json").toString(),
            src);
    assertEquals(0, write.exit(), write.err());
    Cli.Result result = Cli.runIn(project, "review", "--root", project.toString(), src);
    assertEquals(0, result.exit(), result.out() + result.err());
    assertEquals(
        "jatomics: no findings in 1 file\n",
        result.out(),
        "generated/ excluded, Kept.java in the baseline");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "fail_on: never|unknown key 'fail_on' (valid keys: baseline, classpath, disable, docs-url, enable, encoding, exclude, fail-on, field-offset-methods, format, unsafe-methods, var-handle-factories)",
        "fail-on: [never]|'fail-on' must be one value",
        "exclude: {a: b}|'exclude' must be a string or a list of strings",
        "- fail-on|expected keys (",
        "fail-on: sometimes|--fail-on: 'sometimes' is not one of error, warning, never",
        "fail-on: [never|not valid YAML",
      })
  void aBadFileFailsNamingTheKey(String caseText, @TempDir Path dir) throws IOException {
    String[] parts = caseText.split("\\|");
    Path project = project(dir);
    Files.writeString(project.resolve(ConfigFile.NAME), parts[0] + "\n");
    Cli.Result result = Cli.runIn(project, "review", project.resolve("src").toString());
    assertEquals(2, result.exit(), result.out());
    assertTrue(result.err().contains(parts[1]), result.err());
    assertEquals(1, result.err().lines().count(), result.err());
  }
}
