package org.jatomics.reviewer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jatomics.reviewer.report.Diagnostic;
import org.jatomics.reviewer.report.Report;

/**
 * {@code --fix}: applies the suggested fixes of a report to the files, in place: the
 * machine-applicable ones, and with {@code --unsafe-fixes} also those that need review or hold
 * placeholders. A file gets every such fix whose edits do not overlap one already taken (the others
 * stay reported, for the next run); identical edits of two fixes (the same import) are made once.
 * Files are written through a temporary file and a rename, as reports are.
 */
final class Fixer {
  private Fixer() {}

  /**
   * What {@code --fix} did.
   *
   * @param remaining the report without the findings that were fixed
   * @param fixed findings fixed
   * @param files files changed
   * @param notes one line per finding whose fix was not applied, saying why
   * @param withheld findings whose fix needs review or has placeholders and was not applied because
   *     {@code --unsafe-fixes} was not given
   */
  record Outcome(Report remaining, int fixed, int files, List<String> notes, int withheld) {}

  static Outcome apply(Report report, Path root, boolean unsafeFixes) {
    Map<String, List<Diagnostic>> byFile = new LinkedHashMap<>();
    int withheld = 0;
    for (Diagnostic d : report.diagnostics()) {
      if (d.fix() == null) {
        continue;
      }
      if (unsafeFixes || d.fix().appliesByDefault()) {
        byFile.computeIfAbsent(d.file(), f -> new ArrayList<>()).add(d);
      } else {
        withheld++;
      }
    }
    List<Diagnostic> fixedAll = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    int files = 0;
    for (Map.Entry<String, List<Diagnostic>> entry : byFile.entrySet()) {
      Path file = root.resolve(entry.getKey());
      String text;
      try {
        text =
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                .toString();
      } catch (CharacterCodingException e) {
        notes.add(entry.getKey() + ": not fixed: not UTF-8 (the file is left as it is)");
        continue;
      } catch (IOException e) {
        notes.add(entry.getKey() + ": not fixed: cannot read it: " + e.getMessage());
        continue;
      }
      int[] lineStarts = lineStarts(text);
      List<int[]> taken = new ArrayList<>(); // {start, end, index into replacements}
      List<String> replacements = new ArrayList<>();
      List<Diagnostic> fixed = new ArrayList<>();
      for (Diagnostic d : entry.getValue()) {
        List<int[]> ranges = new ArrayList<>();
        boolean overlaps = false;
        for (Diagnostic.Edit edit : d.edits()) {
          int start = offset(lineStarts, text, edit.line(), edit.column());
          int end = offset(lineStarts, text, edit.endLine(), edit.endColumn());
          if (start < 0 || end < start) {
            overlaps = true;
            break;
          }
          for (int i = 0; i < taken.size(); i++) {
            int[] t = taken.get(i);
            boolean same =
                t[0] == start && t[1] == end && replacements.get(t[2]).equals(edit.replacement());
            if (!same && start < t[1] && t[0] < end) { // insertions at one point may all be made
              overlaps = true;
            }
          }
          ranges.add(new int[] {start, end});
        }
        if (overlaps) {
          notes.add(
              entry.getKey()
                  + ":"
                  + d.line()
                  + ":"
                  + d.column()
                  + ": ["
                  + d.check()
                  + "] not fixed: its edits overlap another fix's (run --fix again)");
          continue;
        }
        for (int i = 0; i < ranges.size(); i++) {
          int[] r = ranges.get(i);
          String replacement = d.edits().get(i).replacement();
          boolean duplicate =
              taken.stream()
                  .anyMatch(
                      t ->
                          t[0] == r[0]
                              && t[1] == r[1]
                              && replacements.get(t[2]).equals(replacement));
          if (!duplicate) {
            replacements.add(replacement);
            taken.add(new int[] {r[0], r[1], replacements.size() - 1});
          }
        }
        fixed.add(d);
      }
      if (fixed.isEmpty()) {
        continue;
      }
      taken.sort(Comparator.comparingInt((int[] t) -> t[0]).reversed());
      StringBuilder result = new StringBuilder(text);
      for (int[] t : taken) {
        result.replace(t[0], t[1], replacements.get(t[2]));
      }
      String newText = result.toString();
      ReportFile.write("--fix", file, out -> out.write(newText));
      fixedAll.addAll(fixed);
      files++;
    }
    List<Diagnostic> remaining = new ArrayList<>(report.diagnostics());
    remaining.removeAll(fixedAll);
    return new Outcome(
        new Report(remaining, report.problems(), report.rules(), report.filesAnalyzed()),
        fixedAll.size(),
        files,
        notes,
        withheld);
  }

  /** Offsets where lines start; a line ends at LF, CR LF or CR, as javac counts. */
  private static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The offset of a 1-based line and UTF-16 column, or -1 when it is not in the text. */
  private static int offset(int[] lineStarts, String text, int line, int column) {
    if (line < 1 || line > lineStarts.length) {
      return -1;
    }
    int offset = lineStarts[line - 1] + column - 1;
    return offset > text.length() ? -1 : offset;
  }
}
