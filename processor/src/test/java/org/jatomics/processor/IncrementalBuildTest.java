package org.jatomics.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.jatomics.annotations.Atomic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An incremental build (Gradle's, an IDE's) recompiles only the changed class, with the previous
 * output on the class path: the accessor class generated last time is then already there, and must
 * be regenerated, not reported as a name clash. A class the user wrote under that name is still an
 * error.
 */
class IncrementalBuildTest {
  private static final JavaFileObject QUEUE =
      JavaFileObjects.forSourceLines(
          "p.Queue",
          "package p;",
          "import org.jatomics.annotations.Atomic;",
          "public class Queue {",
          "  @Atomic int size;",
          "}");

  private static File annotationsJar() throws URISyntaxException {
    return new File(Atomic.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  private static Compilation compile(List<File> classPath, JavaFileObject... sources) {
    return compile(classPath, List.of("-Xlint:all", "-Werror"), sources);
  }

  private static Compilation compile(
      List<File> classPath, List<String> lint, JavaFileObject... sources) {
    return javac()
        .withProcessors(new LocalClassProcessor(), new AtomicsProcessor())
        .withClasspath(classPath)
        .withOptions(Stream.concat(Stream.of("--release", "17"), lint.stream()).toList())
        .compile(sources);
  }

  /** Writes the class files of {@code compilation} under {@code dir}. */
  private static void saveClasses(Compilation compilation, Path dir) throws IOException {
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        String path = file.toUri().getPath();
        Path target = dir.resolve(path.substring(path.indexOf("/p/") + 1));
        Files.createDirectories(target.getParent());
        try (InputStream in = file.openInputStream()) {
          Files.write(target, in.readAllBytes());
        }
      }
    }
  }

  @Test
  void accessorsGeneratedByTheLastBuildAreRegenerated(@TempDir Path previousOutput)
      throws Exception {
    Compilation first = compile(List.of(annotationsJar()), QUEUE);
    assertThat(first).succeededWithoutWarnings();
    saveClasses(first, previousOutput);
    assertEquals(true, Files.exists(previousOutput.resolve("p/QueueAtomics.class")));

    // javac's Filer itself warns (-Xlint:processing) when a processor writes a type that is already
    // on the class path, whoever the processor: a build that keeps stale output on the class path
    // and wants -Werror must not combine the two. That warning, and only it, is expected here.
    Compilation second =
        compile(List.of(annotationsJar(), previousOutput.toFile()), List.of("-Xlint:all"), QUEUE);
    assertThat(second).succeeded();
    assertThat(second).hadWarningCount(1);
    assertThat(second)
        .hadWarningContaining("A file for type 'p.QueueAtomics' already exists on the sourcepath");
    assertThat(second).generatedSourceFile("p.QueueAtomics").isNotNull();
  }

  @Test
  void aHandWrittenClassOnTheClassPathIsStillAnError(@TempDir Path previousOutput)
      throws Exception {
    Compilation handWritten =
        compile(
            List.of(annotationsJar()),
            JavaFileObjects.forSourceLines(
                "p.QueueAtomics", "package p;", "public class QueueAtomics {}"));
    assertThat(handWritten).succeededWithoutWarnings();
    saveClasses(handWritten, previousOutput);

    Compilation second = compile(List.of(annotationsJar(), previousOutput.toFile()), QUEUE);
    assertThat(second).hadErrorContaining("the class p.QueueAtomics already exists");
  }
}
