package org.jatomics.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Maven and Java versions the README and docs/maven-plugin.md say the Maven plugin needs are
 * the ones its descriptor ({@code META-INF/maven/plugin.xml} in the built jar, which Maven checks
 * before it runs the plugin) requires, and the Maven floor is CONTRACT section 2's: Maven 3.8.
 */
class DocumentedRequirementsTest {
  private static final String CONTRACT_MAVEN = "3.8";

  @Test
  void mavenPluginNeedsWhatTheDocsSay() throws IOException {
    String descriptor = pluginDescriptor();
    String maven = element(descriptor, "requiredMavenVersion");
    String java = element(descriptor, "requiredJavaVersion");
    assertEquals(CONTRACT_MAVEN, maven, "CONTRACT section 2: Maven 3.8+ (<prerequisites>)");

    String readme = MarkdownPages.read(MarkdownPages.ROOT.resolve("README.md"));
    Matcher row =
        Pattern.compile(
                "\\[the Maven plugin\\]\\(#the-maven-plugin\\) \\| Maven (\\S+)\\+, Java (\\d+)\\+")
            .matcher(readme);
    assertTrue(row.find(), "README.md's table row for the Maven plugin");
    assertEquals(maven, row.group(1), "README.md: the Maven the plugin needs");
    assertEquals(java, row.group(2), "README.md: the Java the plugin needs");

    String page = MarkdownPages.read(MarkdownPages.ROOT.resolve("docs/maven-plugin.md"));
    Matcher needs =
        Pattern.compile("needs Maven (\\S+) or newer \\(tested with [^)]+\\) on Java (\\d+)\\+")
            .matcher(page);
    assertTrue(needs.find(), "docs/maven-plugin.md's \"It needs Maven ...\"");
    assertEquals(maven, needs.group(1), "docs/maven-plugin.md: the Maven the plugin needs");
    assertEquals(java, needs.group(2), "docs/maven-plugin.md: the Java the plugin needs");
  }

  /** The jatomics plugin's descriptor, from the plugin jar on the test class path. */
  private static String pluginDescriptor() throws IOException {
    for (URL url :
        Collections.list(
            DocumentedRequirementsTest.class
                .getClassLoader()
                .getResources("META-INF/maven/plugin.xml"))) {
      try (InputStream in = url.openStream()) {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        if (text.contains("<artifactId>jatomics-maven-plugin</artifactId>")) {
          return text;
        }
      }
    }
    throw new AssertionError("no jatomics-maven-plugin descriptor on the class path");
  }

  private static String element(String xml, String name) {
    Matcher m = Pattern.compile("<" + name + ">\\s*([^<\\s]+)\\s*</" + name + ">").matcher(xml);
    if (!m.find()) {
      throw new AssertionError("the plugin descriptor has no <" + name + ">");
    }
    return m.group(1);
  }
}
