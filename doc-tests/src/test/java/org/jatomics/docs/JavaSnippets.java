package org.jatomics.docs;

import static java.util.stream.Collectors.joining;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jatomics.docs.MarkdownPages.Block;

/**
 * Every ```java block of the pages ({@link MarkdownPages}) and every {@code <pre>{@code ...}</pre>}
 * example of the Javadoc ({@link JavadocExamples}, its source file as its page) turned into what
 * {@link DocumentedJavaTest} checks, by these conventions (CONTRIBUTING.md, "Java examples in the
 * docs"):
 *
 * <ol>
 *   <li>A block that declares a top-level type is a compilation unit, compiled as written; one
 *       without imports gets the usual ones ({@link #IMPORTS}).
 *   <li>A block of declarations (methods, nested or top-level types) that the page's previous unit
 *       declares too, such as a check page's "What to write instead", is compiled as that unit with
 *       those declarations replaced.
 *   <li>Any other block (statements, methods of a class the page does not show) is compiled inside
 *       the host {@link SnippetHosts} gives for it, found by its page and first line: a class of
 *       the example it belongs to, with the block as a method body or as members. Its {@code
 *       import} lines join the host's. A host may compile the page's previous unit with it.
 *   <li>A block that shows generated code is compared with the processor's output for the source
 *       {@link SnippetHosts} names, comments aside, {@code ...} standing for code left out.
 *   <li>An elided body {@code { ... }} becomes {@code { throw new UnsupportedOperationException();
 *       }}; {@code ...} in a comment is prose. Any other {@code ...} makes a block fail.
 * </ol>
 *
 * A block this class cannot place is reported with what to do; none is skipped.
 */
final class JavaSnippets {
  /** The imports a type block without imports gets. */
  static final String IMPORTS =
      "import static org.jatomics.Ordering.*;\n"
          + "import org.jatomics.annotations.Atomic;\n"
          + "import org.jatomics.annotations.Consume;\n"
          + "import org.jatomics.annotations.SafetyContract;\n";

  /** The stand-in for an elided body. */
  static final String ELIDED_BODY = "{ throw new UnsupportedOperationException(); }";

  private static final Pattern TOP_LEVEL_TYPE =
      Pattern.compile(
          "(?m)^(?:@\\w+(?:\\([^)]*\\))?\\s+)*(?:(?:public|final|abstract|sealed|non-sealed|static)"
              + "\\s+)*(?:class|interface|record|enum)\\s+(\\w+)");
  private static final Pattern DECLARATION =
      Pattern.compile(
          "(?m)^([ \\t]*)(?:@[\\w.]+(?:\\([^)]*\\))?\\s+)*"
              + "(?:(?:[\\w<>\\[\\]?,.]+ )*(?:class|interface|record|enum) (\\w+)[^;{]*"
              + "|(?:[\\w<>\\[\\]?,.]+ )+(\\w+)\\([^;{]*)\\{");
  private static final Pattern PACKAGE = Pattern.compile("(?m)^package ([\\w.]+);");
  private static final Pattern IMPORT = Pattern.compile("(?m)^import [^;]+;\\n?");
  private static final Pattern ELIDED = Pattern.compile("\\{\\s*\\.\\.\\.\\s*}");

  /** What the test does with one block. */
  sealed interface Snippet {
    Block block();

    /** How the block is checked, for messages. */
    String how();

    /** The block's page and line, and how it is checked. */
    default String describe() {
      return block() + " (" + how() + ")";
    }
  }

  /**
   * Compile {@code sources} (file path to text); the block is in {@code snippetFile}. The findings
   * of the jatomics checks in that file must be the lines marked {@code // CheckName}. An {@code
   * example} is what the page's later blocks may replace declarations of or be hosted with (a block
   * in a host is not).
   */
  record Compiled(
      Block block, String how, Map<String, String> sources, String snippetFile, boolean example)
      implements Snippet {}

