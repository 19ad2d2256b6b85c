package org.jatomics.reviewer.report;

/**
 * What a report's end states, tallied while its files are written: findings by severity, files
 * read, files that could not be analysed, calls that could not be resolved.
 *
 * @param errors findings of severity error
 * @param warnings findings of severity warning
 * @param filesAnalyzed files read
 * @param problems files that could not be read or parsed
 * @param unresolved calls on a receiver that may be {@code Unsafe} that could not be resolved
 */
public record Summary(long errors, long warnings, int filesAnalyzed, int problems, int unresolved) {
  /** Whether there is no finding at all. */
  public boolean noFindings() {
    return errors + warnings == 0;
  }
}
