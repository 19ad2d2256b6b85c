package org.jatomics.reviewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jatomics.checker.CheckName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** {@code jatomics explain NAME} and the same pages in SARIF, through the command line. */
class ExplainTest {
  @Test
  void explainPrintsTheCheckPageOfTheRepository() throws IOException {
    for (CheckName check : CheckName.values()) {
      Cli.Result result = Cli.run("explain", check.name());
      assertEquals(0, result.exit(), result.err());
      assertEquals(
          Files.readString(Path.of("../../docs/checks/" + check.name() + ".md")), result.out());
    }
    assertTrue(
        Cli.run("explain", "nonatomicaccess").out().startsWith("# NonAtomicAccess\n"),
        "case ignored");
  }

  @Test
  void anUnknownNameListsTheChecksAndExitsTwo() {
    Cli.Result result = Cli.run("explain", "NonAtomicAcess");
    assertEquals(2, result.exit());
    assertEquals("", result.out());
    assertTrue(result.err().contains("no check named 'NonAtomicAcess'"), result.err());
    for (CheckName check : CheckName.values()) {
      assertTrue(result.err().contains(check.name()), check.name());
    }
    assertEquals(2, Cli.run("explain").exit(), "the name is required");
  }

  @Test
  void sarifRulesCarryThePagesExplainPrints() {
    String tree = Cli.tree().toString();
    Cli.Result result =
        Cli.run("review", "--format", "sarif", "--fail-on", "never", "--root", tree, tree);
    JsonNode rules = new ObjectMapper().readTree(result.out()).at("/runs/0/tool/driver/rules");
    assertEquals(CheckName.values().length, rules.size());
    for (JsonNode rule : rules) {
      assertEquals(
          Cli.run("explain", rule.get("id").asString()).out(),
          rule.at("/help/markdown").asString());
      assertEquals(1, rule.at("/help/text").asString().lines().count());
    }
  }
}
