package org.jatomics.reviewer;

import com.github.javaparser.Problem;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jatomics.reviewer.report.FileProblem;

/**
 * JavaParser's parse problems as the reviewer reports them: the first problem only, at the line and
 * column it names (a lexical error says where only in its message), in its first sentence without
 * the (long) list of tokens the parser expected.
 */
final class ParseErrors {
  private ParseErrors() {}

  /** Where a lexical error is: its message says it, its location does not. */
  private static final Pattern LEXICAL_POSITION = Pattern.compile("at line (\\d+), column (\\d+)");

  /** The problem reported for the file {@code display}, which did not parse. */
  static FileProblem problem(String display, List<Problem> problems) {
    Problem first = problems.isEmpty() ? null : problems.get(0);
    int line = 1;
    int column = 1;
    if (first != null && first.getLocation().isPresent()) {
      var begin = first.getLocation().get().getBegin().getRange();
      if (begin.isPresent()) {
        line = begin.get().begin.line;
        column = begin.get().begin.column;
      }
    }
    String message = first == null ? "cannot be parsed" : shorten(first.getMessage());
    Matcher at = LEXICAL_POSITION.matcher(message);
    if (line == 1 && column == 1 && at.find()) {
      line = Integer.parseInt(at.group(1));
      column = Integer.parseInt(at.group(2));
    }
    return new FileProblem(display, line, column, message);
  }

  /** The parser's first sentence, without its (long) list of expected tokens. */
  private static String shorten(String message) {
    String line = message.lines().findFirst().orElse(message);
    int expected = line.indexOf(", expected one of");
    if (expected < 0) {
      expected = line.indexOf(", expected");
    }
    return expected > 0 ? line.substring(0, expected) : line;
  }
}
