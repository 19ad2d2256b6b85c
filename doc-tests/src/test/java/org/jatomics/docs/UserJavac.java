package org.jatomics.docs;

import static java.util.stream.Collectors.joining;

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
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.jatomics.checker.CheckName;

/**
 * javac (of the JDK running the tests, in-process) as a user's build runs it with jatomics: this
 * module's test class path as class path and processor path (the jatomics processor, Lombok, Error
 * Prone and the jatomics checks), {@code -Xplugin:ErrorProne} with the flags given, {@code
 * --release 17} (22 where the code uses {@code java.lang.foreign}, as {@code jatomics-raw} needs).
 */
final class UserJavac {
  /** The names of the six checks. */
  static final List<String> CHECKS =
      Arrays.stream(CheckName.values()).map(CheckName::name).toList();

  /** Error Prone's flags that run the six jatomics checks only. */
  static final String ONLY_JATOMICS_CHECKS =
      "-XepDisableAllChecks " + CHECKS.stream().map(c -> "-Xep:" + c).collect(joining(" "));

  private static final String CLASS_PATH = System.getProperty("java.class.path");

  private UserJavac() {}

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

    /** The errors that are not a finding of {@code check}. */
    List<String> errorsOtherThan(String check) {
      return diagnostics.stream()
          .filter(d -> d.getKind() == Diagnostic.Kind.ERROR && !check.equals(check(d)))
          .map(Compilation::render)
          .toList();
    }

    /** The errors that are not a finding of one of the six checks. */
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

    /** The kind (ERROR, WARNING) of the first finding of {@code check}; null when there is none. */
    Diagnostic.Kind kindOf(String check) {
      return diagnostics.stream()
          .filter(d -> check.equals(check(d)))
          .map(Diagnostic::getKind)
          .findFirst()
          .orElse(null);
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
   * Compiles {@code sources} (path to text) under {@code dir}, Error Prone with {@code
   * errorProneFlags} (such as {@link #ONLY_JATOMICS_CHECKS}).
   */
  static Compilation compile(Map<String, String> sources, Path dir, String errorProneFlags)
      throws IOException {
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
            ("-Xplugin:ErrorProne " + errorProneFlags).strip());
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
