package org.jatomics.reviewer.report;

/** How serious a finding is, as the checks declare it and {@code --fail-on} compares it. */
public enum Severity {
  /** A suggestion only; never fails a run. */
  NOTE,
  /** Reported; fails the run with {@code --fail-on warning}. */
  WARNING,
  /** Reported; fails the run with {@code --fail-on error} (the default) or {@code warning}. */
  ERROR;

  /** The lower-case name used in text output and by SARIF's {@code level}. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
