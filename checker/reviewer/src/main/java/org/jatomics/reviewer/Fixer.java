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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jatomics.reviewer.report.Diagnostic;

/**
 * {@code --fix}: applies the suggested fixes to the files, in place, one file at a time as the
 * review reports it: the machine-applicable ones, and with {@code --unsafe-fixes} also those that
 * need review or hold placeholders. A file gets every such fix whose edits do not overlap one
 * already taken (the others stay reported, for the next run); identical edits of two fixes (the
 * same import) are made once. Files are written through a temporary file and a rename, as reports
 * are.
 */
final class Fixer {
  private final Path root;
  private final boolean unsafeFixes;
  private final Consumer<String> notes;
  private int fixed;
  private int files;
  private int withheld;

  /**
   * A fixer of the files under {@code root} (reported paths are relative to it).
   *
   * @param unsafeFixes whether fixes that need review or hold placeholders are applied too
   * @param notes told about each fix that is not applied, and why (a line that starts with the
   *     file's path)
   */
  Fixer(Path root, boolean unsafeFixes, Consumer<String> notes) {
    this.root = root;
    this.unsafeFixes = unsafeFixes;
    this.notes = notes;
  }

  /** Findings fixed so far. */
  int fixed() {
    return fixed;
  }

  /** Files changed so far. */
  int files() {
    return files;
  }

  /**
   * Findings whose fix needs review or has placeholders and was not applied because {@code
   * --unsafe-fixes} was not given.
   */
  int withheld() {
    return withheld;
  }

  /**
   * Applies the fixes of one file's findings (all of them, as the reviewer reports a file) and
   * returns the findings left: those without a fix, or whose fix was not applied.
   */
  List<Diagnostic> fix(List<Diagnostic> ofOneFile) {
    List<Diagnostic> toApply = new ArrayList<>();
    for (Diagnostic d : ofOneFile) {
      if (d.fix() == null) {
        continue;
      }
      if (unsafeFixes || d.fix().appliesByDefault()) {
        toApply.add(d);
      } else {
        withheld++;
      }
    }
    if (toApply.isEmpty()) {
      return ofOneFile;
    }
    String name = toApply.get(0).file();
    Path file = root.resolve(name);
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
              .toString();
    } catch (CharacterCodingException e) {
      notes.accept(name + ": not fixed: not UTF-8 (the file is left as it is)");
      return ofOneFile;
    } catch (IOException e) {
      notes.accept(name + ": not fixed: cannot read it: " + e.getMessage());
      return ofOneFile;
    }
    int[] lineStarts = lineStarts(text);
    List<int[]> taken = new ArrayList<>(); // {start, end, index into replacements}
    List<String> replacements = new ArrayList<>();
    Set<Diagnostic> fixedHere = new HashSet<>();
    for (Diagnostic d : toApply) {
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
        notes.accept(
            name
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
                        t[0] == r[0] && t[1] == r[1] && replacements.get(t[2]).equals(replacement));
        if (!duplicate) {
          replacements.add(replacement);
          taken.add(new int[] {r[0], r[1], replacements.size() - 1});
        }
      }
      fixedHere.add(d);
    }
    if (fixedHere.isEmpty()) {
      return ofOneFile;
    }
    taken.sort(Comparator.comparingInt((int[] t) -> t[0]).reversed());
    StringBuilder result = new StringBuilder(text);
    for (int[] t : taken) {
      result.replace(t[0], t[1], replacements.get(t[2]));
    }
    String newText = result.toString();
    ReportFile.write("--fix", file, out -> out.write(newText));
    fixed += fixedHere.size();
    files++;
    List<Diagnostic> remaining = new ArrayList<>();
    for (Diagnostic d : ofOneFile) {
      if (!fixedHere.contains(d)) {
        remaining.add(d);
      }
    }
    return remaining;
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
