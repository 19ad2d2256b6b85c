package org.jatomics.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jatomics.docs.MarkdownPages.Block;
import org.junit.jupiter.api.Test;

/**
 * What users copy names the artifacts and versions this build makes: every jatomics version the
 * README and the docs mention is the project's version (read from the build), the README states it
 * once, and the Gradle and Bazel snippets (which no test here can run: there is no Gradle or Bazel
 * on the build machines) name published artifacts, this build's Error Prone version and the
 * processor class the jar declares.
 */
class DocumentedCoordinatesTest {
  private static final String VERSION = System.getProperty("jatomics.version");
  private static final String ERROR_PRONE = System.getProperty("errorprone.version");

  private static final String VERSION_TEXT =
      "(\\d+\\.\\d+\\.\\d+(?:-SNAPSHOT|-(?:alpha|beta|rc|M)[\\w.]*)?)";

  /**
   * Ways a page states a jatomics version: coordinates ({@code org.jatomics:jatomics-raw:V}), file
   * names ({@code jatomics-reviewer-V-all.jar}), a plugin execution ({@code
   * jatomics-maven-plugin:V:review}), a POM ({@code <jatomics.version>V}, {@code
   * <artifactId>jatomics-x</artifactId><version>V}), a Gradle variable, prose ({@code jatomics V}),
   * the README's statement ({@code Version **V**}). A placeholder ({@code VERSION}, {@code
   * ${jatomics.version}}) is no version. The VS Code extension's file name carries the extension's
   * own version.
   */
  private static final List<Pattern> VERSION_MENTIONS =
      List.of(
          Pattern.compile("\\borg\\.jatomics:[\\w-]+:" + VERSION_TEXT),
          Pattern.compile("\\bjatomics(?:-[a-z]+)*[-:]" + VERSION_TEXT + "(?![\\w.-]*\\.vsix)"),
          Pattern.compile("<jatomics\\.version>\\s*(\\d[^<\\s]*)"),
          Pattern.compile(
              "<artifactId>jatomics-[\\w-]+</artifactId>\\s*<version>\\s*(\\d[^<\\s]*)"),
          Pattern.compile("jatomicsVersion\\s*=\\s*\"([^\"]+)\""),
          Pattern.compile("(?i)\\bjatomics,? (?:version )?v?" + VERSION_TEXT),
          Pattern.compile("(?m)^Version \\*\\*" + VERSION_TEXT));

  record Mention(String where, String version) {}

  static List<Mention> versionMentions(String where, String text) {
    List<Mention> mentions = new ArrayList<>();
    for (Pattern pattern : VERSION_MENTIONS) {
      Matcher m = pattern.matcher(text);
      while (m.find()) {
        int line = (int) text.substring(0, m.start()).lines().count();
        mentions.add(new Mention(where + ":" + Math.max(line, 1) + ": " + m.group(), m.group(1)));
      }
    }
    return mentions;
  }

  @Test
  void everyJatomicsVersionMentionedIsThisBuilds() {
    List<String> wrong = new ArrayList<>();
    int found = 0;
    for (Path page : MarkdownPages.pages()) {
      for (Mention mention : versionMentions(MarkdownPages.name(page), MarkdownPages.read(page))) {
        found++;
        if (!mention.version().equals(VERSION)) {
          wrong.add(mention.where());
        }
      }
    }
    assertEquals(List.of(), wrong, "pages that mention a jatomics version other than " + VERSION);
    assertTrue(found >= 2, "found only " + found + " version mentions");
  }

  @Test
  void readmeStatesTheVersionOnce() {
    String readme = MarkdownPages.read(MarkdownPages.ROOT.resolve("README.md"));
    int count = readme.split(Pattern.quote(VERSION), -1).length - 1;
    assertEquals(1, count, "README.md should state the version (" + VERSION + ") exactly once");
  }

