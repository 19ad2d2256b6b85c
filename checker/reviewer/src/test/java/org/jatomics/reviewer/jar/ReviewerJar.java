package org.jatomics.reviewer.jar;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the built {@code jatomics-reviewer-VERSION-all.jar} as a user does: {@code java -jar} in a
 * subprocess, on Java 17 (the oldest supported runtime) when it is installed, else on the JVM
 * running the tests (and says so).
 */
final class ReviewerJar {
  /**
   * What a run did.
   *
   * @param exit the exit status
   * @param out standard output
   * @param err standard error
   */
  record Result(int exit, String out, String err) {
    /** No JVM stack trace anywhere in what it printed. */
    boolean hasNoStackTrace() {
      return !(out + err).contains("\tat ") && !(out + err).contains("Exception in thread");
    }
  }

  private ReviewerJar() {}

  static Path jar() {
    Path jar = Path.of(System.getProperty("jatomics.reviewer.jar", "target/missing-all.jar"));
    assertTrue(Files.isRegularFile(jar), "the -all jar is built before the ITs run: " + jar);
    return jar;
  }

  /** The java launcher: Java 17's when installed. */
  static String java() {
    Path java17 = Path.of(System.getProperty("jatomics.java17", "/nonexistent"), "bin", "java");
    if (Files.isExecutable(java17)) {
      return java17.toString();
    }
    System.err.println(
        "ReviewerJar: no Java 17 at "
            + java17
            + "; running the jar on "
            + System.getProperty("java.home"));
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** Runs {@code java -jar JAR args} in {@code dir} with standard input closed. */
  static Result run(Path dir, String... args) throws IOException, InterruptedException {
    return run(dir, List.of(), args);
  }

  /** Runs with extra JVM options. */
  static Result run(Path dir, List<String> jvmOptions, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(java());
    command.addAll(jvmOptions);
    command.add("-jar");
    command.add(jar().toAbsolutePath().toString());
    command.addAll(List.of(args));
    return start(dir, command);
  }

  static Result start(Path dir, List<String> command) throws IOException, InterruptedException {
    Path out = Files.createTempFile("jatomics-it", ".out");
    Path err = Files.createTempFile("jatomics-it", ".err");
    try {
      ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
      builder.environment().remove("JAVA_TOOL_OPTIONS");
      builder.environment().put("NO_COLOR", "1");
      Process process =
          builder
              .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("the reviewer did not finish in 120 s: " + command);
      }
      return new Result(
          process.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