  /** Compile {@code sources}; the processor's {@code generatedFile} must match {@code excerpt}. */
  record GeneratedExcerpt(
      Block block, String how, Map<String, String> sources, String generatedFile, String excerpt)
      implements Snippet {}

  private JavaSnippets() {}

  /** The ```java blocks of every page, then the Javadoc's examples ({@link JavadocExamples}). */
  static List<Block> javaBlocks() {
    return Stream.concat(
            MarkdownPages.blocks().stream().filter(b -> b.language().equals("java")),
            JavadocExamples.blocks().stream())
        .toList();
  }

  /**
   * Every ```java block, classified. A block that fits no convention fails with an {@link
   * AssertionError} naming it.
   */
  static List<Snippet> all() {
    List<Snippet> result = new ArrayList<>();
    String page = null;
    Compiled previous = null; // the page's last compiled unit, for the blocks after it
    for (Block block : javaBlocks()) {
      if (!block.page().equals(page)) {
        page = block.page();
        previous = null;
      }
      Snippet snippet = classify(block, previous);
      result.add(snippet);
      if (snippet instanceof Compiled compiled && compiled.example()) {
        previous = compiled;
      }
    }
    return result;
  }

  private static Snippet classify(Block block, Compiled previous) {
    String text = withElidedBodies(block.text());
    SnippetHosts.Host host = SnippetHosts.find(block);
    if (host != null) {
      return hosted(block, text, host, previous);
    }
    rejectElisions(block, text);
    if (previous != null) {
      String unit = previous.sources().get(previous.snippetFile());
      String replaced = withDeclarationsReplaced(unit, text);
      if (replaced != null) {
        Map<String, String> sources = new LinkedHashMap<>(previous.sources());
        sources.put(previous.snippetFile(), replaced);
        return new Compiled(
            block,
            "in the example of " + previous.block() + ", declarations replaced",
            sources,
            previous.snippetFile(),
            true);
      }
    }
    Matcher type = TOP_LEVEL_TYPE.matcher(text);
    if (type.find()) {
      boolean hasImports = IMPORT.matcher(text).find() || PACKAGE.matcher(text).find();
      String file = fileOf(text, type.group(1));
      return new Compiled(
          block,
          "a compilation unit",
          Map.of(file, hasImports ? text : IMPORTS + text),
          file,
          true);
    }
    throw new AssertionError(
        block
            + ": a Java example that is neither a compilation unit nor declarations of the"
            + " page's previous example; give it a host in SnippetHosts (the class and method it"
            + " belongs in), or make it a complete example:\n"
            + block.text());
  }

  private static Snippet hosted(
      Block block, String text, SnippetHosts.Host host, Compiled previous) {
    Map<String, String> sources = new LinkedHashMap<>();
    if (host.withExample()) {
      if (previous == null) {
        throw new AssertionError(block + ": its host wants the page's example, and there is none");
      }
      sources.putAll(previous.sources());
    }
    if (host instanceof SnippetHosts.Generated generated) {
      if (generated.from() != null) {
        sources.put(
            generated.from(), MarkdownPages.read(MarkdownPages.ROOT.resolve(generated.from())));
      }
      return new GeneratedExcerpt(
          block,
          "the processor's output " + generated.generatedFile(),
          sources,
          generated.generatedFile(),
          block.text());
    }
    SnippetHosts.In in = (SnippetHosts.In) host;
    rejectElisions(block, text);
    StringBuilder imports = new StringBuilder();
    Matcher importLine = IMPORT.matcher(text);
    while (importLine.find()) {
      imports.append(importLine.group().strip()).append('\n');
    }
    String fragment = IMPORT.matcher(text).replaceAll("").strip();
    Matcher at = Pattern.compile("(?m)^([ \\t]*)FRAGMENT$").matcher(in.text());
    if (!at.find()) {
      throw new AssertionError(block + ": its host has no FRAGMENT line");
    }
    String indent = at.group(1);
    String unit =
        in.text().substring(0, at.start())
            + fragment.lines().map(l -> l.isEmpty() ? l : indent + l).collect(joining("\n"))
            + in.text().substring(at.end());
    // The block's imports go after the host's package declaration (or first).
    Matcher pkg = PACKAGE.matcher(unit);
    int importsAt = pkg.find() ? pkg.end() + 1 : 0;
    unit = unit.substring(0, importsAt) + imports + unit.substring(importsAt);
    Matcher type = TOP_LEVEL_TYPE.matcher(unit);
    if (!type.find()) {
      throw new AssertionError(block + ": its host declares no type");
    }
    String file = fileOf(unit, type.group(1));
    sources.put(file, unit);
    return new Compiled(block, "hosted in " + type.group(1), sources, file, false);
  }

