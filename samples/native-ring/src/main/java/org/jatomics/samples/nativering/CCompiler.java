package org.jatomics.samples.nativering;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Builds the C side of the sample with the machine's C compiler: {@code $CC} if set, else the first
 * {@code gcc} or {@code cc} on the {@code PATH}. The source, {@code jatomics_ring.c}, travels with
 * the classes; the library goes to {@code target/native/} next to them.
 */
public final class CCompiler {
  static final String SOURCE = "jatomics_ring.c";
  static final String LIBRARY = System.mapLibraryName("jatomics_ring");

  private final List<String> command;

  private CCompiler(List<String> command) {
    this.command = List.copyOf(command);
  }

  /** The machine's C compiler, or empty if there is none. */
  public static Optional<CCompiler> find() {
    String cc = System.getenv("CC");
    if (cc != null && !cc.isBlank()) {
      List<String> words = List.of(cc.trim().split("\\s+"));
      return onPath(words.get(0))
          .map(
              path -> {
                List<String> command = new ArrayList<>(words);
                command.set(0, path.toString());
                return new CCompiler(command);
              });
    }
    return onPath("gcc")
        .or(() -> onPath("cc"))
        .map(path -> new CCompiler(List.of(path.toString())));
  }

  private static Optional<Path> onPath(String name) {
    Path direct = Path.of(name);
    if (direct.isAbsolute()) {
      return Files.isExecutable(direct) ? Optional.of(direct) : Optional.empty();
    }
    String path = System.getenv().getOrDefault("PATH", "");
    for (String dir : path.split(java.io.File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
        return Optional.of(Path.of(dir, name));
      }
    }
    return Optional.empty();
  }

  /** {@code target/native} of this module (next to {@code target/classes}). */
  public static Path defaultOutputDirectory() {
    try {
      Path classes =
          Path.of(CCompiler.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return classes.getParent().resolve("native");
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Compiles {@code jatomics_ring.c} into {@code outputDirectory} and returns the library's path.
   */
  public Path build(Path outputDirectory) throws IOException, InterruptedException {
    Files.createDirectories(outputDirectory);
    Path source = outputDirectory.resolve(SOURCE);
    try (InputStream in = CCompiler.class.getResourceAsStream(SOURCE)) {
      if (in == null) {
        throw new IOException(
            SOURCE + " is missing from the class path (src/main/c is a resource root)");
      }
      Files.copy(in, source, StandardCopyOption.REPLACE_EXISTING);
    }
    Path library = outputDirectory.resolve(LIBRARY);
    List<String> invocation = new ArrayList<>(command);
    invocation.addAll(
        List.of(
            "-std=c11",
            "-O2",
            "-Wall",
            "-Wextra",
            "-Werror",
            "-fPIC",
            "-shared",
            "-pthread",
            "-o",
            library.toString(),
            source.toString()));
    Process process = new ProcessBuilder(invocation).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IOException("the C compiler did not finish in 2 minutes: " + invocation);
    }
    if (process.exitValue() != 0) {
      throw new IOException(
          "the C compiler failed (exit "
              + process.exitValue()
              + "): "
              + invocation
              + "\n"
              + output);
    }
    return library;
  }

  @Override
  public String toString() {
    return String.join(" ", command);
  }
}
