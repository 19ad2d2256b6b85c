package org.jatomics.accessors;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The {@code javac} of the JDK running the tests, started as a build starts it: the sources written
 * to files, this module's test class path as both class path and processor path (so jatomics'
 * processor and every other processor among the test dependencies are discovered through their
 * {@code META-INF/services}, in class path order).
 */
final class Javac {
  /** What one compilation printed, and where its classes went. */
  record Result(boolean success, String output, Path classes, Path generated) {
    /** A class loader over the compiled classes, with this module's class path as parent. */
    ClassLoader loader() throws MalformedURLException {
      return new URLClassLoader(new URL[] {classes.toUri().toURL()}, Javac.class.getClassLoader());
    }

    String generatedSource(String relativePath) throws IOException {
      return Files.readString(generated.resolve(relativePath));
    }

    /** The lines javac printed that start with {@code warning:} or name a file and a warning. */
    List<String> warnings() {
      return output.lines().filter(line -> line.contains("warning:")).toList();
    }
  }

  private Javac() {}

  /**
   * Compiles {@code sources} (path under the source root, mapped to content) under {@code dir} with
   * {@code --release 17 -proc:full} and {@code options}.
   */
  static Result compile(Path dir, Map<String, String> sources, List<String> options)
      throws IOException, InterruptedException {
    Path src = dir.resolve("src");
    Path classes = Files.createDirectories(dir.resolve("classes"));
    Path generated = Files.createDirectories(dir.resolve("generated"));
    String path = System.getProperty("java.class.path");
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
                "--release",
                "17",
                "-proc:full",
                "-encoding",
                "UTF-8",
                "-classpath",
                path,
                "-processorpath",
                path,
                "-d",
                classes.toString(),
                "-s",
                generated.toString()));
    command.addAll(options);
    for (Map.Entry<String, String> source : sources.entrySet()) {
      Path file = src.resolve(source.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.getValue());
      command.add(file.toString());
    }
    Process process =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(3, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("javac timed out: " + String.join(" ", command));
    }
    // The JDK's own notes about Lombok's use of sun.misc.Unsafe are not javac diagnostics.
    String diagnostics =
        output
            .lines()
            .filter(line -> !line.startsWith("WARNING: "))
            .reduce("", (all, line) -> all + line + "\n");
    return new Result(process.exitValue() == 0, diagnostics, classes, generated);
  }
}