  /** The file a unit goes to: its package's folder and its type's name. */
  private static String fileOf(String unit, String typeName) {
    Matcher pkg = PACKAGE.matcher(unit);
    return (pkg.find() ? pkg.group(1).replace('.', '/') + "/" : "") + typeName + ".java";
  }

  static String withElidedBodies(String text) {
    return ELIDED.matcher(text).replaceAll(ELIDED_BODY);
  }

  /** Fails on a {@code ...} outside comments (an elision no convention covers). */
  private static void rejectElisions(Block block, String text) {
    String code = withoutComments(text).replaceAll("(?<=[\\w>\\]])\\.\\.\\.(?=\\s+\\w)", " ");
    if (code.contains("...")) { // an ellipsis that is not a varargs parameter
      throw new AssertionError(
          block
              + ": `...` stands for code the test cannot supply; write `{ ... }` for a whole body,"
              + " put the ellipsis in a comment, or show the code:\n"
              + block.text());
    }
  }

  /** The text without {@code //} and {@code /* *}{@code /} comments (string literals kept). */
  static String withoutComments(String text) {
    return text.replaceAll("(?s)/\\*.*?\\*/|//[^\\n]*|(\"(?:[^\"\\\\\\n]|\\\\.)*\")", "$1");
  }

  /**
   * {@code unit} with each top-level declaration of {@code fragment} (a method, or a type) put in
   * place of the declaration of the same kind and name in {@code unit}, at that declaration's
   * indentation; null when the fragment is something else (statements, or a declaration {@code
   * unit} lacks).
   */
  static String withDeclarationsReplaced(String unit, String fragment) {
    String result = unit;
    int end = 0;
    Matcher declaration = DECLARATION.matcher(fragment);
    while (declaration.find(end)) {
      if (!declaration.group(1).isEmpty()
          || !withoutComments(fragment.substring(end, declaration.start())).isBlank()) {
        return null; // not a fragment of top-level declarations only
      }
      int close = closingBrace(fragment, declaration.end() - 1);
      String replacement = fragment.substring(declaration.start(), close + 1);
      Matcher original = sameDeclaration(result, declaration);
      if (original == null) {
        return null;
      }
      String indent = original.group(1);
      result =
          result.substring(0, original.start())
              + replacement.lines().map(l -> indent + l).reduce((a, b) -> a + "\n" + b).orElse("")
              + result.substring(closingBrace(result, original.end() - 1) + 1);
      end = close + 1;
    }
    return end > 0 && withoutComments(fragment.substring(end)).isBlank() ? result : null;
  }

  private static Matcher sameDeclaration(String unit, Matcher declaration) {
    Matcher candidate = DECLARATION.matcher(unit);
    while (candidate.find()) {
      boolean sameType =
          declaration.group(2) != null && declaration.group(2).equals(candidate.group(2));
      boolean sameMethod =
          declaration.group(3) != null && declaration.group(3).equals(candidate.group(3));
      if (sameType || sameMethod) {
        return candidate;
      }
    }
    return null;
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
    throw new AssertionError("unbalanced braces in a snippet:\n" + text);
  }
}
