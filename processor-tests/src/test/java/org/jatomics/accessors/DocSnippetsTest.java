package org.jatomics.accessors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Java examples of README.md and docs/ cannot rot: every ```java block that declares a
 * top-level type is compiled with javac and the jatomics processor (generating the accessors it
 * calls). A block without imports gets the usual ones (the annotations by name, the orderings
 * statically). Blocks that only show a few statements or a method are fragments and are not
 * compiled; the test counts the examples it found, so an extraction that silently finds nothing
 * fails. A block of methods only that follows a compiled type on the same page (the "what to write
 * instead" of the check pages) is compiled as that type with those methods replaced.
 */
class DocSnippetsTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern TYPE =
      Pattern.compile(
          "^(?:public |final |abstract )*(?:class|interface|record|enum) (\\w+)",
          Pattern.MULTILINE);
  private static final String IMPORTS =
      "import static org.jatomics.Ordering.*;\n"
          + "import org.jatomics.annotations.Atomic;\n"
          + "import org.jatomics.annotations.Consume;\n"
          + "import org.jatomics.annotations.SafetyContract;\n";

  record Snippet(String where, String typeName, String source) {
    @Override
    public String toString() {
      return where + " (" + typeName + ")";
    }
  }

  static List<Snippet> snippets() throws IOException {
    List<Path> pages = new ArrayList<>();
    pages.add(ROOT.resolve("README.md"));
    try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    List<Snippet> result = new ArrayList<>();
    for (Path page : pages) {
      String text = Files.readString(page);
      Matcher block = BLOCK.matcher(text);
      Snippet lastType = null; // the page's last compiled type, for the fragments after it
      while (block.find()) {
        String source = block.group(1);
        int line = (int) text.substring(0, block.start()).lines().count() + 1;
        String where = ROOT.relativize(page) + ":" + line;
        Matcher type = TYPE.matcher(source);
        if (source.contains("...")) {
          continue; // elided code
        }
        if (type.find()) {
          boolean hasImports = source.contains("import ") || source.startsWith("package ");
          lastType = new Snippet(where, type.group(1), hasImports ? source : IMPORTS + source);
          result.add(lastType);
        } else if (lastType != null) {
          String rewritten = withMethodsReplaced(lastType.source(), source);
          if (rewritten != null) {
            result.add(new Snippet(where, lastType.typeName(), rewritten));
          }
        }
      }
    }
    return result;
  }

  private static final Pattern METHOD =
      Pattern.compile("(?m)^([ \\t]*)(?:[\\w<>\\[\\]?,.]+ )+(\\w+)\\([^;{]*\\{");

  /**
   * A fragment that is only methods of the page's previous type ("what to write instead") is
   * compiled as that type with those methods replaced: the methods of the fragment, matched by
   * name, take the place of the type's. Null when the fragment is something else (statements, a
   * method the type does not have).
   */
  static String withMethodsReplaced(String type, String fragment) {
    String result = type;
    int end = 0;
    Matcher method = METHOD.matcher(fragment);
    while (method.find()) {
      if (!method.group(1).isEmpty() || !fragment.substring(end, method.start()).isBlank()) {
        return null; // not a fragment of top-level methods only
      }
      int close = closingBrace(fragment, method.end() - 1);
      String replacement = fragment.substring(method.start(), close + 1);
      Matcher original =
          Pattern.compile(
                  "(?m)^([ \\t]*)(?:[\\w<>\\[\\]?,.]+ )+"
                      + Pattern.quote(method.group(2))
                      + "\\([^;{]*\\{")
              .matcher(result);
      if (!original.find()) {
        return null;
      }
      String indent = original.group(1);
      result =
          result.substring(0, original.start())
              + replacement.lines().map(l -> indent + l).reduce((a, b) -> a + "\n" + b).orElse("")
              + result.substring(closingBrace(result, original.end() - 1) + 1);
      end = close + 1;
    }
    return end > 0 && fragment.substring(end).isBlank() ? result : null;
  }

  private static int closingBrace(String text, int open) {
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      if (text.charAt(i) == '{') {
        depth++;
      } else if (text.charAt(i) == '}' && --depth == 0) {
        return i;
      }
    }
    throw new IllegalArgumentException("unbalanced braces in a snippet:\n" + text);
  }

  @ParameterizedTest
  @MethodSource("snippets")
  void compiles(Snippet snippet, @TempDir Path dir) throws IOException {
    Path source = dir.resolve(snippet.typeName() + ".java");
    Files.writeString(source, snippet.source());
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    String path = System.getProperty("java.class.path");
    StringWriter output = new StringWriter();
    int status =
        javac
                .getTask(
                    output,
                    null,
                    null,
                    List.of(
                        "-proc:full",
                        "-classpath",
                        path,
                        "-processorpath",
                        path,
                        "-d",
                        dir.toString(),
                        "-s",
                        dir.toString(),
                        "--release",
                        "17",
                        "-Xlint:-options"),
                    null,
                    javac.getStandardFileManager(null, null, null).getJavaFileObjects(source))
                .call()
            ? 0
            : 1;
    assertEquals(0, status, snippet + " does not compile:\n" + output);
  }

  @org.junit.jupiter.api.Test
  void findsTheExamples() throws IOException {
    List<Snippet> all = snippets();
    assertTrue(
        all.stream()
            .anyMatch(
                s -> s.where().startsWith("README.md") && s.typeName().equals("TreiberStack")),
        all.toString());
    assertTrue(all.size() >= 5, "found only " + all);
    // "What to write instead" fragments are compiled inside the example they fix.
    assertTrue(
        all.stream()
            .anyMatch(
                s ->
                    s.where().startsWith("docs/checks/NonAtomicAccess.md")
                        && s.source().contains("QueueAtomics.loadHead(this, ACQUIRE)")),
        all.toString());
  }
}
