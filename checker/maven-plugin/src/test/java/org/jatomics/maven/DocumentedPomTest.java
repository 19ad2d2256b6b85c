package org.jatomics.maven;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The plugin configuration that docs/maven-plugin.md shows is the one the failing-build IT builds
 * (src/it/failing-build/pom.xml): every {@code xml} block of the page that configures the plugin
 * appears in that POM line for line (indentation aside), so the documented snippet is run by {@code
 * mvn verify}.
 */
class DocumentedPomTest {
  private static final Path ROOT = Path.of(System.getProperty("jatomics.root", "../.."));
  private static final Pattern XML_BLOCK = Pattern.compile("(?s)```xml\\n(.*?)```");

  @Test
  void documentedPluginConfigurationIsTheTestedOne() throws IOException {
    String page = Files.readString(ROOT.resolve("docs/maven-plugin.md"));
    List<String> tested =
        trimmedLines(
            Files.readString(ROOT.resolve("checker/maven-plugin/src/it/failing-build/pom.xml")));
    List<String> snippets = new ArrayList<>();
    Matcher block = XML_BLOCK.matcher(page);
    while (block.find()) {
      if (block.group(1).contains("<artifactId>jatomics-maven-plugin</artifactId>")) {
        snippets.add(block.group(1));
      }
    }
    assertFalse(snippets.isEmpty(), "docs/maven-plugin.md shows no plugin configuration");
    for (String snippet : snippets) {
      List<String> lines = trimmedLines(snippet);
      assertTrue(
          java.util.Collections.indexOfSubList(tested, lines) >= 0,
          "docs/maven-plugin.md shows a configuration that src/it/failing-build/pom.xml does not build:\n"
              + snippet);
    }
  }

  private static List<String> trimmedLines(String text) {
    return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
  }
}
