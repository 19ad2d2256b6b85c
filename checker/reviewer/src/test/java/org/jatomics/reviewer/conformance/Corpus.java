package org.jatomics.reviewer.conformance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jatomics.checker.CheckName;
import org.jatomics.checker.Config;
import org.jatomics.checker.corpus.CorpusMarkers;
import org.jatomics.reviewer.Reviewer;
import org.jatomics.reviewer.report.Diagnostic;
import org.jatomics.reviewer.report.FileProblem;
import org.jatomics.reviewer.report.Report;

/** The conformance corpus ({@code test-data/}) and the reviewer's findings over all of it. */
final class Corpus {
  static final Path ROOT =
      Path.of(System.getProperty("jatomics.root", "../.."))
          .resolve("test-data")
          .toAbsolutePath()
          .normalize();

  private static Map<String, Set<String>> reviewed;
  private static List<FileProblem> problems;

  private Corpus() {}

  /** Every corpus file, by check folder then name. */
  static List<Path> files() throws IOException {
    List<Path> files = new ArrayList<>();
    for (CheckName check : CheckName.values()) {
      Path dir = ROOT.resolve(check.name());
      if (Files.isDirectory(dir)) {
        try (Stream<Path> list = Files.list(dir)) {
          list.filter(p -> p.toString().endsWith(".java")).sorted().forEach(files::add);
        }
      }
    }
    return files;
  }

  /** What the markers of {@code file} demand, as {@code line:Check}. */
  static Set<String> expected(Path file) throws IOException {
    Set<String> expected = new TreeSet<>();
    for (CorpusMarkers.Expected e : CorpusMarkers.expected(Files.readString(file))) {
      expected.add(e.toString());
    }
    return expected;
  }

  /**
   * The reviewer's findings in {@code file} as {@code line:Check}, from one run over the corpus.
   */
  static synchronized Set<String> reviewed(Path file) throws IOException {
    if (reviewed == null) {
      Reviewer.Options options =
          new Reviewer.Options(
              List.of(ROOT),
              ROOT,
              null,
              2,
              EnumSet.allOf(CheckName.class),
              Config.DEFAULT,
              null,
              false);
      Report report = new Reviewer(options).review();
      reviewed = new TreeMap<>();
      for (Diagnostic d : report.diagnostics()) {
        reviewed.computeIfAbsent(d.file(), f -> new TreeSet<>()).add(d.line() + ":" + d.check());
      }
      problems = report.problems();
    }
    String key = ROOT.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    return reviewed.getOrDefault(key, Set.of());
  }

  /** Files of the corpus the reviewer could not read or parse (must be none). */
  static synchronized List<FileProblem> problems() throws IOException {
    List<Path> files = files();
    if (!files.isEmpty()) {
      reviewed(files.get(0));
    }
    return problems == null ? List.of() : problems;
  }
}
