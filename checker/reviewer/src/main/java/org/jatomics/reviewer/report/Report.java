package org.jatomics.reviewer.report;

import java.util.Comparator;
import java.util.List;
import org.jatomics.checker.Severity;

/**
 * Everything one run found: the diagnostics (sorted by file, line, column, check), the files that
 * could not be read or parsed, the checks that ran, and how many files were analysed.
 *
 * @param diagnostics findings, sorted
 * @param problems unreadable or unparsable files, sorted by file
 * @param rules the checks that ran, in a stable order
 * @param filesAnalyzed number of files read
 * @param unresolved what could not be resolved (receivers that may be {@code Unsafe}), sorted
 */
public record Report(
    List<Diagnostic> diagnostics,
    List<FileProblem> problems,
    List<Rule> rules,
    int filesAnalyzed,
    List<Unresolved> unresolved) {

  /** A report in which everything was resolved. */
  public Report(
      List<Diagnostic> diagnostics,
      List<FileProblem> problems,
      List<Rule> rules,
      int filesAnalyzed) {
    this(diagnostics, problems, rules, filesAnalyzed, List.of());
  }

  /** The order diagnostics are printed in. */
  public static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::file)
          .thenComparingInt(Diagnostic::line)
          .thenComparingInt(Diagnostic::column)
          .thenComparing(Diagnostic::check)
          .thenComparing(Diagnostic::text);

  /** The order unresolved calls are listed in. */
  public static final Comparator<Unresolved> UNRESOLVED_ORDER =
      Comparator.comparing(Unresolved::file)
          .thenComparingInt(Unresolved::line)
          .thenComparingInt(Unresolved::column);

  /** Compact constructor: sorts and copies. */
  public Report {
    diagnostics = diagnostics.stream().sorted(ORDER).toList();
    problems = problems.stream().sorted(Comparator.comparing(FileProblem::file)).toList();
    rules = List.copyOf(rules);
    unresolved = unresolved.stream().sorted(UNRESOLVED_ORDER).toList();
  }

  /** What its end states: counts of findings by severity, files, problems, unresolved calls. */
  public Summary summary() {
    return new Summary(
        count(Severity.ERROR),
        count(Severity.WARNING),
        filesAnalyzed,
        problems.size(),
        unresolved.size());
  }

  /** How many diagnostics have {@code severity}. */
  public long count(Severity severity) {
    return diagnostics.stream().filter(d -> d.severity() == severity).count();
  }
}
