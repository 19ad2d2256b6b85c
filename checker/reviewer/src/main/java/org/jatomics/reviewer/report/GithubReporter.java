package org.jatomics.reviewer.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.jatomics.checker.Severity;

/**
 * GitHub Actions workflow commands: {@code ::error file=F,line=L,col=C,endLine=..,endColumn=..,
 * title=[Name]::message}, which the runner turns into annotations on the pull request. Values are
 * escaped as the runner requires: in the message {@code %}, CR and LF; in properties also {@code :}
 * and {@code ,}.
 */
public final class GithubReporter implements Reporter {
  @Override
  public Output start(List<Rule> rules, Writer out) {
    return new EntryByEntry() {
      @Override
      public void problem(FileProblem problem) throws IOException {
        write(problem, out);
      }

      @Override
      public void finding(Diagnostic d) throws IOException {
        write(d, out);
      }
    };
  }

  private static void write(FileProblem problem, Writer out) throws IOException {
    out.write(
        "::error file="
            + property(problem.file())
            + ",line="
            + problem.line()
            + ",col="
            + problem.column()
            + ",title="
            + property("jatomics: could not be analysed")
            + "::"
            + data(problem.message())
            + "\n");
  }

  private static void write(Diagnostic d, Writer out) throws IOException {
    String command = d.severity() == Severity.ERROR ? "error" : "warning";
    String message = d.textWithHint("\nFix: ");
    out.write(
        "::"
            + command
            + " file="
            + property(d.file())
            + ",line="
            + d.line()
            + ",col="
            + d.column()
            + ",endLine="
            + d.endLine()
            + ",endColumn="
            + d.endColumn()
            + ",title="
            + property("[" + d.check() + "]")
            + "::"
            + data(message)
            + "\n");
  }

  /** Escapes a command's message: {@code %}, CR and LF. */
  static String data(String value) {
    // The runner's escapes (%, CR, LF), then every other control character percent-encoded too,
    // so a hostile file name cannot carry a terminal escape into the job log.
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '%' || c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029') {
        out.append(
            c <= 0xff ? String.format("%%%02X", (int) c) : String.format("%%u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Escapes a property value: as {@link #data} plus {@code :} and {@code ,}. */
  static String property(String value) {
    return data(value).replace(":", "%3A").replace(",", "%2C");
  }
}
