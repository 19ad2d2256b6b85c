package org.jatomics.reviewer;

import org.jatomics.reviewer.report.FileProblem;

/**
 * A file that a stage of the review could not take further (not read, not decoded, not parsed, an
 * internal failure): the problem to report for it. Every other file is still analysed.
 */
final class UnanalysableFile extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient FileProblem problem;

  UnanalysableFile(FileProblem problem) {
    super(problem.message(), null, false, false);
    this.problem = problem;
  }

  /** What is reported for the file. */
  FileProblem problem() {
    return problem;
  }
}
