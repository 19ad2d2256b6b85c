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
        for (String line : Files.readAllLines(Path.of(args[i].substring(1)))) {
          if (!line.isBlank()) {
            files.add(Path.of(line.strip()));
          }
        }
      } else {
        files.addAll(javaFiles(Path.of(args[i])));
      }
    }
    ParserConfiguration config =
        new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_25);
    for (int pass = 1; pass <= passes; pass++) {
      long start = System.nanoTime();
      long lines = 0;
      int failed = 0;
      for (Path file : files) {
        String source = read(file);
        lines += lineCount(source);
        // A fresh parser per file, as a tool that analyses and drops one file at a time does.
        ParseResult<CompilationUnit> result = new JavaParser(config).parse(source);
        if (!result.isSuccessful()) {
          failed++;
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          "pass %d: %d files (%d not parsed), %d lines, %.3f s, %.0f lines/s%n",
          pass, files.size(), failed, lines, seconds, lines / seconds);
    }
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
