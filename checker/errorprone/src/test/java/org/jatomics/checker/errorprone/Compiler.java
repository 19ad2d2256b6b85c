package org.jatomics.checker.errorprone;

import com.google.errorprone.BaseErrorProneJavaCompiler;
import com.google.errorprone.scanner.ScannerSupplier;
import com.sun.tools.javac.api.BasicJavacTask;
import com.sun.tools.javac.util.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;

/**
 * Compiles files the way a user's build does: javac with Error Prone running the six jatomics
 * checks (and nothing else), the jatomics processor generating accessors, annotations and
 * RawAtomics on the class path.
 */
final class Compiler {
  private Compiler() {}

  /**
   * The outcome of a compilation.
   *
   * @param diagnostics everything javac and the checks reported
   * @param context the compilation's javac context (for the per-context cache)
   */
  record Result(List<Diagnostic<? extends JavaFileObject>> diagnostics, Context context) {
    /** The diagnostics of jatomics checks, as {@code line:Check} (in any file). */
    List<String> findings(Path file) {
      List<String> result = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
        String message = d.getMessage(Locale.ROOT);
        if (Compiler.sameFile(d, file) && isCheckFinding(message)) {
          result.add(d.getLineNumber() + ":" + message.substring(1, message.indexOf(']')));
        }
      }
      return result;
    }
  }

  /** Whether {@code message} is a jatomics check's diagnostic ({@code [Name] ...}). */
  static boolean isCheckFinding(String message) {
    for (org.jatomics.checker.CheckName check : org.jatomics.checker.CheckName.values()) {
      if (message.startsWith("[" + check.name() + "]")) {
        return true;
      }
    }
    return false;
  }

  /** Whether diagnostic {@code d} is in {@code file}. */
  static boolean sameFile(Diagnostic<? extends JavaFileObject> d, Path file) {
    return d.getSource() != null
        && Path.of(d.getSource().toUri()).normalize().equals(file.toAbsolutePath().normalize());
  }

  /** Lombok's annotation processor, as its jar registers it for discovery. */
  static final String LOMBOK_PROCESSOR =
      "lombok.launch.AnnotationProcessorHider$AnnotationProcessor";

  /** Whether a file imports Lombok: only then does Lombok run (it costs every compilation). */
  private static boolean usesLombok(Path... files) {
    for (Path file : files) {
      try {
        if (Files.readString(file).contains("import lombok.")) {
          return true;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return false;
  }

  static Result compile(List<String> options, Path... files) {
    ScannerSupplier checks =
        ScannerSupplier.fromBugCheckerClasses(
            NonAtomicAccess.class,
            MixedAccessMode.class,
            RelaxedDependentLoad.class,
            MissingSafetyComment.class,
            MissingSafetyContract.class,
            UnnecessarySafetyComment.class);
    JavaCompiler javac = new BaseErrorProneJavaCompiler(checks);
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager fileManager =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      Path out = Files.createTempDirectory("jatomics-ep");
      List<String> args =
          new ArrayList<>(
              List.of(
                  "-processor",
                  usesLombok(files)
                      ? "org.jatomics.processor.AtomicsProcessor," + LOMBOK_PROCESSOR
                      : "org.jatomics.processor.AtomicsProcessor",
                  "-d",
                  out.toString(),
                  "-s",
                  out.toString(),
                  "-cp",
                  System.getProperty("java.class.path"),
                  "-XDcompilePolicy=simple",
                  "--should-stop=ifError=FLOW",
                  "-Xlint:-options"));
      args.addAll(options);
      JavaCompiler.CompilationTask task =
          javac.getTask(
              null, fileManager, diagnostics, args, null, fileManager.getJavaFileObjects(files));
      // The task forgets its context when it finishes: keep it for the per-context cache.
      Context context = ((BasicJavacTask) task).getContext();
      task.call();
      return new Result(diagnostics.getDiagnostics(), context);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
