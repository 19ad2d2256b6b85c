package org.jatomics.reviewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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

  /**
   * {@code --baseline} and {@code --fix} take findings out of the report, never the calls that
   * could not be resolved (both once rebuilt the report without them: the summary said nothing and
   * SARIF listed no notification).
   */
  @ParameterizedTest
  @ValueSource(strings = {"--baseline", "--fix"})
  void baselineAndFixKeepThem(String option, @TempDir Path root) throws IOException {
    Path src = Files.createDirectories(root.resolve("src"));
    Files.writeString(src.resolve("Reader.java"), READER);
    Path baseline = root.resolve("baseline.json");
    Cli.Result recorded =
        Cli.run(
            "review", "--root", root.toString(), "--write-baseline", baseline.toString(), "src");
    assertEquals(0, recorded.exit(), recorded.err());
    String[] withOption =
        option.equals("--baseline")
            ? new String[] {"--baseline", baseline.toString()}
            : new String[] {"--fix"};

    Cli.Result text = Cli.run(args(root, withOption, src));
    assertEquals(0, text.exit(), text.err());
    assertEquals(
        "jatomics: no findings in 1 file; 2 calls on a receiver that may be Unsafe could not be resolved\n",
        text.out());

    Cli.Result sarif = Cli.run(args(root, withOption, src, "--format=sarif"));
    JsonNode notifications =
        JsonMapper.builder()
            .build()
            .readTree(sarif.out())
            .at("/runs/0/invocations/0/toolExecutionNotifications");
    assertEquals(2, notifications.size(), sarif.out());
  }

  private static String[] args(Path root, String[] option, Path src, String... more) {
    List<String> args = new ArrayList<>(List.of("review", "--root", root.toString()));
    args.addAll(List.of(option));
    args.addAll(List.of(more));
    args.add(src.toString());
    return args.toArray(String[]::new);
  }
}
