package org.jatomics.docs;

import com.sun.source.doctree.DocCommentTree;
import com.sun.source.doctree.DocTree;
import com.sun.source.doctree.ErroneousTree;
import com.sun.source.doctree.LiteralTree;
import com.sun.source.doctree.StartElementTree;
import com.sun.source.doctree.TextTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.DocTreeScanner;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.jatomics.docs.MarkdownPages.Block;

/**
 * The Java examples of the Javadoc: every {@code <pre>{@code ...}</pre>} of a doc comment in a
 * module's main sources ({@code <module>/src/main/java}; {@code src/it} projects and test fixtures
 * aside), as a ```java {@link Block} of its source file (page) at the line of its {@code {@code}},
 * so that {@link JavaSnippets} classifies and {@link DocumentedJavaTest} compiles it as it does a
 * page's block.
 *
 * <p>The doc comments are read by javac's own doc comment parser ({@link DocTrees}), the one the
 * javadoc tool uses, so the example's text is exactly what a reader of the rendered page sees: the
 * leading {@code *}s stripped, the {@code {@code}} ending at the brace that balances its opening
 * one, an {@code @} at a line's start kept. Inside {@code {@code}} javadoc shows HTML character
 * references such as {@code &#64;} as written, not as the character, so an example with one fails
 * here with what to write instead, as does a {@code {@code}} whose braces do not balance.
 */
final class JavadocExamples {
  /** An HTML character reference, which {@code {@code}} shows literally. */
  private static final Pattern CHARACTER_REFERENCE =
      Pattern.compile("&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);");

  private JavadocExamples() {}

  /** The examples of every main source file of the repository, in file order. */
  static List<Block> blocks() {
    List<Block> blocks = new ArrayList<>();
    for (Path file : MarkdownPages.files(JavadocExamples::isMainSource)) {
      String source = MarkdownPages.read(file);
      // A file without a <pre> has no example, and javac need not parse it.
      if (source.toLowerCase(Locale.ROOT).contains("<pre")) {
        blocks.addAll(examples(MarkdownPages.name(file), source));
      }
    }
    return blocks;
  }

  /**
   * A {@code .java} file under {@code src/main/java} of a module (the first {@code src} folder).
   */
  static boolean isMainSource(Path file) {
    Path relative = MarkdownPages.ROOT.relativize(file);
    if (!relative.toString().endsWith(".java")) {
      return false;
    }
    for (int i = 0; i + 2 < relative.getNameCount(); i++) {
      if (relative.getName(i).toString().equals("src")) {
        return relative.getName(i + 1).toString().equals("main")
            && relative.getName(i + 2).toString().equals("java");
      }
    }
    return false;
  }

  /**
   * The {@code <pre>{@code ...}</pre>} examples of the doc comments of {@code source}, the file
   * {@code name}; an {@link AssertionError} naming {@code name} and the line for a malformed one.
   */
  static List<Block> examples(String name, String source) {
    JavaFileObject file =
        new SimpleJavaFileObject(URI.create("string:///" + name), JavaFileObject.Kind.SOURCE) {
          @Override
          public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return source;
          }
        };
    // Parsing only: the doc comments of the declarations, no class path, no diagnostics wanted
    // (the module's own build reports a source that does not parse).
    JavacTask task =
        (JavacTask)
            ToolProvider.getSystemJavaCompiler()
                .getTask(null, null, diagnostic -> {}, List.of("-proc:none"), null, List.of(file));
    DocTrees trees = DocTrees.instance(task);
    List<Block> blocks = new ArrayList<>();
    try {
      for (CompilationUnitTree unit : task.parse()) {
        new TreePathScanner<Void, Void>() {
          @Override
          public Void scan(Tree tree, Void unused) {
            if (tree != null) {
              DocCommentTree doc =
                  trees.getDocCommentTree(
                      getCurrentPath() == null
                          ? new TreePath(unit)
                          : new TreePath(getCurrentPath(), tree));
              if (doc != null) {
                new PreCode(name, unit, doc, trees, blocks).scan(doc, null);
              }
            }
            return super.scan(tree, unused);
          }
        }.scan(unit, null);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return blocks;
  }

  /**
   * Finds the {@code {@code}} right after a {@code <pre>} in each list of a doc comment's nodes.
   */
  private static final class PreCode extends DocTreeScanner<Void, Void> {
    private final String name;
    private final CompilationUnitTree unit;
    private final DocCommentTree doc;
    private final DocTrees trees;
    private final List<Block> blocks;

    PreCode(
        String name,
        CompilationUnitTree unit,
        DocCommentTree doc,
        DocTrees trees,
        List<Block> blocks) {
      this.name = name;
      this.unit = unit;
      this.doc = doc;
      this.trees = trees;
      this.blocks = blocks;
    }

    @Override
    public Void scan(Iterable<? extends DocTree> nodes, Void unused) {
      if (nodes != null) {
        DocTree pre = null;
        for (DocTree node : nodes) {
          if (node instanceof StartElementTree start
              && start.getName().toString().equalsIgnoreCase("pre")
              && pre == null) {
            pre = node;
          } else if (pre != null && !(node instanceof TextTree text && text.getBody().isBlank())) {
            example(node);
            pre = null;
          }
        }
      }
      return super.scan(nodes, unused);
    }

    private void example(DocTree node) {
      String where = name + ":" + line(node);
      if (node instanceof ErroneousTree erroneous && erroneous.getBody().startsWith("{@code")) {
        throw new AssertionError(
            where
                + ": the {@code} of this <pre> does not close: javadoc ends it at the brace that"
                + " balances its opening one, so the example's { and } must balance ("
                + erroneous.getDiagnostic().getMessage(Locale.ROOT)
                + ")");
      }
      if (!(node instanceof LiteralTree literal) || node.getKind() != DocTree.Kind.CODE) {
        return; // preformatted text that is not a {@code} example (a table, a diagram)
      }
      String code = literal.getBody().getBody();
      Matcher reference = CHARACTER_REFERENCE.matcher(code);
      if (reference.find()) {
        throw new AssertionError(
            where
                + ": javadoc shows `"
                + reference.group()
                + "` inside {@code} as written, not as the character it stands for; write the"
                + " character itself (an @ at a line's start is fine inside {@code}):\n"
                + code);
      }
      // The block's line is its {@code's, and its text usually starts on the next, as a Markdown
      // block's after its fence.
      String text = code.startsWith("\n") ? code.substring(1) : code;
      blocks.add(new Block(name, line(node), "java", text.endsWith("\n") ? text : text + "\n"));
    }

    private int line(DocTree tree) {
      long position = trees.getSourcePositions().getStartPosition(unit, doc, tree);
      return (int) unit.getLineMap().getLineNumber(position);
    }
  }
}
