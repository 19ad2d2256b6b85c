package org.jatomics.reviewer.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a report in one output format as the run produces it: the files that could not be
 * analysed, then file by file each file's findings in report order ({@link Report#ORDER}), then the
 * end. A reporter holds nothing but what its format must state at the end (SARIF's invocation: the
 * files that could not be analysed and the calls that could not be resolved), so its memory does
 * not grow with the number of findings.
 */
public interface Reporter {
  /**
   * Starts a report on {@code out} (which the caller closes) of a run of the checks {@code rules}.
   */
  Output start(List<Rule> rules, Writer out) throws IOException;

  /** A report being written. */
  interface Output {
    /** A file that could not be read or parsed. */
    void problem(FileProblem problem) throws IOException;

    /** One file's findings, sorted by {@link Report#ORDER}. */
    void findings(List<Diagnostic> ofOneFile) throws IOException;

    /**
     * Calls that could not be resolved (a file's, as the run finds them); only counted unless the
     * format lists them.
     */
    default void unresolved(List<Unresolved> ofOneFile) throws IOException {}

    /** Ends the report. */
    void finish(Summary summary) throws IOException;
  }

  /** An output that writes each finding on its own and nothing at the end (rdjsonl, github). */
  interface EntryByEntry extends Output {
    /** One finding. */
    void finding(Diagnostic finding) throws IOException;

    @Override
    default void findings(List<Diagnostic> ofOneFile) throws IOException {
      for (Diagnostic d : ofOneFile) {
        finding(d);
      }
    }

    @Override
    default void finish(Summary summary) {}
  }

  /**
   * Writes a whole {@code report} (the unresolved calls first, then the problems, then file by file
   * the findings), as a run streams it.
   */
  default void write(Report report, Writer out) throws IOException {
    Output output = start(report.rules(), out);
    output.unresolved(report.unresolved());
    for (FileProblem problem : report.problems()) {
      output.problem(problem);
    }
    List<Diagnostic> diagnostics = report.diagnostics();
    int next = 0;
    while (next < diagnostics.size()) {
      String file = diagnostics.get(next).file();
      List<Diagnostic> ofFile = new ArrayList<>();
      while (next < diagnostics.size() && diagnostics.get(next).file().equals(file)) {
        ofFile.add(diagnostics.get(next++));
      }
      output.findings(ofFile);
    }
    output.finish(report.summary());
  }

  /** The output formats of {@code --format}. */
  enum Format {
    /** {@code path:line:column: severity: [Name] message}, the fix below, a summary line. */
    TEXT,
    /** SARIF 2.1.0, for GitHub code scanning and other SARIF consumers. */
    SARIF,
    /** Reviewdog diagnostic format, one JSON object per line, with suggested fixes. */
    RDJSONL,
    /** GitHub Actions workflow commands ({@code ::error file=...::message}). */
    GITHUB;

    /** A reporter for this format. */
    public Reporter reporter() {
      return switch (this) {
        case TEXT -> new TextReporter();
        case SARIF -> new SarifReporter();
        case RDJSONL -> new RdjsonlReporter();
        case GITHUB -> new GithubReporter();
      };
    }
  }
}
