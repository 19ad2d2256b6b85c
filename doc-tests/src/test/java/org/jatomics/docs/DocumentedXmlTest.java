package org.jatomics.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.jatomics.docs.MarkdownPages.Block;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every XML snippet of the README and docs/ is built by {@code mvn verify}: it appears, line for
 * line (indentation aside), in the POM of a project under {@code doc-tests/src/it} or {@code
 * checker/maven-plugin/src/it}, which maven-invoker-plugin builds against the artifacts this build
 * installs and checks with its verify.groovy. The jatomics version a snippet states is written
 * {@code @project.version@} in those POMs (the invoker substitutes this build's); the version
 * itself is DocumentedVersionTest's business.
 */
class DocumentedXmlTest {
  private static final String VERSION = System.getProperty("jatomics.version");

  static List<Block> xmlSnippets() {
    return MarkdownPages.blocks().stream().filter(b -> b.language().equals("xml")).toList();
  }

  @ParameterizedTest
  @MethodSource("xmlSnippets")
  void snippetIsPartOfABuiltProject(Block snippet) throws IOException {
    List<String> lines = trimmedLines(snippet.text().replace(VERSION, "@project.version@"));
    List<Path> built = builtPoms();
    for (Path pom : built) {
      if (Collections.indexOfSubList(trimmedLines(Files.readString(pom)), lines) >= 0) {
        return;
      }
    }
    throw new AssertionError(
        snippet
            + " shows XML that no project under src/it builds; put it, line for line, into the"
            + " pom.xml of one (with @project.version@ for the jatomics version):\n"
            + snippet.text());
  }

  @Test
  void findsTheSnippets() {
    List<String> where = xmlSnippets().stream().map(Block::where).toList();
    assertTrue(where.stream().anyMatch(w -> w.startsWith("README.md:")), where.toString());
    assertTrue(
        where.stream().anyMatch(w -> w.startsWith("docs/maven-plugin.md:")), where.toString());
    assertTrue(where.size() >= 4, where.toString());
  }

  /**
   * The {@code .mvn/jvm.config} the docs show is the one this repository and the README's project
   * build with.
   */
  @Test
  void documentedJvmConfigIsTheUsedOne() throws IOException {
    String used = Files.readString(MarkdownPages.ROOT.resolve(".mvn/jvm.config"));
    assertEquals(
        used,
        Files.readString(
            MarkdownPages.ROOT.resolve("doc-tests/src/it/maven-error-prone/.mvn/jvm.config")));
    List<Block> shown =
        MarkdownPages.blocks().stream()
            .filter(b -> b.text().startsWith("--add-exports jdk.compiler/"))
            .toList();
    assertTrue(!shown.isEmpty(), "no page shows .mvn/jvm.config");
    for (Block block : shown) {
      assertEquals(trimmedLines(used), trimmedLines(block.text()), block.where());
    }
  }

  private static List<Path> builtPoms() throws IOException {
    List<Path> poms = new ArrayList<>();
    for (String folder : List.of("doc-tests/src/it", "checker/maven-plugin/src/it")) {
      try (Stream<Path> projects = Files.list(MarkdownPages.ROOT.resolve(folder))) {
        projects.map(p -> p.resolve("pom.xml")).filter(Files::isRegularFile).forEach(poms::add);
      }
    }
    return poms;
  }

  private static List<String> trimmedLines(String text) {
    return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
  }
}
