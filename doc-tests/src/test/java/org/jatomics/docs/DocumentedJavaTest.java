package org.jatomics.docs;

import static java.util.stream.Collectors.joining;
import static org.jatomics.docs.UserJavac.ONLY_JATOMICS_CHECKS;
import static org.jatomics.docs.UserJavac.compile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jatomics.docs.JavaSnippets.Compiled;
import org.jatomics.docs.JavaSnippets.GeneratedExcerpt;
import org.jatomics.docs.JavaSnippets.Snippet;
import org.jatomics.docs.MarkdownPages.Block;
import org.jatomics.docs.UserJavac.Compilation;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Java examples of every page cannot rot: each ```java block (README.md, CONTRIBUTING.md,
 * docs/, checker/core/MODEL.md, ...) and each {@code <pre>{@code ...}</pre>} example of the Javadoc
 * of the modules' main sources ({@link JavadocExamples}) is compiled by javac with the jatomics
 * processor and Error Prone running the six jatomics checks ({@link UserJavac}), following {@link
 * JavaSnippets}' conventions (statements and elided code inside a host from {@link SnippetHosts});
 * a block of generated code is compared with what the processor generates. The checks must flag
 * exactly the lines that end in a comment naming them ({@code // NonAtomicAccess: plain read}): a
 * "before" example is flagged where the page says, every other block is clean. No block is left
 * out: one that fits no convention fails.
 */
class DocumentedJavaTest {
  /** A trailing comment that names a check: {@code // NonAtomicAccess} or {@code // X: why}. */
  private static final Pattern MARKER =
      Pattern.compile("//\\s*(" + String.join("|", UserJavac.CHECKS) + ")\\b(?!\\w)");

  static List<Snippet> snippets() {
    return JavaSnippets.all();
  }

  static Stream<Named<Snippet>> namedSnippets() {
    return snippets().stream().map(s -> Named.of(s.describe(), s));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("namedSnippets")
  void compilesAndIsFlaggedWhereItSays(Snippet snippet, @TempDir Path dir) throws IOException {
    if (snippet instanceof Compiled compiled) {
      Compilation result = compile(compiled.sources(), dir, ONLY_JATOMICS_CHECKS);
      String unit = compiled.sources().get(compiled.snippetFile());
      String listing =
          compiled.describe() + ", compiled as:\n" + numbered(unit) + "\n" + result.output();
      assertEquals(List.of(), result.errorsOtherThanFindings(), "does not compile: " + listing);
      assertEquals(
          markedLines(unit),
          result.findingsIn(compiled.snippetFile()),
          "the lines the jatomics checks flag (line: check) are not the lines the page marks"
              + " with `// CheckName`: "
              + listing);
    } else {
      GeneratedExcerpt excerpt = (GeneratedExcerpt) snippet;
      Compilation result = compile(excerpt.sources(), dir, ONLY_JATOMICS_CHECKS);
      assertEquals(
          List.of(), result.errorsOtherThanFindings(), excerpt.describe() + ": " + result.output());
      String generated = Files.readString(result.generated().resolve(excerpt.generatedFile()));
      assertNull(
          firstMissingPart(generated, excerpt.excerpt()),
          excerpt.describe()
              + ": this part of the page is not in the generated code:\n"
              + generated);
    }
  }

  @Test
  void everyJavaBlockIsChecked() {
    List<Block> blocks = JavaSnippets.javaBlocks();
    List<Snippet> snippets = snippets();
    assertEquals(blocks, snippets.stream().map(Snippet::block).toList());
    List<String> where = blocks.stream().map(Block::where).toList();
    for (String page :
        List.of(
            "README.md:",
            "docs/checks/",
            "docs/processor.md:",
            "docs/raw.md:",
            "MODEL.md:",
            "annotations/src/main/java/org/jatomics/annotations/SafetyContract.java:",
            "raw/src/main/java/org/jatomics/raw/RawAtomics.java:")) {
      assertTrue(where.stream().anyMatch(w -> w.contains(page)), page + " in " + where);
    }
    assertTrue(blocks.size() >= 25, "found only " + where);
    long marked =
        snippets.stream()
            .filter(
                s ->
                    s instanceof Compiled c
                        && !markedLines(c.sources().get(c.snippetFile())).isEmpty())
            .count();
    assertTrue(marked >= 6, "found only " + marked + " blocks that a check flags");
  }

  @Test
  void everyHostIsUsed() {
    List<Block> blocks = JavaSnippets.javaBlocks();
    for (SnippetHosts.Host host : SnippetHosts.HOSTS) {
      assertTrue(
          blocks.stream().anyMatch(b -> SnippetHosts.find(b) == host),
          "no block on " + host.page() + " starts with " + host.firstLine());
    }
  }

  @Test
  void excerptsSkipOnlyWhatTheEllipsisStandsFor() {
    String generated = "class A { int f() { return 1; } /** doc */ int g() { return 2; } }";
    assertNull(firstMissingPart(generated, "int f() { ... }\n// note\nint g() {"));
    assertEquals("} int h() {", firstMissingPart(generated, "int f() { ... }\nint h() {"));
    assertEquals("return 2;", firstMissingPart(generated, "int g() { return 2; } ... return 2;"));
  }

  @Test
  void replacesDeclarationsOfTheExample() {
    String unit =
        "class Q {\n  int a() {\n    return 1;\n  }\n\n  int b() {\n    return 2;\n  }\n}";
    assertEquals(
        "class Q {\n  int a() {\n    return 1;\n  }\n\n  int b() {\n    return 3;\n  }\n}",
        JavaSnippets.withDeclarationsReplaced(unit, "int b() {\n  return 3;\n}\n"));
    assertNull(JavaSnippets.withDeclarationsReplaced(unit, "int c() {\n  return 3;\n}\n"));
    assertNull(JavaSnippets.withDeclarationsReplaced(unit, "a();\nb();\n"));
  }

  @Test
  void javadocExamplesAreTheTextJavadocShows() {
    String source =
        """
        package p;

        /**
         * Not an example: {@code int x;}.
         *
         * <pre>{@code
         * @Atomic Node next;
         * void f() { if (next != null) { g(); } }
         * }</pre>
         *
         * <pre>
         * a table, not code
         * </pre>
         */
        class A {
          String s = "/** <pre>{@code int notAnExample;}</pre> */";

          /**
           * A method.
           *
           * <PRE class="example">
           * {@code Runnable r = () -> {};}</PRE>
           */
          void m() {}
        }
        """;
    assertEquals(
        List.of(
            new Block(
                "p/A.java",
                6,
                "java",
                "@Atomic Node next;\nvoid f() { if (next != null) { g(); } }\n"),
            new Block("p/A.java", 22, "java", "Runnable r = () -> {};\n")),
        JavadocExamples.examples("p/A.java", source));
  }

  @Test
  void aJavadocExampleJavadocShowsOtherwiseFailsNamingItsLine() {
    String reference = "/**\n * <pre>{@code\n * &#64;Atomic int x;\n * }</pre>\n */\nclass A {}\n";
    AssertionError shown =
        assertThrows(AssertionError.class, () -> JavadocExamples.examples("A.java", reference));
    assertTrue(
        shown.getMessage().startsWith("A.java:2: javadoc shows `&#64;`"), shown.getMessage());
    String unbalanced =
        "class A {\n  /**\n   * <pre>{@code\n   * void f() {\n   * }</pre>\n   */\n"
            + "  void f() {}\n}\n";
    AssertionError open =
        assertThrows(AssertionError.class, () -> JavadocExamples.examples("A.java", unbalanced));
    assertTrue(
        open.getMessage().startsWith("A.java:3: the {@code} of this <pre> does not close"),
        open.getMessage());
  }

  @Test
  void javadocExamplesComeFromModulesMainSourcesOnly() {
    Path root = MarkdownPages.ROOT;
    assertTrue(JavadocExamples.isMainSource(root.resolve("raw/src/main/java/p/A.java")));
    assertTrue(JavadocExamples.isMainSource(root.resolve("checker/core/src/main/java/p/A.java")));
    for (String other :
        List.of(
            "raw/src/test/java/p/ATest.java",
            "checker/reviewer/src/test/resources/tree/src/main/java/p/A.java",
            "checker/maven-plugin/src/it/excludes/src/main/java/p/A.java",
            "raw/src/main/java/p/package.html",
            "test-data/MissingSafetyComment/JavadocMentionsSafety.java")) {
      assertFalse(JavadocExamples.isMainSource(root.resolve(other)), other);
    }
  }

  /** The lines of {@code unit} marked with a check's name, as "line: check". */
  static Set<String> markedLines(String unit) {
    Set<String> marked = new TreeSet<>();
    List<String> lines = unit.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      Matcher marker = MARKER.matcher(lines.get(i));
      while (marker.find()) {
        marked.add((i + 1) + ": " + marker.group(1));
      }
    }
    return marked;
  }

  /**
   * The first part of {@code excerpt} (comments aside, split at each {@code ...}) that is not in
   * {@code generated} (comments aside) after the parts before it; null when all are. White space
   * counts only as a separator.
   */
  static String firstMissingPart(String generated, String excerpt) {
    String code = normalized(JavaSnippets.withoutComments(generated));
    int at = 0;
    for (String part : JavaSnippets.withoutComments(excerpt).split("\\.\\.\\.")) {
      String wanted = normalized(part);
      if (wanted.isEmpty()) {
        continue;
      }
      int found = code.indexOf(wanted, at);
      if (found < 0) {
        return wanted;
      }
      at = found + wanted.length();
    }
    return null;
  }

  private static String normalized(String code) {
    return code.replaceAll("\\s+", " ").replace("( ", "(").replace(" )", ")").strip();
  }

  private static String numbered(String unit) {
    List<String> lines = unit.lines().toList();
    return IntStream.range(0, lines.size())
        .mapToObj(i -> String.format(Locale.ROOT, "%3d  %s", i + 1, lines.get(i)))
        .collect(joining("\n"));
  }
}
