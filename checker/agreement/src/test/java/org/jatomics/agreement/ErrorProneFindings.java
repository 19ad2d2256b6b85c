package org.jatomics.agreement;

import com.google.errorprone.BaseErrorProneJavaCompiler;
import com.google.errorprone.BugPattern.SeverityLevel;
import com.google.errorprone.DescriptionListener;
import com.google.errorprone.ErrorProneOptions;
import com.google.errorprone.JavacErrorDescriptionListener;
import com.google.errorprone.apply.DescriptionBasedDiff;
import com.google.errorprone.apply.ImportOrganizer;
import com.google.errorprone.apply.SourceFile;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.fixes.ErrorProneEndPosTable;
import com.google.errorprone.fixes.Fix;
import com.google.errorprone.scanner.ErrorProneScannerTransformer;
import com.google.errorprone.scanner.Scanner;
import com.google.errorprone.scanner.ScannerSupplier;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.api.JavacTaskImpl;
import com.sun.tools.javac.api.JavacTool;
import com.sun.tools.javac.tree.JCTree.JCCompilationUnit;
import com.sun.tools.javac.util.Context;
import com.sun.tools.javac.util.Log;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import org.jatomics.checker.CheckName;

/**
 * The Error Prone front end over a set of files: javac with the jatomics processor generating
 * accessors and annotations and RawAtomics on the class path, then the six jatomics checks as Error
 * Prone runs them, each finding reported twice: as the javac diagnostic a user's build prints
 * (through Error Prone's own listener) and as its suggested fix applied alone to the file the way
 * Error Prone's patch mode applies it (its import organiser included).
 */
final class ErrorProneFindings {
  private ErrorProneFindings() {}

  /**
   * One finding.
   *
   * @param check the check's name
   * @param start the finding's start offset
   * @param end the finding's end offset
   * @param text the diagnostic's text as javac prints it, without the {@code [Check] } prefix
   * @param fixed the file's text after applying the finding's first fix alone, or {@code null}
   */
  record Finding(String check, int start, int end, String text, String fixed) {}

  /** Compiles {@code files} together; every file's findings in report order, keyed by path. */
  static Map<Path, List<Finding>> run(List<Path> files) {
    JavacTool javac = JavacTool.create();
    DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
    String classPath = System.getProperty("java.class.path");
    Path out = null;
    try (StandardJavaFileManager fileManager =
        javac.getStandardFileManager(collector, Locale.ROOT, null)) {
      out = Files.createTempDirectory("jatomics-agreement");
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
              "-proc:full",
              "-Xmaxwarns",
              "100000",
              "-Xmaxerrs",
              "100000",
              "-Xlint:-options");
      JavacTaskImpl task =
          (JavacTaskImpl)
              javac.getTask(
                  null,
                  fileManager,
                  collector,
                  options,
                  null,
                  fileManager.getJavaFileObjectsFromPaths(files));
      Set<CompilationUnitTree> units = new LinkedHashSet<>();
      task.addTaskListener(
          new TaskListener() {
            @Override
            public void finished(TaskEvent e) {
              if (e.getKind() == TaskEvent.Kind.ANALYZE) {
                units.add(e.getCompilationUnit());
              }
            }
          });
      task.analyze();
      List<String> errors = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> d : collector.getDiagnostics()) {
        if (d.getKind() == Diagnostic.Kind.ERROR) {
          errors.add(d.toString());
        }
      }
      if (!errors.isEmpty()) {
        throw new AssertionError("javac failed: " + String.join("\n", errors));
      }
      Context context = task.getContext();
      context.put(ErrorProneOptions.class, ErrorProneOptions.empty());
      BaseErrorProneJavaCompiler.setupMessageBundle(context);
      Scanner scanner = checks().get();
      Map<Path, List<Finding>> result = new TreeMap<>();
      for (CompilationUnitTree unit : units) {
        Path file = Path.of(unit.getSourceFile().toUri()).toAbsolutePath().normalize();
        if (!files.contains(file) && !files.contains(file.toAbsolutePath())) {
          continue; // generated accessors
        }
        result.put(
            file,
            findings(
                scanner, context, (JCCompilationUnit) unit, collector, Files.readString(file)));
      }
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      TempFiles.delete(out);
    }
  }

  private static List<Finding> findings(
      Scanner scanner,
      Context context,
      JCCompilationUnit unit,
      DiagnosticCollector<JavaFileObject> collector,
      String text) {
    DescriptionListener javacListener = javacListener(context, unit);
    List<Finding> findings = new ArrayList<>();
    DescriptionListener listener =
        description -> {
          // Warnings: javac's log reports only one error per position, a user sees every warning.
          int before = collector.getDiagnostics().size();
          javacListener.onDescribed(description.applySeverityOverride(SeverityLevel.WARNING));
          List<Diagnostic<? extends JavaFileObject>> all = collector.getDiagnostics();
          if (all.size() != before + 1) {
            throw new AssertionError(
                "Error Prone reported "
                    + (all.size() - before)
                    + " diagnostics for "
                    + description.getMessage());
          }
          Diagnostic<? extends JavaFileObject> diagnostic = all.get(before);
          String message = diagnostic.getMessage(Locale.ROOT);
          String prefix = "[" + description.checkName + "] ";
          String fixed =
              description.fixes.isEmpty() ? null : applied(unit, description.fixes.get(0), text);
          findings.add(
              new Finding(
                  description.checkName,
                  description.position.getStartPosition(),
                  description.position.getEndPosition(ErrorProneEndPosTable.create(unit)),
                  message.startsWith(prefix) ? message.substring(prefix.length()) : message,
                  fixed));
        };
    ErrorProneScannerTransformer.create(scanner).apply(new TreePath(unit), context, listener);
    return findings;
  }

  /** {@code fix} applied alone to {@code text}, as {@code -XepPatchChecks} applies it. */
  private static String applied(JCCompilationUnit unit, Fix fix, String text) {
    DescriptionBasedDiff diff =
        DescriptionBasedDiff.create(unit, ImportOrganizer.STATIC_FIRST_ORGANIZER);
    diff.handleFix(fix);
    SourceFile source = new SourceFile(unit.getSourceFile().getName(), text);
    diff.applyDifferences(source);
    return source.getSourceText();
  }

  /** Error Prone's listener that turns a description into the javac diagnostic users see. */
  private static DescriptionListener javacListener(Context context, JCCompilationUnit unit) {
    try {
      Method provider =
          JavacErrorDescriptionListener.class.getDeclaredMethod("provider", Context.class);
      provider.setAccessible(true);
      DescriptionListener.Factory factory =
          (DescriptionListener.Factory) provider.invoke(null, context);
      return factory.getDescriptionListener(Log.instance(context), unit);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("Error Prone's javac listener moved: " + e, e);
    }
  }

  @SuppressWarnings("unchecked")
  private static ScannerSupplier checks() {
    List<Class<? extends BugChecker>> classes = new ArrayList<>();
    for (CheckName check : CheckName.values()) {
      try {
        classes.add(
            (Class<? extends BugChecker>)
                Class.forName("org.jatomics.checker.errorprone." + check.name()));
      } catch (ClassNotFoundException e) {
        throw new AssertionError("no Error Prone check for " + check, e);
      }
    }
    return ScannerSupplier.fromBugCheckerClasses(classes);
  }
}
