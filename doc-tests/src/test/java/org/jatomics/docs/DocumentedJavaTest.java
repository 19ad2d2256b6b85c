package org.jatomics.docs;

import static java.util.stream.Collectors.joining;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.jatomics.checker.CheckName;
import org.jatomics.docs.JavaSnippets.Compiled;
import org.jatomics.docs.JavaSnippets.GeneratedExcerpt;
import org.jatomics.docs.JavaSnippets.Snippet;
import org.jatomics.docs.MarkdownPages.Block;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Java examples of every page cannot rot: each ```java block (README.md, CONTRIBUTING.md,
 * docs/, checker/core/MODEL.md, ...) is compiled by javac with the jatomics processor and Error
 * Prone running the six jatomics checks, as a user's build compiles it, following {@link
 * JavaSnippets}' conventions (statements and elided code inside a host from {@link SnippetHosts});
 * a block of generated code is compared with what the processor generates. The checks must flag
 * exactly the lines that end in a comment naming them ({@code // NonAtomicAccess: plain read}): a
 * "before" example is flagged where the page says, every other block is clean. No block is left
 * out: one that fits no convention fails.
 */
class DocumentedJavaTest {
  private static final String CLASS_PATH = System.getProperty("java.class.path");
  private static final List<String> CHECKS =
      Arrays.stream(CheckName.values()).map(CheckName::name).toList();

  /** A trailing comment that names a check: {@code // NonAtomicAccess} or {@code // X: why}. */
  private static final Pattern MARKER =
      Pattern.compile("//\\s*(" + String.join("|", CHECKS) + ")\\b(?!\\w)");

  static List<Snippet> snippets() {
    return JavaSnippets.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("snippets")
  void compilesAndIsFlaggedWhereItSays(Snippet snippet, @TempDir Path dir) throws IOException {
    if (snippet instanceof Compiled compiled) {
      Compilation result = compile(compiled.sources(), dir);
      String unit = compiled.sources().get(compiled.snippetFile());
      String listing = compiled + ", compiled as:\n" + numbered(unit) + "\n" + result.output();
      assertEquals(List.of(), result.errorsOtherThanFindings(), "does not compile: " + listing);
      assertEquals(
          markedLines(unit),
          result.findingsIn(compiled.snippetFile()),
          "the lines the jatomics checks flag (line: check) are not the lines the page marks"
              + " with `// CheckName`: "
              + listing);
    } else {
      GeneratedExcerpt excerpt = (GeneratedExcerpt) snippet;
      Compilation result = compile(excerpt.sources(), dir);
      assertEquals(List.of(), result.errorsOtherThanFindings(), excerpt + ": " + result.output());
      String generated = Files.readString(result.generated().resolve(excerpt.generatedFile()));
      assertNull(
          firstMissingPart(generated, excerpt.excerpt()),
          excerpt + ": this part of the page is not in the generated code:\n" + generated);
    }
  }

  @Test
  void everyJavaBlockIsChecked() {
    List<Block> blocks = JavaSnippets.javaBlocks();
    List<Snippet> snippets = snippets();
    assertEquals(blocks, snippets.stream().map(Snippet::block).toList());
    List<String> where = blocks.stream().map(Block::where).toList();
    for (String page :
        List.of("README.md:", "docs/checks/", "docs/processor.md:", "docs/raw.md:", "MODEL.md:")) {
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

  /** What javac said about one compilation, and where the processor's sources went. */
  record Compilation(List<Diagnostic<? extends JavaFileObject>> diagnostics, Path generated) {
    private static String check(Diagnostic<? extends JavaFileObject> diagnostic) {
      String message = diagnostic.getMessage(Locale.ROOT);
      for (String check : CHECKS) {
        if (message.startsWith("[" + check + "] ")) {
          return check;
        }
      }
      return null;
    }

    List<String> errorsOtherThanFindings() {
      return diagnostics.stream()
          .filter(d -> d.getKind() == Diagnostic.Kind.ERROR && check(d) == null)
          .map(Compilation::render)
          .toList();
    }

    /** The jatomics findings in the source file {@code file}, as "line: check". */
    Set<String> findingsIn(String file) {
      Set<String> findings = new TreeSet<>();
      for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
        if (check(d) != null
            && d.getSource() != null
            && d.getSource().toUri().getPath().endsWith("/src/" + file)) {
          findings.add(d.getLineNumber() + ": " + check(d));
        }
      }
      return findings;
    }

    String output() {
      return diagnostics.stream().map(Compilation::render).collect(joining("\n"));
    }

    private static String render(Diagnostic<? extends JavaFileObject> d) {
      String file = d.getSource() == null ? "" : Path.of(d.getSource().toUri()).getFileName() + ":";
      return file + d.getLineNumber() + ": " + d.getKind() + ": " + d.getMessage(Locale.ROOT);
    }
  }

  /**
   * Compiles {@code sources} (path to text) under {@code dir} as a user's build does: this module's
   * test class path as class path and processor path (the jatomics processor, Lombok, Error Prone
   * and the jatomics checks), Error Prone running only the six jatomics checks, {@code --release
   * 17} (22 where the code uses {@code java.lang.foreign}, as {@code jatomics-raw} needs).
   */
  static Compilation compile(Map<String, String> sources, Path dir) throws IOException {
    Path src = dir.resolve("src");
    Path classes = Files.createDirectories(dir.resolve("classes"));
    Path generated = Files.createDirectories(dir.resolve("generated"));
    List<Path> files = new ArrayList<>();
    for (Map.Entry<String, String> source : sources.entrySet()) {
      Path file = src.resolve(source.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.getValue());
      files.add(file);
    }
    boolean foreign = sources.values().stream().anyMatch(s -> s.contains("java.lang.foreign"));
    StringBuilder errorProne = new StringBuilder("-Xplugin:ErrorProne -XepDisableAllChecks");
    CHECKS.forEach(check -> errorProne.append(" -Xep:").append(check));
    List<String> options =
        List.of(
            "--release",
            foreign ? "22" : "17",
            "-proc:full",
            "-encoding",
            "UTF-8",
            "-classpath",
            CLASS_PATH,
            "-processorpath",
            CLASS_PATH,
            "-d",
            classes.toString(),
            "-s",
            generated.toString(),
            "-Xlint:-options",
            "-XDcompilePolicy=simple",
            "--should-stop=ifError=FLOW",
            errorProne.toString());
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager fileManager =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      javac
          .getTask(
              null,
              fileManager,
              diagnostics,
              options,
              null,
              fileManager.getJavaFileObjectsFromPaths(files))
          .call();
    }
    return new Compilation(diagnostics.getDiagnostics(), generated);
  }
}
