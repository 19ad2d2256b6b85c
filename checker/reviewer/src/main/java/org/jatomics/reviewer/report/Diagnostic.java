package org.jatomics.reviewer.report;

import java.util.List;
import java.util.Map;
import org.jatomics.checker.Applicability;
import org.jatomics.checker.Message;
import org.jatomics.checker.MessageRenderer;
import org.jatomics.checker.Severity;

/**
 * One finding as the reporters print it: where (1-based lines and columns counted in UTF-16 code
 * units, the end exclusive), which check, how serious, what is wrong, what to write instead, and
 * the edits of the suggested fix if it is mechanical.
 *
 * @param file the file's path relative to the report's root, with {@code /} separators
 * @param check the check's name, e.g. {@code NonAtomicAccess}
 * @param severity its severity
 * @param line start line
 * @param column start column
 * @param endLine end line
 * @param endColumn end column, exclusive
 * @param message what is wrong and what to write instead, as the core's template and arguments
 *     ({@link #text()} and {@link #fixHint()} render it; SARIF also reports it as data)
 * @param fix the suggested fix, or {@code null} when there is none
 * @param sourceLines the text of the lines the diagnostic and its edits touch, by line number
 *     (reporters need it for fingerprints and UTF-8 columns; the file itself is not kept)
 */
public record Diagnostic(
    String file,
    String check,
    Severity severity,
    int line,
    int column,
    int endLine,
    int endColumn,
    Message message,
    Suggestion fix,
    Map<Integer, String> sourceLines) {

  /** Compact constructor: copies the lines. */
  public Diagnostic {
    sourceLines = Map.copyOf(sourceLines);
  }

  /** What is wrong, in English. */
  public String text() {
    return MessageRenderer.text(message);
  }

  /** What to write instead, in English (may be empty). */
  public String fixHint() {
    return MessageRenderer.hint(message);
  }

  /** The text and the hint after {@code separator}, when there is a hint. */
  public String textWithHint(String separator) {
    return MessageRenderer.withHint(message, separator);
  }

  /** The suggested fix's edits, empty when there is none. */
  public List<Edit> edits() {
    return fix == null ? List.of() : fix.edits();
  }

  /**
   * A suggested fix as reporters print it.
   *
   * @param description what it does, one line ({@code "use ACQUIRE"})
   * @param applicability how safe it is to apply without reading it
   * @param edits the edits, imports included, in the diagnostic's coordinates; never empty
   */
  public record Suggestion(String description, Applicability applicability, List<Edit> edits) {
    /** Copies the edits. */
    public Suggestion {
      edits = List.copyOf(edits);
    }

    /** Whether {@code --fix} applies it without {@code --unsafe-fixes}. */
    public boolean appliesByDefault() {
      return applicability == Applicability.MACHINE_APPLICABLE;
    }
  }

  /** The text of line {@code number}, or {@code ""} if it was not kept. */
  public String sourceLine(int number) {
    return sourceLines.getOrDefault(number, "");
  }

  /**
   * One text replacement of a suggested fix, in the same coordinates as the diagnostic.
   *
   * @param line start line
   * @param column start column
   * @param endLine end line
   * @param endColumn end column, exclusive
   * @param replacement the new text
   */
  public record Edit(int line, int column, int endLine, int endColumn, String replacement) {}
}
