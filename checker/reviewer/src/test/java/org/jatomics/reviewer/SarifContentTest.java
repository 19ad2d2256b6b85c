package org.jatomics.reviewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jatomics.checker.CheckName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What GitHub code scanning needs from the SARIF log, property by property. */
class SarifContentTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static JsonNode sarif(Path root, Path... paths) {
    String[] args = new String[5 + paths.length];
    args[0] = "review";
    args[1] = "--format=sarif";
    args[2] = "--root";
    args[3] = root.toString();
    args[4] = "--fail-on=never";
    for (int i = 0; i < paths.length; i++) {
      args[5 + i] = paths[i].toString();
    }
    return JSON.readTree(Cli.run(args).out());
  }

  @Test
  void rulesCarryWhatCodeScanningReads() {
    JsonNode rules = sarif(Cli.tree(), Cli.tree()).at("/runs/0/tool/driver/rules");
    assertEquals(CheckName.values().length, rules.size());
    for (JsonNode rule : rules) {
      CheckName check = CheckName.valueOf(rule.get("id").asString());
      assertFalse(rule.at("/shortDescription/text").asString().isBlank());
      assertFalse(rule.at("/fullDescription/text").asString().isBlank());
      assertFalse(rule.at("/help/text").asString().isBlank());
      assertEquals(
          org.jatomics.checker.CheckDocs.page(check), rule.at("/help/markdown").asString());
      assertFalse(rule.has("helpUri"), "no link unless --docs-url is given");
      assertEquals(
          check.defaultSeverity().name().toLowerCase(java.util.Locale.ROOT),
          rule.at("/defaultConfiguration/level").asString());
    }
  }

  @Test
  void resultsHaveRelativeUrisOneBasedRegionsAndFingerprints() {
    JsonNode results = sarif(Cli.tree(), Cli.tree()).at("/runs/0/results");
    assertEquals(7, results.size());
    Set<String> fingerprints = new HashSet<>();
    for (JsonNode result : results) {
      assertTrue(result.has("ruleId") && result.at("/message/text").asString().length() > 0);
      JsonNode location = result.at("/locations/0/physicalLocation");
      String uri = location.at("/artifactLocation/uri").asString();
      assertTrue(uri.startsWith("src/main/java/demo/"), uri);
      JsonNode region = location.get("region");
      assertTrue(region.get("startLine").asInt() >= 1 && region.get("startColumn").asInt() >= 1);
      assertTrue(
          region.get("endColumn").asInt() > region.get("startColumn").asInt()
              || region.get("endLine").asInt() > region.get("startLine").asInt());
      fingerprints.add(result.at("/partialFingerprints/primaryLocationLineHash").asString());
    }
    assertEquals(results.size(), fingerprints.size());
  }

  @Test
  void urisAreEncodedAndFilesOutsideTheRootAbsolute(@TempDir Path dir) throws IOException {
    Path root = Files.createDirectories(dir.resolve("repo"));
    Path inside = Files.createDirectories(root.resolve("my src"));
    Path outside = Files.createDirectories(dir.resolve("elsewhere"));
    String code =
        "package p;\nimport org.jatomics.annotations.Atomic;\nclass %s { @Atomic int n; int r() { return n; } }\n";
    Files.writeString(inside.resolve("Grüße.java"), code.formatted("Inside"));
    Files.writeString(outside.resolve("Out.java"), code.formatted("Out"));
    JsonNode results = sarif(root, inside, outside).at("/runs/0/results");
    assertEquals(2, results.size());
    JsonNode first = results.get(0).at("/locations/0/physicalLocation/artifactLocation");
    JsonNode second = results.get(1).at("/locations/0/physicalLocation/artifactLocation");
    JsonNode relative = first.has("uriBaseId") ? first : second;
    JsonNode absolute = first.has("uriBaseId") ? second : first;
    assertEquals("my%20src/Gr%C3%BC%C3%9Fe.java", relative.get("uri").asString());
    assertEquals(outside.resolve("Out.java").toUri().toString(), absolute.get("uri").asString());
    assertFalse(absolute.has("uriBaseId"));
  }

  @Test
  void messagesAreTheirRulesMessageStringsFilledWithTheirArguments() {
    JsonNode run = sarif(Cli.tree(), Cli.tree()).at("/runs/0");
    Set<String> ids = new HashSet<>();
    for (JsonNode result : run.at("/results")) {
      JsonNode rule = run.at("/tool/driver/rules/" + result.get("ruleIndex").asInt());
      String id = result.at("/message/id").asString();
      ids.add(id);
      JsonNode pattern = rule.at("/messageStrings/" + id + "/text");
      assertTrue(pattern.isString(), id + " is not a message string of " + rule.get("id"));
      List<String> arguments = new ArrayList<>();
      result.at("/message/arguments").forEach(a -> arguments.add(a.asString()));
      assertEquals(
          result.at("/message/text").asString(), SarifMessages.fill(pattern.asString(), arguments));
    }
    assertEquals(7, ids.size(), "the example tree has seven kinds of message: " + ids);
    // The arguments name what the message is about: `hits` read plainly on Counter.java:18.
    JsonNode read = firstResult(sarif(Cli.tree(), Cli.tree()), "Counter.java", 18);
    assertEquals("plainReadOfAtomic", read.at("/message/id").asString());
    assertEquals("hits", read.at("/message/arguments/0").asString());
    assertEquals(
        "CounterAtomics.loadHits(this, ACQUIRE)", read.at("/message/arguments/1").asString());
  }

  @Test
  void regionEndColumnIsExclusive(@TempDir Path dir) throws IOException {
    Path tree = copyOf(dir);
    JsonNode result = firstResult(sarif(tree, tree), "Counter.java", 18);
    // `return "é hits: " + hits;`: the flagged expression `hits` spans columns 25..28.
    assertEquals(25, result.at("/locations/0/physicalLocation/region/startColumn").asInt());
    assertEquals(29, result.at("/locations/0/physicalLocation/region/endColumn").asInt());
  }

  @Test
  void fingerprintSurvivesUnrelatedEditsAndMovedLines(@TempDir Path dir) throws IOException {
    Path tree = copyOf(dir);
    Path counter = tree.resolve("src/main/java/demo/Counter.java");
    String before =
        firstResult(sarif(tree, tree), "Counter.java", 18)
            .at("/partialFingerprints/primaryLocationLineHash")
            .asString();
    // Unrelated edit above: a new comment line and reindented whitespace elsewhere.
    String text = Files.readString(counter);
    Files.writeString(counter, text.replace("/** A counter", "// unrelated\n/** A counter"));
    JsonNode moved = firstResult(sarif(tree, tree), "Counter.java", 19);
    assertEquals(before, moved.at("/partialFingerprints/primaryLocationLineHash").asString());
    // Changing the flagged line itself changes it.
    Files.writeString(
        counter, Files.readString(counter).replace("\"é hits: \" + hits", "\"hits=\" + hits"));
    JsonNode changed = firstResult(sarif(tree, tree), "Counter.java", 19);
    assertNotEquals(before, changed.at("/partialFingerprints/primaryLocationLineHash").asString());
  }

  private static JsonNode firstResult(JsonNode log, String file, int line) {
    for (JsonNode result : log.at("/runs/0/results")) {
      JsonNode location = result.at("/locations/0/physicalLocation");
      if (location.at("/artifactLocation/uri").asString().endsWith(file)
          && location.at("/region/startLine").asInt() == line) {
        return result;
      }
    }
    throw new AssertionError("no result at " + file + ":" + line + " in " + log);
  }

  static Path copyOf(Path dir) throws IOException {
    Path source = Cli.tree();
    try (var files = Files.walk(source)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Path target = dir.resolve(source.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    return dir;
  }
}
