package org.jatomics.checker.corpus;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the expectations of a conformance-corpus file (contract section 8): a line {@code // BUG:
 * Diagnostic contains: <CheckName>} stands directly above each line that must be flagged (several
 * marker lines may stack above one line); every other line must not be flagged by any check. Both
 * front ends' tests use this, so they read the corpus the same way.
 */
public final class CorpusMarkers {
  private static final Pattern MARKER = Pattern.compile("^\\s*// BUG: Diagnostic contains: (\\w+)");

  private CorpusMarkers() {}

  /**
   * A finding a file expects, or a front end produced: the check and the 1-based line.
   *
   * @param line the flagged line
   * @param check the check's name
   */
  public record Expected(int line, String check) implements Comparable<Expected> {
    @Override
    public int compareTo(Expected other) {
      return line != other.line ? Integer.compare(line, other.line) : check.compareTo(other.check);
    }

    @Override
    public String toString() {
      return line + ":" + check;
    }
  }

  /** The findings {@code source}'s markers demand, sorted by line. */
  public static Set<Expected> expected(String source) {
    String[] lines = source.split("\\R", -1);
    Set<Expected> expected = new TreeSet<>();
    for (int i = 0; i < lines.length; i++) {
      Matcher m = MARKER.matcher(lines[i]);
      if (m.find()) {
        int target = i + 1;
        while (target < lines.length && MARKER.matcher(lines[target]).find()) {
          target++;
        }
        expected.add(new Expected(target + 1, m.group(1)));
      }
    }
    return expected;
  }
}
