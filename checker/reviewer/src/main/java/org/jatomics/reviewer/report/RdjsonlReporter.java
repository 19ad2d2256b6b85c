package org.jatomics.reviewer.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reviewdog's diagnostic format as JSON Lines ({@code reviewdog -f=rdjsonl}): one diagnostic per
 * line with its suggested fix as {@code suggestions}. Reviewdog counts columns in UTF-8 bytes
 * (1-based, range end exclusive), so columns are converted from the UTF-16 columns of the parser
 * using the line's text. Files that could not be analysed are ERROR diagnostics of the code {@code
 * jatomics}.
 */
public final class RdjsonlReporter implements Reporter {
  @Override
  public Output start(List<Rule> rules, Writer out) {
    return new EntryByEntry() {
      @Override
      public void problem(FileProblem problem) throws IOException {
        write(problem, out);
      }

      @Override
      public void finding(Diagnostic d) throws IOException {
        write(d, rules, out);
      }
    };
  }

  private static void write(FileProblem problem, Writer out) throws IOException {
    ObjectNode diagnostic = Json.COMPACT.createObjectNode();
    diagnostic.put("message", "could not be analysed: " + problem.message());
    ObjectNode location = diagnostic.putObject("location");
    location.put("path", problem.file());
    ObjectNode start = location.putObject("range").putObject("start");
    start.put("line", problem.line());
    diagnostic.put("severity", "ERROR");
    source(diagnostic);
    out.write(Json.COMPACT.writeValueAsString(diagnostic) + "\n");
  }

  private static void write(Diagnostic d, List<Rule> rules, Writer out) throws IOException {
    ObjectNode diagnostic = Json.COMPACT.createObjectNode();
    diagnostic.put("message", d.textWithHint("\nFix: "));
    ObjectNode location = diagnostic.putObject("location");
    location.put("path", d.file());
    range(location.putObject("range"), d, d.line(), d.column(), d.endLine(), d.endColumn());
    diagnostic.put("severity", d.severity().name());
    source(diagnostic);
    ObjectNode code = diagnostic.putObject("code");
    code.put("value", d.check());
    rules.stream()
        .filter(r -> r.name().equals(d.check()))
        .findFirst()
        .filter(r -> r.helpUri() != null)
        .ifPresent(r -> code.put("url", r.helpUri()));
    if (!d.edits().isEmpty()) {
      ArrayNode suggestions = diagnostic.putArray("suggestions");
      for (Diagnostic.Edit edit : d.edits()) {
        ObjectNode suggestion = suggestions.addObject();
        range(
            suggestion.putObject("range"),
            d,
            edit.line(),
            edit.column(),
            edit.endLine(),
            edit.endColumn());
        suggestion.put("text", edit.replacement());
      }
    }
    out.write(Json.COMPACT.writeValueAsString(diagnostic) + "\n");
  }

  private static void source(ObjectNode diagnostic) {
    ObjectNode source = diagnostic.putObject("source");
    source.put("name", "jatomics");
  }

  private static void range(
      ObjectNode range, Diagnostic d, int line, int column, int endLine, int endColumn) {
    ObjectNode start = range.putObject("start");
    start.put("line", line);
    start.put("column", utf8Column(d.sourceLine(line), column));
    ObjectNode end = range.putObject("end");
    end.put("line", endLine);
    end.put("column", utf8Column(d.sourceLine(endLine), endColumn));
  }

  /**
   * Converts a 1-based column counted in UTF-16 code units into a 1-based column counted in UTF-8
   * bytes of {@code line}. Columns past the line's end (an exclusive end at the line's end) keep
   * their distance from it.
   */
  static int utf8Column(String line, int utf16Column) {
    int chars = Math.max(0, utf16Column - 1);
    int within = Math.min(chars, line.length());
    if (within > 0 && within < line.length() && Character.isLowSurrogate(line.charAt(within))) {
      within--; // never split a surrogate pair
    }
    return line.substring(0, within).getBytes(StandardCharsets.UTF_8).length + (chars - within) + 1;
  }
}
