package org.jatomics.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import org.jatomics.docs.MarkdownPages.Block;
import org.jatomics.docs.UserJavac.Compilation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Gradle and Bazel snippets (docs/checker.md, docs/processor.md) cannot be run here: there is
 * no Gradle or Bazel where jatomics is built or in CI. Everything else they say is kept true:
 * besides their coordinates, versions and processor class ({@link DocumentedCoordinatesTest}), the
 * Error Prone flags they give ({@code warn("X")}, {@code option("K", "V")}, {@code javacopts}) are
 * accepted by Error Prone with the checker and set what they say; Gradle's {@code release} and JDK
 * floor for the checks are the Maven snippet's (which doc-tests' ITs build); the processors are
 * isolating for Gradle's incremental compilation, as docs/processor.md says; and the Error Prone
 * version a Bazel toolchain must match is the build's.
 */
class DocumentedGradleBazelTest {
  private static final String ERROR_PRONE = System.getProperty("errorprone.version");

  /** The Kotlin DSL of {@code options.errorprone { }} and the javac flag each call stands for. */
  private static final Pattern GRADLE_CALL =
      Pattern.compile(
          "\\b(warn|error|disable|enable|option)\\(\"([^\"]+)\"(?:,\\s*\"([^\"]*)\")?\\)");

  private static final Pattern BAZEL_JAVACOPTS =
      Pattern.compile("javacopts\\s*=\\s*\\[([^\\]]*)\\]", Pattern.DOTALL);

  /** The Gradle build scripts and Bazel BUILD files that configure Error Prone. */
  static List<Block> errorProneConfigurations() {
    return MarkdownPages.blocks().stream()
        .filter(
            b ->
                (b.language().equals("kotlin") && b.text().contains("options.errorprone"))
                    || (b.language().equals("python") && b.text().contains("javacopts")))
        .toList();
  }

  /** The javac flags a Gradle or Bazel snippet passes to Error Prone. */
  static List<String> errorProneFlags(Block block) {
    List<String> flags = new ArrayList<>();
    if (block.language().equals("kotlin")) {
      Matcher call = GRADLE_CALL.matcher(block.text());
      while (call.find()) {
        String name = call.group(2);
        flags.add(
            switch (call.group(1)) {
              case "warn" -> "-Xep:" + name + ":WARN";
              case "error" -> "-Xep:" + name + ":ERROR";
              case "disable" -> "-Xep:" + name + ":OFF";
              case "enable" -> "-Xep:" + name;
              default -> "-XepOpt:" + name + "=" + call.group(3);
            });
      }
    } else {
      Matcher javacopts = BAZEL_JAVACOPTS.matcher(block.text());
      while (javacopts.find()) {
        Matcher string = Pattern.compile("\"([^\"]*)\"").matcher(javacopts.group(1));
        while (string.find()) {
          flags.add(string.group(1));
        }
      }
    }
    return flags;
  }

  @Test
  void errorProneFlagsAreAcceptedAndSetWhatTheySay(@TempDir Path dir) throws IOException {
    List<Block> configurations = errorProneConfigurations();
    assertEquals(2, configurations.size(), "the Gradle and the Bazel snippet: " + configurations);
    int run = 0;
    for (Block block : configurations) {
      List<String> flags = errorProneFlags(block);
      assertFalse(flags.isEmpty(), block + " passes no Error Prone flag");
      // A plain read of an @Atomic field: NonAtomicAccess at the severity the flags give it.
      Compilation result =
          UserJavac.compile(
              Map.of(
                  "Counter.java",
                  """
                  import org.jatomics.annotations.Atomic;

                  class Counter {
                    @Atomic int hits;

                    int hits() {
                      return hits;
                    }
                  }
                  """),
              dir.resolve("run" + run++),
              String.join(" ", flags));
      Diagnostic.Kind expected = Diagnostic.Kind.ERROR; // NonAtomicAccess's default
      for (String flag : flags) {
        if (flag.startsWith("-Xep:NonAtomicAccess:")) {
          String severity = flag.substring("-Xep:NonAtomicAccess:".length());
          expected =
              switch (severity) {
                case "WARN" -> Diagnostic.Kind.WARNING;
                case "OFF" -> null;
                default -> Diagnostic.Kind.valueOf(severity);
              };
        }
      }
      assertEquals(
          List.of(),
          result.errorsOtherThan("NonAtomicAccess"),
          block + "'s flags " + flags + " are not accepted:\n" + result.output());
      assertEquals(
          expected,
          result.kindOf("NonAtomicAccess"),
          block + "'s flags " + flags + ":\n" + result.output());
    }
  }

