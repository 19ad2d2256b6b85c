package org.jatomics.reviewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The SARIF output validates against the SARIF 2.1.0 schema of {@code ../shared/schemas} (next to
 * the repository, as in CI; {@code -Djatomics.shared=DIR} points elsewhere) and carries what GitHub
 * code scanning reads.
 */
class SarifSchemaTest {
  private static Schema schema;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Loads the schema once; without it (a checkout without ../shared) each test is skipped. */
  @BeforeEach
  void loadSchema() throws IOException {
    if (schema != null) {
      return;
    }
    Path root = Path.of(System.getProperty("jatomics.root", "../.."));
    Path shared =
        Path.of(System.getProperty("jatomics.shared", root.resolve("../shared").toString()));
    Path file = shared.resolve("schemas/sarif-2.1.0-rtm.5.json");
    assumeTrue(
        Files.isRegularFile(file), "no SARIF schema at " + file.toAbsolutePath().normalize());
    try (InputStream in = Files.newInputStream(file)) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
    }
  }

  private static JsonNode review(String... paths) {
    String[] args = new String[paths.length + 5];
    args[0] = "review";
    args[1] = "--format";
    args[2] = "sarif";
    args[3] = "--root";
    args[4] = Cli.tree().toString();
    System.arraycopy(paths, 0, args, 5, paths.length);
    return JSON.readTree(Cli.run(args).out());
  }

  @Test
  void findingsValidate() {
    JsonNode log = review(Cli.tree().toString());
    List<Error> errors = schema.validate(log);
    assertEquals(List.of(), errors);

    // The validator is not vacuous: a log without its version is rejected.
    ObjectNode broken = (ObjectNode) log.deepCopy();
    broken.remove("version");
    assertFalse(schema.validate(broken).isEmpty());
  }

  @Test
  void structuredMessagesValidate() {
    JsonNode log = review(Cli.tree().toString());
    JsonNode message = log.at("/runs/0/results/0/message");
    assertTrue(
        message.get("id").isString() && message.get("arguments").isArray(), message::toString);
    for (JsonNode rule : log.at("/runs/0/tool/driver/rules")) {
      assertTrue(rule.at("/messageStrings/internalFailure/text").isString(), rule::toString);
    }
    assertEquals(List.of(), schema.validate(log));

    // The schema does check these parts: arguments must be strings, message strings objects.
    JsonNode badArguments = log.deepCopy();
    ((ObjectNode) badArguments.at("/runs/0/results/0/message")).putArray("arguments").add(1);
    assertFalse(schema.validate(badArguments).isEmpty());
    JsonNode badStrings = log.deepCopy();
    ((ObjectNode) badStrings.at("/runs/0/tool/driver/rules/0/messageStrings"))
        .put("internalFailure", "a string, not a multiformatMessageString");
    assertFalse(schema.validate(badStrings).isEmpty());
  }

  @Test
  void unparsableFileValidatesAsToolNotification(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("Broken.java"), "class Broken { void m( }");
    JsonNode log = review(dir.toString());
    assertEquals(List.of(), schema.validate(log));
    JsonNode invocation = log.at("/runs/0/invocations/0");
    assertFalse(invocation.get("executionSuccessful").asBoolean());
    assertEquals("error", invocation.at("/toolExecutionNotifications/0/level").asString());
  }
}
