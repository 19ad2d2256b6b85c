package org.jatomics.reviewer.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.jatomics.reviewer.report.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quick fixes the language server offers on the conformance corpus, applied as an editor
 * applies their edits (imports included), give code that compiles (javac with the jatomics
 * processor, as the corpus itself is compiled) and no longer has the fixed findings.
 */
class QuickFixesCompileTest {
  private static final Path CORPUS =
      Path.of(System.getProperty("jatomics.root", "../.."))
          .resolve("test-data")
          .toAbsolutePath()
          .normalize();

  @TempDir Path dir;

  @Test
  void everyQuickFixOnTheCorpusCompilesAndRemovesItsFinding() throws IOException {
    Path corpus = dir.resolve("corpus");
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(CORPUS)) {
      for (Path file :
          walk.filter(
                  p -> p.toString().endsWith(".java") && !p.startsWith(CORPUS.resolve("target")))
              .toList()) {
        Path copy = corpus.resolve(CORPUS.relativize(file).toString());
        Files.createDirectories(copy.getParent());
        files.add(Files.copy(file, copy));
      }
    }
    // A fix whose import the file lacks: the contract is declared in another file, which imports
    // it.
    files.add(
        Files.writeString(
            corpus.resolve("MissingSafetyContract/ImplementationElsewhere.java"),
            """
        package corpus.missingsafetycontract;

        final class ImplementationElsewhere implements OverrideWithoutContract.Allocator {
          @Override
          public long allocate(long size) {
            return 0;
          }
        }
        """));
    Workspace workspace = new Workspace(List.of(corpus), Workspace.Settings.DEFAULT);
    workspace.javaFiles().stream().map(Workspace::fragment).forEach(workspace::indexed);
    int before = 0;
    int applied = 0;
    int withImports = 0;
    for (Path file : files) {
      List<Diagnostic> found = analyse(workspace, file);
      before += found.size();
      String text = Files.readString(file);
      List<Diagnostic.Edit> taken = new ArrayList<>();
      for (Diagnostic d : found) {
        if (!d.edits().isEmpty() && d.edits().stream().noneMatch(e -> overlapsAny(e, taken))) {
          d.edits().stream().filter(e -> !taken.contains(e)).forEach(taken::add);
          applied++;
          withImports +=
              d.edits().stream().anyMatch(e -> e.replacement().contains("\nimport ")) ? 1 : 0;
        }
      }
      taken.sort(
          Comparator.comparingInt(Diagnostic.Edit::line)
              .thenComparingInt(Diagnostic.Edit::column)
              .reversed());
      for (Diagnostic.Edit edit : taken) {
        text =
            text.substring(0, offset(text, edit.line(), edit.column()))
                + edit.replacement()
                + text.substring(offset(text, edit.endLine(), edit.endColumn()));
      }
      Files.writeString(file, text);
    }
    assertTrue(
        applied >= 10 && withImports >= 2,
        applied + " fixes applied, " + withImports + " adding imports");
    assertTrue(
        Files.readString(corpus.resolve("MissingSafetyContract/ImplementationElsewhere.java"))
            .contains("import org.jatomics.annotations.SafetyContract;"),
        "the fix imports the annotation");

    List<String> errors = compile(files);
    assertEquals(List.of(), errors, "the fixed corpus compiles");

    files.forEach(file -> workspace.changedOnDisk(file.toUri()));
    int after = 0;
    for (Path file : files) {
      after += analyse(workspace, file).size();
    }
    // A fix can settle a second finding too (both accesses of a mixed pair), never add one.
    assertTrue(
        after <= before - applied, "before " + before + ", " + applied + " fixed, after " + after);
  }

  private static List<Diagnostic> analyse(Workspace workspace, Path file) throws IOException {
    workspace.open(file.toUri(), Files.readString(file), 1);
    List<Diagnostic> found = workspace.analyse(workspace.document(file.toUri()).orElseThrow());
    workspace.close(file.toUri());
    return found;
  }

  private static boolean overlapsAny(Diagnostic.Edit edit, List<Diagnostic.Edit> taken) {
    for (Diagnostic.Edit t : taken) {
      if (t.equals(edit)) {
        continue; // the same import for two fixes is made once
      }
      boolean startsBeforeEnd = compare(edit.line(), edit.column(), t.endLine(), t.endColumn()) < 0;
      boolean endsAfterStart = compare(t.line(), t.column(), edit.endLine(), edit.endColumn()) < 0;
      boolean samePoint = edit.line() == t.line() && edit.column() == t.column();
      if (startsBeforeEnd && endsAfterStart || samePoint) {
        return true;
      }
    }
    return false;
  }

  private static int compare(int line, int column, int otherLine, int otherColumn) {
    return line != otherLine
        ? Integer.compare(line, otherLine)
        : Integer.compare(column, otherColumn);
  }

  /** The offset of a 1-based line and column (UTF-16 units, as the protocol counts). */
  private static int offset(String text, int line, int column) {
    int at = 0;
    for (int l = 1; l < line; l++) {
      at = text.indexOf('\n', at) + 1;
    }
    return at + column - 1;
  }

  private static List<String> compile(List<Path> files) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
    String classPath = System.getProperty("java.class.path");
    try (StandardJavaFileManager fileManager =
        javac.getStandardFileManager(collector, Locale.ROOT, null)) {
      Path out = Files.createTempDirectory("jatomics-quickfix");
      List<String> options =
          List.of(
              "-d",
              out.toString(),
              "-s",
              out.toString(),
              "-classpath",
              classPath,
              "-processorpath",
              classPath,
              "-Xlint:none",
              "-nowarn");
      javac
          .getTask(
              null,
              fileManager,
              collector,
              options,
              null,
              fileManager.getJavaFileObjectsFromPaths(files))
          .call();
    }
    List<String> errors = new ArrayList<>();
    for (javax.tools.Diagnostic<? extends JavaFileObject> d : collector.getDiagnostics()) {
      if (d.getKind() == javax.tools.Diagnostic.Kind.ERROR) {
        errors.add(d.toString());
      }
    }
    return errors;
  }
}