  @Test
  void recognisesAnotherVersion() {
    List<Mention> mentions =
        versionMentions(
            "example",
            """
            implementation("org.jatomics:jatomics-annotations:0.0.9")
            java -jar jatomics-reviewer-1.2.3-all.jar review src/
            <artifactId>jatomics-checker</artifactId>
              <version>2.0.0</version>
            <version>${jatomics.version}</version> VERSION jatomics-0.1.0.vsix
            Version **0.0.8**, Apache-2.0
            """);
    assertEquals(
        List.of("0.0.8", "0.0.9", "1.2.3", "2.0.0"),
        mentions.stream().map(Mention::version).distinct().sorted().toList());
  }

  @Test
  void snippetsNamePublishedArtifacts() throws IOException {
    Set<String> published = publishedArtifacts();
    assertTrue(published.contains("jatomics-checker"), published.toString());
    List<String> unknown = new ArrayList<>();
    Pattern coordinates = Pattern.compile("\\borg\\.jatomics:([\\w-]+)");
    Pattern bazelTarget = Pattern.compile("@maven//:org_jatomics_(\\w+)");
    Pattern xml = Pattern.compile("<groupId>org\\.jatomics</groupId>\\s*<artifactId>([\\w-]+)<");
    for (Block block : MarkdownPages.blocks()) {
      for (Pattern pattern : List.of(coordinates, bazelTarget, xml)) {
        Matcher m = pattern.matcher(block.text());
        while (m.find()) {
          String artifact = m.group(1).replace('_', '-');
          if (!published.contains(artifact)) {
            unknown.add(block.where() + ": " + m.group());
          }
        }
      }
    }
    assertEquals(List.of(), unknown, "snippets name artifacts this build does not publish");
  }

  @Test
  void snippetsUseThisBuildsErrorProne() {
    Pattern errorProne =
        Pattern.compile("error_prone_core(?::|</artifactId>\\s*<version>)\\s*([\\w.]+)");
    List<String> wrong = new ArrayList<>();
    int found = 0;
    for (Block block : MarkdownPages.blocks()) {
      Matcher m = errorProne.matcher(block.text());
      while (m.find()) {
        found++;
        if (!m.group(1).equals(ERROR_PRONE)) {
          wrong.add(block.where() + ": " + m.group());
        }
      }
    }
    assertEquals(List.of(), wrong, "the build uses Error Prone " + ERROR_PRONE);
    assertTrue(found >= 2, "found only " + found + " Error Prone versions");
  }

  @Test
  void bazelProcessorClassIsTheDeclaredProcessor() throws IOException {
    Set<String> declared = new HashSet<>();
    for (URL services :
        Collections.list(
            getClass()
                .getClassLoader()
                .getResources("META-INF/services/javax.annotation.processing.Processor"))) {
      try (var in = services.openStream()) {
        new String(in.readAllBytes(), StandardCharsets.UTF_8)
            .lines()
            .map(String::strip)
            .forEach(declared::add);
      }
    }
    Pattern processorClass = Pattern.compile("processor_class\\s*=\\s*\"([\\w.]+)\"");
    int found = 0;
    for (Block block : MarkdownPages.blocks()) {
      Matcher m = processorClass.matcher(block.text());
      while (m.find()) {
        found++;
        assertTrue(
            declared.contains(m.group(1)),
            block.where() + ": " + m.group() + " not in " + declared);
      }
    }
    assertTrue(found >= 1, "no Bazel java_plugin names the processor class");
  }

  /** The artifactIds of the modules that are installed and deployed. */
  private static Set<String> publishedArtifacts() throws IOException {
    Set<String> published = new HashSet<>();
    Pattern own = Pattern.compile("</parent>\\s*<artifactId>([\\w-]+)</artifactId>");
    List<Path> poms = new ArrayList<>();
    for (String folder : List.of(".", "checker")) {
      try (Stream<Path> modules = Files.list(MarkdownPages.ROOT.resolve(folder))) {
        modules.map(p -> p.resolve("pom.xml")).filter(Files::isRegularFile).forEach(poms::add);
      }
    }
    for (Path pom : poms) {
      String text = Files.readString(pom);
      Matcher m = own.matcher(text);
      if (m.find() && !text.contains("<maven.deploy.skip>true</maven.deploy.skip>")) {
        published.add(m.group(1));
      }
    }
    return published;
  }
}
