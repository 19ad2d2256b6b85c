package org.jatomics.reviewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rdjsonl suggestions apply cleanly as reviewdog applies them (ranges in UTF-8 bytes, end
 * exclusive), and each one removes the finding it belongs to without breaking the file.
 */
class RdjsonlSuggestionsTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static List<JsonNode> rdjsonl(Path tree) {
    Cli.Result result =
        Cli.run("review", "--format", "rdjsonl", "--root", tree.toString(), tree.toString());
    List<JsonNode> diagnostics = new ArrayList<>();
    result.out().lines().forEach(line -> diagnostics.add(JSON.readTree(line)));
    return diagnostics;
  }

  @Test
  void everySuggestionAppliesAndFixesItsFinding(@TempDir Path dir) throws IOException {
    Path original = SarifContentTest.copyOf(dir.resolve("original"));
    List<JsonNode> diagnostics = rdjsonl(original);
    int withSuggestions = 0;
    for (JsonNode diagnostic : diagnostics) {
      if (!diagnostic.has("suggestions")) {
        continue;
      }
      withSuggestions++;
      Path tree = SarifContentTest.copyOf(dir.resolve("fix" + withSuggestions));
      String code = diagnostic.at("/code/value").asString();
      String path = diagnostic.at("/location/path").asString();
      Path file = tree.resolve(path);
      long before = count(rdjsonl(tree), path, code);
      Files.write(file, apply(Files.readAllBytes(file), diagnostic.get("suggestions")));
      Cli.Result after =
          Cli.run("review", "--format", "rdjsonl", "--root", tree.toString(), tree.toString());
      assertTrue(after.exit() != 2, "the fixed file must still parse: " + after.out());
      long remaining = 0;
      for (String line : after.out().lines().toList()) {
        JsonNode d = JSON.readTree(line);
        if (d.at("/location/path").asString().equals(path)
            && d.at("/code/value").asString().equals(code)) {
          remaining++;
        }
      }
      assertEquals(
          before - 1, remaining, "fix of " + diagnostic + " gave\n" + Files.readString(file));
    }
    assertTrue(
        withSuggestions >= 4, "the example tree has fixes for four checks: " + withSuggestions);
  }

  @Test
  void columnsAreUtf8Bytes(@TempDir Path dir) throws IOException {
    Path tree = SarifContentTest.copyOf(dir);
    for (JsonNode diagnostic : rdjsonl(tree)) {
      if (diagnostic.at("/location/path").asString().endsWith("Counter.java")
          && diagnostic.at("/location/range/start/line").asInt() == 18) {
        // `    return "é hits: " + hits;`: é is two bytes, so `hits` starts at byte column 26.
        assertEquals(26, diagnostic.at("/location/range/start/column").asInt());
        assertEquals(30, diagnostic.at("/location/range/end/column").asInt());
        byte[] fixed =
            apply(
                Files.readAllBytes(tree.resolve("src/main/java/demo/Counter.java")),
                diagnostic.get("suggestions"));
        assertTrue(
            new String(fixed, StandardCharsets.UTF_8)
                .contains("return \"é hits: \" + CounterAtomics.loadHits(this, ACQUIRE);"));
        assertTrue(
            new String(fixed, StandardCharsets.UTF_8)
                .contains("import static org.jatomics.Ordering.ACQUIRE;"));
        return;
      }
    }
    throw new AssertionError("no finding at Counter.java:18");
  }

  private static long count(List<JsonNode> diagnostics, String path, String code) {
    return diagnostics.stream()
        .filter(
            d ->
                d.at("/location/path").asString().equals(path)
                    && d.at("/code/value").asString().equals(code))
        .count();
  }

  /** Applies suggestions like reviewdog: byte ranges, last first so earlier offsets stay valid. */
  static byte[] apply(byte[] content, JsonNode suggestions) {
    List<int[]> edits = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (JsonNode s : suggestions) {
      int start =
          offset(content, s.at("/range/start/line").asInt(), s.at("/range/start/column").asInt());
      int end = offset(content, s.at("/range/end/line").asInt(), s.at("/range/end/column").asInt());
      edits.add(new int[] {start, end, texts.size()});
      texts.add(s.get("text").asString());
    }
    edits.sort(Comparator.comparingInt((int[] e) -> e[0]).reversed());
    byte[] result = content;
    for (int[] edit : edits) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.write(result, 0, edit[0]);
      out.writeBytes(texts.get(edit[2]).getBytes(StandardCharsets.UTF_8));
      out.write(result, edit[1], result.length - edit[1]);
      result = out.toByteArray();
    }
    return result;
  }

  private static int offset(byte[] content, int line, int column) {
    int current = 1;
    int i = 0;
    while (current < line) {
      if (content[i++] == '\n') {
        current++;
      }
    }
    return i + column - 1;
  }
}
