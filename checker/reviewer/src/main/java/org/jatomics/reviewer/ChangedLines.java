package org.jatomics.reviewer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The lines a change added or modified, read from a diff as {@code git diff} writes it, with any of
 * its settings: quoted names ({@code core.quotePath}: octal escapes, tabs, quotes), every prefix
 * style ({@code a/ b/}, the mnemonic {@code i/ w/ c/ o/}, {@code --no-prefix}, {@code
 * --src-prefix}/{@code --dst-prefix}), renames and copies, mode changes, new and deleted files,
 * binary patches ({@code --binary}), {@code \ No newline at end of file}, CRLF. Only the new side
 * counts: a deleted file contributes nothing, a renamed or copied file is known under its new name,
 * a pure rename touches no line. A line that deletes a {@code // SAFETY:} comment marks the line
 * that follows it in the new file, so a statement that lost its justification is reported. Combined
 * diffs ({@code git diff --cc}, merges) are refused with a message.
 *
 * <p>The grammar, per file: {@code diff --git OLD NEW}, extended header lines ({@code old mode},
 * {@code new mode}, {@code deleted file mode}, {@code new file mode}, {@code similarity index},
 * {@code rename from/to}, {@code copy from/to}, {@code index}), then either {@code Binary files ...
 * differ}, a {@code GIT binary patch}, or {@code --- OLD} / {@code +++ NEW} and hunks {@code @@
 * -a,b +c,d @@} of lines starting with space, {@code +}, {@code -} or {@code \}. Line numbers are
 * kept as ranges, so a hunk near line 2^31 costs nothing.
 */
public final class ChangedLines {
  /** Changed lines per file: range start (1-based) to exclusive end. */
  private final Map<Path, NavigableMap<Integer, Integer>> linesByFile;

  private ChangedLines(Map<Path, NavigableMap<Integer, Integer>> linesByFile) {
    this.linesByFile = linesByFile;
  }

  /**
   * Parses a diff.
   *
   * @throws IOException when the stream cannot be read or is not a diff {@code git diff} writes
   *     (the message says why)
   */
  public static ChangedLines parse(InputStream diff) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    diff.transferTo(buffer);
    String text = buffer.toString(StandardCharsets.UTF_8);
    if (text.isBlank()) {
      return new ChangedLines(Map.of()); // no change at all: nothing to report
    }
    return new Parser(text).parse();
  }

  /** The parser's state over the diff's lines. */
  private static final class Parser {
    private final String[] lines;
    private int next;
    private final Map<Path, NavigableMap<Integer, Integer>> result = new HashMap<>();

    Parser(String text) {
      this.lines = text.split("\n", -1);
    }

    private String line(int i) {
      String l = lines[i];
      return l.endsWith("\r") ? l.substring(0, l.length() - 1) : l;
    }

    ChangedLines parse() throws IOException {
      boolean sawFile = false;
      while (next < lines.length) {
        String l = line(next);
        if (l.startsWith("diff --cc ") || l.startsWith("diff --combined ") || l.startsWith("@@@")) {
          throw new IOException(
              "combined diffs (git diff --cc, a merge commit's diff) are not supported: diff against"
                  + " one parent (git diff PARENT...HEAD)");
        }
        if (l.startsWith("diff --git ")) {
          file(l);
          sawFile = true;
        } else if (l.startsWith("--- ")
            && next + 1 < lines.length
            && line(next + 1).startsWith("+++ ")) {
          // A plain unified diff (diff -u, no git header).
          plainFile();
          sawFile = true;
        } else {
          next++;
        }
      }
      if (!sawFile) {
        throw new IOException("not a unified diff: it names no file (expected 'git diff' output)");
      }
      return new ChangedLines(result);
    }

    /** One file of a git diff, from its {@code diff --git} line. */
    private void file(String header) throws IOException {
      String[] names = headerNames(header.substring("diff --git ".length()));
      String newName = names == null ? null : names[1];
      String renamedTo = null;
      boolean deleted = false;
      next++;
      while (next < lines.length) {
        String l = line(next);
        if (l.startsWith("diff ") || l.startsWith("@@")) {
          break;
        }
        if (l.startsWith("deleted file mode")) {
          deleted = true;
        } else if (l.startsWith("rename to ") || l.startsWith("copy to ")) {
          renamedTo = unquote(l.substring(l.indexOf(" to ") + 4));
        } else if (l.startsWith("+++ ")) {
          String name = unquote(stripTimestamp(l.substring(4)));
          if (name.equals("/dev/null")) {
            deleted = true;
          } else if (names != null) {
            newName = names[1];
          } else {
            newName = name;
          }
        } else if (l.equals("GIT binary patch")) {
          skipBinary();
          continue;
        }
        next++;
      }
      String path = renamedTo != null ? renamedTo : newName;
      NavigableMap<Integer, Integer> changed =
          deleted || path == null ? new TreeMap<>() : ranges(path);
      hunks(changed);
    }

    /** A unified diff without a git header: the names after {@code ---}/{@code +++}. */
    private void plainFile() throws IOException {
      String name = unquote(stripTimestamp(line(next + 1).substring(4)));
      next += 2;
      NavigableMap<Integer, Integer> changed =
          name.equals("/dev/null") ? new TreeMap<>() : ranges(name);
      hunks(changed);
    }

    private NavigableMap<Integer, Integer> ranges(String name) throws IOException {
      try {
        return result.computeIfAbsent(Path.of(name).normalize(), p -> new TreeMap<>());
      } catch (InvalidPathException e) {
        throw new IOException(
            "the diff names a file that is not a valid path: "
                + name.replaceAll("\\p{Cntrl}", "?"));
      }
    }

    /** The hunks that follow, marking the new side's added lines in {@code changed}. */
    private void hunks(NavigableMap<Integer, Integer> changed) throws IOException {
      while (next < lines.length) {
        String l = line(next);
        if (l.startsWith("diff ")
            || (l.startsWith("--- ")
                && next + 1 < lines.length
                && line(next + 1).startsWith("+++ "))) {
          return;
        }
        if (!l.startsWith("@@ ")) {
          next++;
          continue;
        }
        long[] header = hunkHeader(l);
        long newLine = header[2];
        long oldLeft = header[1];
        long newLeft = header[3];
        next++;
        while (next < lines.length && (oldLeft > 0 || newLeft > 0)) {
          String body = line(next);
          char kind = body.isEmpty() ? ' ' : body.charAt(0); // an empty context line lost its space
          if (kind == ' ') {
            newLine++;
            oldLeft--;
            newLeft--;
          } else if (kind == '+') {
            mark(changed, newLine);
            newLine++;
            newLeft--;
          } else if (kind == '-') {
            if (newLine >= 1 && body.toLowerCase(Locale.ROOT).contains("safety:")) {
              mark(changed, newLine); // the statement below the deleted justification
            }
            oldLeft--;
          } else if (kind != '\\') {
            throw new IOException(
                "malformed hunk: a line starts with '"
                    + (Character.isISOControl(kind) ? '?' : kind)
                    + "'");
          }
          next++;
        }
        if (next < lines.length && line(next).startsWith("\\")) {
          next++; // "\ No newline at end of file" after the last line
        }
      }
    }

    private static void mark(NavigableMap<Integer, Integer> changed, long line) throws IOException {
      if (line < 1 || line >= Integer.MAX_VALUE) {
        throw new IOException(
            "a hunk reaches line " + line + ", beyond what a source file can have");
      }
      int l = (int) line;
      Map.Entry<Integer, Integer> before = changed.floorEntry(l);
      if (before != null && before.getValue() >= l) {
        changed.put(before.getKey(), Math.max(before.getValue(), l + 1));
      } else {
        changed.put(l, l + 1);
      }
    }

    /**
     * {@code @@ -a,b +c,d @@}: old start, old count, new start, new count (a count defaults to 1).
     */
    private static long[] hunkHeader(String header) throws IOException {
      java.util.regex.Matcher m = HUNK.matcher(header);
      if (!m.lookingAt()) {
        throw new IOException("malformed hunk header: " + header.replaceAll("\\p{Cntrl}", "?"));
      }
      try {
        return new long[] {
          Long.parseLong(m.group(1)),
          m.group(2) == null ? 1 : Long.parseLong(m.group(2)),
          Long.parseLong(m.group(3)),
          m.group(4) == null ? 1 : Long.parseLong(m.group(4))
        };
      } catch (NumberFormatException e) {
        throw new IOException(
            "malformed hunk header (a number too large): " + header.replaceAll("\\p{Cntrl}", "?"));
      }
    }

    private static final java.util.regex.Pattern HUNK =
        java.util.regex.Pattern.compile("@@ -(\\d+)(?:,(\\d+))? \\+(\\d+)(?:,(\\d+))? @@");

    /** A {@code GIT binary patch}: base85 blocks up to the next file; no line to report. */
    private void skipBinary() {
      next++;
      while (next < lines.length && !line(next).startsWith("diff ")) {
        next++;
      }
    }
  }

  /**
   * The old and new paths of a {@code diff --git OLD NEW} header, prefixes removed: the two names
   * differ only in their prefixes unless the file was renamed or copied (whose names come from the
   * {@code rename to} lines instead), so the path is their longest common suffix that starts at a
   * path component. Null when the header cannot be split.
   */
  static String[] headerNames(String rest) {
    String a;
    String b;
    if (rest.startsWith("\"")) {
      int end = closingQuote(rest, 0);
      a = unquote(rest.substring(0, end + 1));
      b = unquote(rest.substring(end + 1).trim());
    } else if (rest.endsWith("\"")) {
      int start = rest.lastIndexOf(" \"");
      if (start < 0) {
        return null;
      }
      a = rest.substring(0, start);
      b = unquote(rest.substring(start + 1));
    } else {
      // Unquoted names with spaces: the split that makes the two halves share a path.
      String best = null;
      for (int i = rest.indexOf(' '); i > 0; i = rest.indexOf(' ', i + 1)) {
        String left = rest.substring(0, i);
        String right = rest.substring(i + 1);
        String common = commonPath(left, right);
        if (common != null && (best == null || common.length() > best.length())) {
          best = common;
        }
      }
      return best == null ? null : new String[] {best, best};
    }
    String common = commonPath(a, b);
    return common == null
        ? new String[] {stripOnePrefix(a), stripOnePrefix(b)}
        : new String[] {common, common};
  }

  /** The longest common suffix of two names that starts a path component, or null. */
  private static String commonPath(String a, String b) {
    int i = a.length();
    int j = b.length();
    while (i > 0 && j > 0 && a.charAt(i - 1) == b.charAt(j - 1)) {
      i--;
      j--;
    }
    String suffix = a.substring(i);
    // The suffix must be the whole of one name, or start right after a '/' in both.
    while (!suffix.isEmpty()) {
      boolean startA = i == 0 || a.charAt(i - 1) == '/';
      boolean startB = j == 0 || b.charAt(j - 1) == '/';
      if (startA && startB) {
        return suffix;
      }
      int slash = suffix.indexOf('/');
      if (slash < 0) {
        return null;
      }
      suffix = suffix.substring(slash + 1);
      i += slash + 1;
      j += slash + 1;
    }
    return null;
  }

  private static String stripOnePrefix(String name) {
    int slash = name.indexOf('/');
    return slash > 0 ? name.substring(slash + 1) : name;
  }

  private static int closingQuote(String s, int open) {
    for (int i = open + 1; i < s.length(); i++) {
      if (s.charAt(i) == '\\') {
        i++;
      } else if (s.charAt(i) == '"') {
        return i;
      }
    }
    return s.length() - 1;
  }

  /** {@code --- a/x\t2024-...} from diff -u: the name ends at a tab. */
  private static String stripTimestamp(String name) {
    if (name.startsWith("\"")) {
      return name;
    }
    int tab = name.indexOf('\t');
    return tab >= 0 ? name.substring(0, tab) : name;
  }

  /**
   * A name as git writes it: as is, or in double quotes with C escapes ({@code \t \n \" \\}) and
   * octal escapes for the bytes of non-ASCII UTF-8 characters ({@code core.quotePath}).
   */
  static String unquote(String name) {
    if (name.length() < 2 || !name.startsWith("\"") || !name.endsWith("\"")) {
      return name;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 1; i < name.length() - 1; i++) {
      char c = name.charAt(i);
      if (c != '\\' || i + 1 >= name.length() - 1) {
        byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(b, 0, b.length);
        continue;
      }
      char e = name.charAt(++i);
      switch (e) {
        case 'a' -> bytes.write(7);
        case 'b' -> bytes.write(8);
        case 't' -> bytes.write('\t');
        case 'n' -> bytes.write('\n');
        case 'v' -> bytes.write(11);
        case 'f' -> bytes.write(12);
        case 'r' -> bytes.write('\r');
        default -> {
          if (e >= '0' && e <= '7') {
            int value = e - '0';
            for (int k = 0;
                k < 2
                    && i + 1 < name.length() - 1
                    && name.charAt(i + 1) >= '0'
                    && name.charAt(i + 1) <= '7';
                k++) {
              value = value * 8 + (name.charAt(++i) - '0');
            }
            bytes.write(value);
          } else {
            bytes.write(e); // \" and \\
          }
        }
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /**
   * Whether line {@code line} (1-based) of {@code file} was added or changed. A diff path names a
   * file relative to the repository root, so it matches every file whose path ends with it.
   */
  public boolean isChanged(Path file, int line) {
    Path absolute = file.toAbsolutePath().normalize();
    for (Map.Entry<Path, NavigableMap<Integer, Integer>> entry : linesByFile.entrySet()) {
      if (absolute.endsWith(entry.getKey())) {
        Map.Entry<Integer, Integer> range = entry.getValue().floorEntry(line);
        if (range != null && line < range.getValue()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the diff touches any line of {@code file}: files it does not touch need no analysis.
   */
  public boolean touches(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    return linesByFile.entrySet().stream()
        .anyMatch(e -> absolute.endsWith(e.getKey()) && !e.getValue().isEmpty());
  }
}
