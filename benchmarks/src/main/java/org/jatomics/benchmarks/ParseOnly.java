package org.jatomics.benchmarks;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The limit for the reviewer's throughput: JavaParser 3.28.2 parsing the same files, on one thread,
 * and doing nothing else. Prints one line per pass ({@code pass N: files, lines, seconds,
 * lines/s}); the first pass of a fresh JVM is what a command-line run of the reviewer compares
 * with, later passes show the steady state.
 *
 * <p>Usage: {@code java -cp benchmarks.jar org.jatomics.benchmarks.ParseOnly [--passes N] PATH...}
 * where each PATH is a Java file, a directory (searched for {@code *.java}) or {@code @list} (a
 * file naming one Java file per line).
 */
public final class ParseOnly {
  private ParseOnly() {}

  /**
   * Parses every file given, {@code --passes} times (default 1).
   *
   * @param args the options and paths described in the class comment
   * @throws IOException if a path cannot be listed
   */
  public static void main(String[] args) throws IOException {
    int passes = 1;
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--passes")) {
        passes = Integer.parseInt(args[++i]);
      } else if (args[i].startsWith("@")) {
        files.addAll(listed(Path.of(args[i].substring(1))));
      } else {
        files.addAll(javaFiles(Path.of(args[i])));
      }
    }
    for (int pass = 1; pass <= passes; pass++) {
      Pass result = parseAll(files);
      System.out.printf(
          "pass %d: %d files (%d not parsed), %d lines, %.3f s, %.0f lines/s%n",
          pass,
          files.size(),
          result.failed(),
          result.lines(),
          result.seconds(),
          result.lines() / result.seconds());
    }
  }

  /**
   * One pass over the files.
   *
   * @param lines the lines parsed
   * @param failed the files that did not parse
   * @param seconds the time it took
   */
  record Pass(long lines, int failed, double seconds) {}

  private static final ParserConfiguration CONFIG =
      new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_25);

  /** Reads and parses every file once, with JavaParser's defaults for Java 25. */
  static Pass parseAll(List<Path> files) {
    long start = System.nanoTime();
    long lines = 0;
    int failed = 0;
    for (Path file : files) {
      String source = read(file);
      lines += lineCount(source);
      // A fresh parser per file, as a tool that analyses and drops one file at a time does.
      ParseResult<CompilationUnit> result = new JavaParser(CONFIG).parse(source);
      if (!result.isSuccessful()) {
        failed++;
      }
    }
    return new Pass(lines, failed, (System.nanoTime() - start) / 1e9);
  }

  /** The files of a list file: one path per line. */
  static List<Path> listed(Path list) throws IOException {
    List<Path> files = new ArrayList<>();
    for (String line : Files.readAllLines(list)) {
      if (!line.isBlank()) {
        files.add(Path.of(line.strip()));
      }
    }
    return files;
  }

  private static List<Path> javaFiles(Path root) throws IOException {
    if (Files.isRegularFile(root)) {
      return List.of(root);
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long lineCount(String source) {
    long n = 0;
    for (int i = 0; i < source.length(); i++) {
      if (source.charAt(i) == '\n') {
        n++;
      }
    }
    return n;
  }
}
