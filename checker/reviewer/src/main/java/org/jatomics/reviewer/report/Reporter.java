package org.jatomics.reviewer.report;

import java.io.IOException;
import java.io.Writer;

/** Writes a {@link Report} in one output format. */
public interface Reporter {
  /** Writes {@code report} to {@code out} (which the caller closes). */
  void write(Report report, Writer out) throws IOException;

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
