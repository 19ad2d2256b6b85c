package org.jatomics.checker;

import org.jatomics.checker.model.LineColumn;
import org.jatomics.checker.model.SourceRange;

/**
 * One problem found by a check, ready for any reporter (javac diagnostics, text, SARIF, rdjsonl,
 * GitHub annotations).
 *
 * @param check the check that found it
 * @param severity the check's default severity (front ends apply the user's overrides)
 * @param message what is wrong, naming the field, ordering or operation, and what to write instead,
 *     as a template and its arguments ({@link #text()} and {@link #hint()} render it)
 * @param range where, in offsets
 * @param start where the range starts, 1-based line and column
 * @param end where the range ends (exclusive), 1-based line and column
 * @param fix a mechanical fix, or {@code null} when there is none
 */
public record Finding(
    CheckName check,
    Severity severity,
    Message message,
    SourceRange range,
    LineColumn start,
    LineColumn end,
    Fix fix) {

  /** What is wrong, in English. */
  public String text() {
    return MessageRenderer.text(message);
  }

  /** What to write instead, one line (the text reporter prints it under the message). */
  public String hint() {
    return MessageRenderer.hint(message);
  }
}
