package org.jatomics.reviewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the reviewer could not resolve is said, never silently dropped (contract section 9): an
 * Unsafe memory access through another library's holder ({@code UnsafeAccess.UNSAFE} from a jar the
 * reviewer does not see) is counted in the text summary and listed in SARIF as a tool execution
 * notification; calls on receivers that cannot be Unsafe are not.
 */
class UnresolvedReceiversTest {
  private static final String READER =
      """
      package p;

      import org.agrona.UnsafeAccess;

      class Reader {
        int read(long address) {
          return UnsafeAccess.UNSAFE.getInt(address);
        }

        long readLong(Holder h, long address) {
          return h.unsafe().getLongVolatile(null, address);
        }

        String other(Holder h) {
          return h.name().getName() + h.unsafe().pageSize();
        }
      }
      """;

  @Test
  void summaryCountsUnresolvedReceivers(@TempDir Path root) throws IOException {
    Files.writeString(root.resolve("Reader.java"), READER);
    Cli.Result result = Cli.run("review", "--root", root.toString(), root.toString());
    assertEquals(0, result.exit(), result.err());
    assertEquals(
        "jatomics: no findings in 1 file; 2 calls on a receiver that may be Unsafe could not be resolved\n",
        result.out());
  }

  @Test
  void sarifListsThemAsNotifications(@TempDir Path root) throws IOException {
    Files.writeString(root.resolve("Reader.java"), READER);
    Cli.Result result =
        Cli.run("review", "--format=sarif", "--root", root.toString(), root.toString());
    JsonNode invocation =
        JsonMapper.builder().build().readTree(result.out()).at("/runs/0/invocations/0");
    assertTrue(invocation.get("executionSuccessful").asBoolean());
    JsonNode notifications = invocation.get("toolExecutionNotifications");
    assertEquals(2, notifications.size(), notifications.toString());
    JsonNode first = notifications.get(0);
    assertEquals("note", first.get("level").asString());
    assertTrue(
        first.at("/message/text").asString().contains("`UnsafeAccess.UNSAFE`"), first.toString());
    assertEquals(
        "Reader.java", first.at("/locations/0/physicalLocation/artifactLocation/uri").asString());
    assertEquals(7, first.at("/locations/0/physicalLocation/region/startLine").asInt());
    assertEquals(32, first.at("/locations/0/physicalLocation/region/startColumn").asInt());
    assertTrue(notifications.get(1).at("/message/text").asString().contains("`h.unsafe()`"));
  }
}
