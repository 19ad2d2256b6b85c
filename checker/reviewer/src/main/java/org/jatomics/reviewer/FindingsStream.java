package org.jatomics.reviewer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jatomics.checker.Severity;
import org.jatomics.reviewer.report.Diagnostic;
import org.jatomics.reviewer.report.FileProblem;
import org.jatomics.reviewer.report.Report;
import org.jatomics.reviewer.report.Reporter;
import org.jatomics.reviewer.report.Rule;
import org.jatomics.reviewer.report.Summary;
import org.jatomics.reviewer.report.Unresolved;

/**
 * What happens to each file's findings between the reviewer and the report, one file at a time in
 * report order: the findings the baseline accepts are dropped, {@code --fix} applies the fixes of
 * the rest, and what is left is written and counted (for the summary and {@code --fail-on}). Only
 * the counts are held across files, unless an embedder asks for the whole report.
 */
final class FindingsStream implements Reviewer.Sink {
  private final Baseline accepted;
  private final Fixer fixer;
  private final Reporter.Output output;
  private final boolean keep;
  private final List<Diagnostic> keptFindings = new ArrayList<>();
  private final List<FileProblem> keptProblems = new ArrayList<>();
  private final List<Unresolved> keptUnresolved = new ArrayList<>();
  private long errors;
  private long warnings;
  private int problems;
  private int unresolved;
  private Summary summary;

  /**
   * A stream into {@code output}.
   *
   * @param accepted the baseline ({@code --baseline}), or null
   * @param fixer the fixer ({@code --fix}), or null
   * @param output the report being written
   * @param keep whether to keep everything reported, for {@link #report}
   */
  FindingsStream(Baseline accepted, Fixer fixer, Reporter.Output output, boolean keep) {
    this.accepted = accepted;
    this.fixer = fixer;
    this.output = output;
    this.keep = keep;
  }

  @Override
  public void problem(FileProblem problem) throws IOException {
    problems++;
    output.problem(problem);
    if (keep) {
      keptProblems.add(problem);
    }
  }

  @Override
  public void file(List<Diagnostic> findings, List<Unresolved> calls) throws IOException {
    List<Diagnostic> left = findings;
    if (accepted != null && !left.isEmpty()) {
      left = accepted.filter(left);
    }
    if (fixer != null && !left.isEmpty()) {
      left = fixer.fix(left);
    }
    for (Diagnostic d : left) {
      if (d.severity() == Severity.ERROR) {
        errors++;
      } else {
        warnings++;
      }
    }
    if (!calls.isEmpty()) {
      unresolved += calls.size();
      output.unresolved(calls);
    }
    if (!left.isEmpty()) {
      output.findings(left);
    }
    if (keep) {
      keptFindings.addAll(left);
      keptUnresolved.addAll(calls);
    }
  }

  /** Ends the report, of a run that read {@code filesAnalyzed} files. */
  void finish(int filesAnalyzed) throws IOException {
    summary = new Summary(errors, warnings, filesAnalyzed, problems, unresolved);
    output.finish(summary);
  }

  /** The report's summary, once {@link #finish}ed. */
  Summary summary() {
    return summary;
  }

  /** Everything reported, once {@link #finish}ed, if kept (else only the counts are right). */
  Report report(List<Rule> rules) {
    return new Report(keptFindings, keptProblems, rules, summary.filesAnalyzed(), keptUnresolved);
  }
}