  @Test
  void gradleLevelsAreTheMavenSnippets() {
    String readme = MarkdownPages.read(MarkdownPages.ROOT.resolve("README.md"));
    String release = only(readme, "<release>(\\d+)</release>");
    String jdkFloor = only(readme, "<jdk>\\[(\\d+),\\)</jdk>");
    int found = 0;
    for (Block block : errorProneConfigurations()) {
      if (block.language().equals("kotlin")) {
        found++;
        assertEquals(release, only(block.text(), "options\\.release = (\\d+)"), block.where());
        assertEquals(jdkFloor, only(block.text(), "JavaVersion\\.VERSION_(\\d+)"), block.where());
      }
    }
    assertEquals(1, found);
  }

  @Test
  void processorsAreIsolatingAsThePageSays() throws IOException {
    Set<String> declared = jatomicsLines("META-INF/services/javax.annotation.processing.Processor");
    Set<String> isolating = new TreeSet<>();
    for (String line : jatomicsLines("META-INF/gradle/incremental.annotation.processors")) {
      assertTrue(line.endsWith(",isolating"), line);
      isolating.add(line.substring(0, line.indexOf(',')));
    }
    assertEquals(declared, isolating);
    String page = MarkdownPages.read(MarkdownPages.ROOT.resolve("docs/processor.md"));
    Matcher claim =
        Pattern.compile(
                "Both processors in the jar \\(`(\\w+)`[^`]*`(\\w+)`[^)]*\\) are declared"
                    + " \\*isolating\\*")
            .matcher(page);
    assertTrue(claim.find(), "docs/processor.md's Gradle section");
    Set<String> named = new TreeSet<>(List.of(claim.group(1), claim.group(2)));
    Set<String> simpleNames = new TreeSet<>();
    declared.forEach(c -> simpleNames.add(c.substring(c.lastIndexOf('.') + 1)));
    assertEquals(simpleNames, named);
  }

  @Test
  void bazelToolchainMustMatchThisBuildsErrorProne() {
    String page = MarkdownPages.read(MarkdownPages.ROOT.resolve("docs/checker.md"));
    assertEquals(
        ERROR_PRONE, only(page, "`jatomics-checker` is built against Error Prone ([\\d.]+)"));
  }

  private static String only(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    assertTrue(m.find(), "no " + regex);
    String value = m.group(1);
    while (m.find()) {
      assertEquals(value, m.group(1), "two different " + regex);
    }
    return value;
  }

  /** The lines naming jatomics classes in every copy of the class path resource {@code name}. */
  private static Set<String> jatomicsLines(String name) throws IOException {
    Set<String> lines = new TreeSet<>();
    ClassLoader loader = DocumentedGradleBazelTest.class.getClassLoader();
    for (URL url : Collections.list(loader.getResources(name))) {
      try (var in = url.openStream()) {
        new String(in.readAllBytes(), StandardCharsets.UTF_8)
            .lines()
            .map(String::strip)
            .filter(l -> l.startsWith("org.jatomics."))
            .forEach(lines::add);
      }
    }
    assertFalse(lines.isEmpty(), "no " + name + " names a jatomics class");
    return lines;
  }
}
