package org.jatomics.checker;

/** How serious a finding is by default; build tools may override it per check. */
public enum Severity {
  /** Fails the build: a data race on a field the code declares shared. */
  ERROR,
  /** Reported, does not fail the build unless warnings are errors. */
  WARNING
}
