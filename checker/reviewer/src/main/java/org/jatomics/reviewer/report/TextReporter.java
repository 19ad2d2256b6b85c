package org.jatomics.reviewer.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.jatomics.checker.Severity;

/**
 * The human format, like javac's: {@code path:line:column: severity: [Name] message}, the fix hint
 * indented on the next line, and one summary line at the end.
 */
public final class TextReporter implements Reporter {
  private static final String BOLD = "\u001b[1m";
  private static final String RED = "\u001b[1;31m";
  private static final String MAGENTA = "\u001b[1;35m";
  private static final String CYAN = "\u001b[36m";
  private static final String RESET = "\u001b[0m";

  private final boolean colour;

  /** Plain text. */
  public TextReporter() {
    this(false);
  }

  /**
   * Text, in colour (ANSI: the location bold, errors red, warnings magenta, fixes cyan, as gcc and
   * javac-like tools do) when {@code colour}.
   */
  public TextReporter(boolean colour) {
    this.colour = colour;
  }

  private String paint(String style, String text) {
    return colour ? style + text + RESET : text;
  }

  @Override
  public Output start(List<Rule> rules, Writer out) {
    return new Output() {
      @Override
      public void problem(FileProblem problem) throws IOException {
        out.write(
            paint(BOLD, path(problem.file()) + ":" + problem.line() + ":" + problem.column() + ":")
                + " "
                + paint(RED, "error:")
                + " could not be analysed: "
                + oneLine(problem.message())
                + "\n");
      }

      @Override
      public void findings(List<Diagnostic> ofOneFile) throws IOException {
        for (Diagnostic d : ofOneFile) {
          String severity = d.severity().name().toLowerCase(java.util.Locale.ROOT) + ":";
          out.write(
              paint(BOLD, path(d.file()) + ":" + d.line() + ":" + d.column() + ":")
                  + " "
                  + paint(d.severity() == Severity.ERROR ? RED : MAGENTA, severity)
                  + " ["
                  + d.check()
                  + "] "
                  + oneLine(d.text())
                  + "\n");
          if (!d.fixHint().isBlank()) {
            out.write("    " + paint(CYAN, "fix:") + " " + oneLine(d.fixHint()) + "\n");
          }
        }
      }

      @Override
      public void finish(Summary summary) throws IOException {
        out.write(summary(summary) + "\n");
      }
    };
  }

  /**
   * The closing line: counts by severity, files analysed, files that could not be read, calls that
   * could not be resolved.
   */
  public static String summary(Report report) {
    return summary(report.summary());
  }

  /** The closing line of a report that ends with {@code summary}. */
  public static String summary(Summary summary) {
    StringBuilder line = new StringBuilder("jatomics: ");
    if (summary.noFindings()) {
      line.append("no findings");
    } else {
      line.append(plural(summary.errors(), "error"))
          .append(", ")
          .append(plural(summary.warnings(), "warning"));
    }
    line.append(" in ").append(plural(summary.filesAnalyzed(), "file"));
    if (summary.problems() > 0) {
      line.append("; ").append(plural(summary.problems(), "file")).append(" could not be analysed");
    }
    if (summary.unresolved() > 0) {
      line.append("; ")
          .append(plural(summary.unresolved(), "call"))
          .append(" on a receiver that may be Unsafe could not be resolved");
    }
    return line.toString();
  }

  private static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  /**
   * A path as the text format starts a line with: {@link #printable}, and behind {@code ./} when it
   * starts with {@code :} or white space, since a CI runner reads a line that starts with {@code
   * ::} after white space as a workflow command (a folder named {@code ::warning
   * file=README.md::owned} at the root would otherwise be one).
   */
  static String path(String file) {
    String shown = printable(file);
    if (!shown.isEmpty()) {
      char first = shown.charAt(0);
      if (first == ':' || Character.isWhitespace(first) || Character.isSpaceChar(first)) {
        return "./" + shown;
      }
    }
    return shown;
  }

  private static String oneLine(String text) {
    return printable(text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' '));
  }

  /**
   * {@code text} with every control character (C0, DEL, C1, the Unicode line and paragraph
   * separators) written as a visible escape (a backslash and {@code n}, or {@code u} and four hex
   * digits): a file name from a pull request cannot start a new line (a CI workflow command), move
   * the cursor or recolour the terminal.
   */
  public static String printable(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029';
      if (control && out == null) {
        out = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      if (out != null) {
        if (!control) {
          out.append(c);
        } else if (c == '\n') {
          out.append("\\n");
        } else if (c == '\r') {
          out.append("\\r");
        } else if (c == '\t') {
          out.append("\\t");
        } else {
          out.append(String.format("\\u%04x", (int) c));
        }
      }
    }
    return out == null ? text : out.toString();
  }
}
