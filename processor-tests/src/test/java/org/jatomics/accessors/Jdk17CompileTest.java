package org.jatomics.accessors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jatomics.annotations.Atomic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor runs inside a JDK 17 javac (the oldest the contract supports), the code it
 * generates compiles there under {@code -Xlint:all -Werror} (processing lint included), and runs on
 * a JDK 17 JVM.
 */
class Jdk17CompileTest {
  private static final String BOX =
      """
      package demo;

      import org.jatomics.annotations.Atomic;

      public class Box<T extends CharSequence> {
        @Atomic private T value;
        @Atomic private long count;
        @Atomic static volatile double total;

        public static final class Node {
          @Atomic Node next;
        }
      }
      """;

  private static final String MAIN =
      """
      package demo;

      import static org.jatomics.Ordering.*;

      public class Main {
        public static void main(String[] args) {
          Box<String> box = new Box<>();
          BoxAtomics.storeValue(box, "hello", RELEASE);
          String old = BoxAtomics.xchgValue(box, "world", FULL);
          long before = BoxAtomics.fetchAddCount(box, 42, RELAXED);
          double total = BoxAtomics.cmpxchgTotal(0.0, 1.5, ACQUIRE);
          Box.Node node = new Box.Node();
          Box_NodeAtomics.storeNext(node, node, RELEASE);
          boolean self = Box_NodeAtomics.loadNext(node, CONSUME) == node;
          System.out.println(old + " " + BoxAtomics.loadValue(box, ACQUIRE) + " " + before + " "
              + BoxAtomics.loadCount(box, ACQUIRE) + " " + total + " " + BoxAtomics.loadTotal(RELAXED)
              + " " + self + " " + Runtime.version().feature());
        }
      }
      """;

  /** A JDK 17 under the usual install location, found by its {@code release} file. */
  static Optional<Path> findJdk17() throws IOException {
    Path jvms = Path.of("/usr/lib/jvm");
    if (!Files.isDirectory(jvms)) {
      return Optional.empty();
    }
    try (Stream<Path> candidates = Files.list(jvms)) {
      return candidates
          .filter(home -> Files.isExecutable(home.resolve("bin/javac")))
          .filter(home -> releaseVersion(home).startsWith("17"))
          .sorted()
          .findFirst();
    }
  }

  private static String releaseVersion(Path home) {
    try {
      for (String line : Files.readAllLines(home.resolve("release"))) {
        if (line.startsWith("JAVA_VERSION=")) {
          return line.substring("JAVA_VERSION=".length()).replace("\"", "");
        }
      }
    } catch (IOException e) {
      return "";
    }
    return "";
  }

  private static String location(Class<?> c) throws URISyntaxException {
    return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }

  private static String run(Path dir, List<String> command) throws Exception {
    Process process =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    boolean done = process.waitFor(2, TimeUnit.MINUTES);
    if (!done) {
      process.destroyForcibly();
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(done, "timed out: " + command);
    assertEquals(0, process.exitValue(), () -> String.join(" ", command) + "\n" + output);
    return output;
  }

  @Test
  void processorRunsInJdk17Javac(@TempDir Path dir) throws Exception {
    Optional<Path> jdk17 = findJdk17();
    assumeTrue(
        jdk17.isPresent(),
        "SKIPPED: no JDK 17 under /usr/lib/jvm (install openjdk-17-jdk-headless to run this test)");
    Path src = dir.resolve("src/demo");
    Files.createDirectories(src);
    Files.writeString(src.resolve("Box.java"), BOX);
    Files.writeString(src.resolve("Main.java"), MAIN);
    String annotations = location(Atomic.class);
    String processorPath =
        String.join(
            File.pathSeparator,
            // by name: referring to the class would need Auto-Service's annotation on the class
            // path
            location(Class.forName("org.jatomics.processor.AtomicsProcessor")),
            // the processor's dependencies: JavaPoet, and the annotations jar for AccessModes
            location(com.palantir.javapoet.JavaFile.class),
            annotations);
    List<String> javac =
        new ArrayList<>(
            List.of(
                jdk17.get().resolve("bin/javac").toString(),
                "-Xlint:all",
                "-Werror",
                "-cp",
                annotations,
                "-processorpath",
                processorPath,
                "-d",
                "classes",
                "-s",
                "generated",
                "src/demo/Box.java",
                "src/demo/Main.java"));
    run(dir, javac);
    assertTrue(Files.exists(dir.resolve("generated/demo/BoxAtomics.java")), "BoxAtomics generated");
    assertTrue(Files.exists(dir.resolve("generated/demo/Box_NodeAtomics.java")));
    String output =
        run(
            dir,
            List.of(
                jdk17.get().resolve("bin/java").toString(),
                "-cp",
                "classes" + File.pathSeparator + annotations,
                "demo.Main"));
    assertEquals("hello world 0 42 0.0 1.5 true 17", output.strip());
  }
}
