package org.jatomics.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar registers both processors with javac, in the order that matters, and declares both
 * isolating to Gradle.
 */
class RegistrationTest {

  private static Set<String> lines(String resource) throws IOException {
    try (InputStream in = RegistrationTest.class.getResourceAsStream("/" + resource)) {
      assertNotNull(in, resource + " is in the jar");
      return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  private static List<String> orderedLines(String resource) throws IOException {
    try (InputStream in = RegistrationTest.class.getResourceAsStream("/" + resource)) {
      assertNotNull(in, resource + " is in the jar");
      return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .toList();
    }
  }

  /**
   * Both processors, {@code LocalClassProcessor} first: {@code AtomicsProcessor} claims
   * {@code @Atomic}, and javac ends a round once its annotations are all claimed.
   */
  @Test
  void javacFindsBothProcessorsLocalClassProcessorFirst() throws IOException {
    assertEquals(
        List.of(LocalClassProcessor.class.getName(), AtomicsProcessor.class.getName()),
        orderedLines("META-INF/services/javax.annotation.processing.Processor"));
  }

  /**
   * Compiles {@code source} with javac finding the processors as a user's build does: through the
   * services file on the processor path (this module's classes, with the test class path).
   */
  private static String compileDiscovering(Path dir, String name, String source, boolean succeeds)
      throws IOException {
    Path file = dir.resolve(name + ".java");
    Files.writeString(file, source);
    String path = System.getProperty("java.class.path");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter output = new StringWriter();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      boolean ok =
          javac
              .getTask(
                  output,
                  files,
                  null,
                  List.of(
                      "--release",
                      "17",
                      "-Xlint:all",
                      "-Werror",
                      "-classpath",
                      path,
                      "-processorpath",
                      path,
                      "-d",
                      dir.toString(),
                      "-s",
                      dir.toString()),
                  null,
                  files.getJavaFileObjects(file))
              .call();
      assertEquals(succeeds, ok, output.toString());
    }
    return output.toString();
  }

  /**
   * A class whose only annotations are {@code @Atomic}, one of them in a local class: {@code
   * AtomicsProcessor} claims {@code @Atomic}, and {@code LocalClassProcessor} still runs (it comes
   * first), so the local-class error is there and nothing else.
   */
  @Test
  void discoveredProcessorsClaimAtomicAndStillRejectLocalClasses(@TempDir Path dir)
      throws IOException {
    String output =
        compileDiscovering(
            dir,
            "C",
            """
            import org.jatomics.annotations.Atomic;
            class C {
              @Atomic int member;
              void m() {
                class Local {
                  @Atomic int x;
                }
              }
            }
            """,
            false);
    assertTrue(output.contains("@Atomic field 'x' is in a local or anonymous class"), output);
    assertTrue(output.contains("1 error") && !output.contains("warning"), output);
  }

  /**
   * {@code @Atomic}, {@code @Consume}, {@code @SafetyContract} and the accessor class's
   * {@code @Generated} are all claimed, so {@code -Xlint:all -Werror} (processing lint included)
   * passes.
   */
  @Test
  void discoveredProcessorsLeaveNoUnclaimedAnnotation(@TempDir Path dir) throws IOException {
    String output =
        compileDiscovering(
            dir,
            "D",
            """
            import org.jatomics.annotations.Atomic;
            import org.jatomics.annotations.Consume;
            import org.jatomics.annotations.SafetyContract;
            class D {
              @Atomic @Consume D next;
              @SafetyContract("the caller owns d")
              static D first(D d) { return DAtomics.loadNext(d, org.jatomics.Ordering.CONSUME); }
            }
            """,
            true);
    assertEquals("", output);
    assertTrue(Files.exists(dir.resolve("DAtomics.class")));
  }

  @Test
  void gradleTreatsBothAsIsolating() throws IOException {
    assertEquals(
        Set.of(
            AtomicsProcessor.class.getName() + ",isolating",
            LocalClassProcessor.class.getName() + ",isolating"),
        lines("META-INF/gradle/incremental.annotation.processors"));
  }
}
