package org.jatomics.agreement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.jatomics.checker.CheckName;

/**
 * The Error Prone front end as a user's build runs it: the JDK's javac with
 * {@code -Xplugin:ErrorProne}, the jatomics checks found on the processor path (its META-INF/services),
 * the jatomics processor generating the accessors, and only the six jatomics checks enabled.
 */
final class ErrorProneRun {
  private ErrorProneRun() {}

  /**
   * Compiles {@code files} together and returns each file's jatomics findings as
   * {@code line:Check: message}, keyed by absolute path; other compiler errors fail the run.
   */
  static Map<Path, Set<String>> findings(List<Path> files) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
    String classPath = System.getProperty("java.class.path");
    StringBuilder plugin = new StringBuilder("-Xplugin:ErrorProne -XepDisableAllChecks");
    for (CheckName check : CheckName.values()) {
      // Warnings, so that NonAtomicAccess (an error by default) never stops the other files.
      plugin.append(" -Xep:").append(check.name()).append(":WARN");
    }
    try (StandardJavaFileManager fileManager = javac.getStandardFileManager(collector, Locale.ROOT, null)) {
      Path out = Files.createTempDirectory("jatomics-ep-compare");
      List<String> options = new ArrayList<>(List.of(
          "-d", out.toString(),
          "-s", out.toString(),
          "-classpath", classPath,
          "-processorpath", classPath,
          "-XDcompilePolicy=simple",
          "--should-stop=ifError=FLOW",
          "-Xmaxwarns", "100000",
          "-Xlint:-options",
          plugin.toString()));
      boolean ok = javac.getTask(null, fileManager, collector, options, null, fileManager.getJavaFileObjectsFromPaths(files)).call();
      Map<Path, Set<String>> result = new TreeMap<>();
      List<String> errors = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> d : collector.getDiagnostics()) {
        String message = d.getMessage(Locale.ROOT);
        String check = checkOf(message);
        if (check != null && d.getSource() != null) {
          Path file = Path.of(d.getSource().toUri()).toAbsolutePath().normalize();
          String text = message.substring(check.length() + 2).lines().findFirst().orElse("").strip();
          result.computeIfAbsent(file, f -> new TreeSet<>()).add(d.getLineNumber() + ":" + check + ": " + text);
        } else if (d.getKind() == Diagnostic.Kind.ERROR) {
          errors.add(d.toString());
        }
      }
      if (!ok || !errors.isEmpty()) {
        throw new AssertionError("javac with Error Prone failed: " + String.join("\n", errors));
      }
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String checkOf(String message) {
    for (CheckName check : CheckName.values()) {
      if (message.startsWith("[" + check.name() + "]")) {
        return check.name();
      }
    }
    return null;
  }
}
