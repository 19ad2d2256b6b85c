package org.jatomics.reviewer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each format's complete output for the example tree, compared with a reviewed golden file in
 * {@code src/test/resources/golden}. Regenerate after an intended change with {@code
 * -Djatomics.updateGolden=true} and review the diff.
 */
class GoldenOutputTest {
  @ParameterizedTest
  @CsvSource({
    "text, tree.txt",
    "sarif, tree.sarif",
    "rdjsonl, tree.rdjsonl",
    "github, tree.github"
  })
  void formatMatchesGolden(String format, String golden) throws IOException {
    Cli.Result result =
        Cli.run(
            "review", "--root", Cli.tree().toString(), "--format", format, Cli.tree().toString());
    assertEquals(1, result.exit(), result.err());
    assertEquals("", result.err());
    Path file = Path.of("src/test/resources/golden", golden);
    if (Boolean.getBoolean("jatomics.updateGolden")) {
      Files.writeString(file, result.out(), StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(file, StandardCharsets.UTF_8), result.out());
  }
}
