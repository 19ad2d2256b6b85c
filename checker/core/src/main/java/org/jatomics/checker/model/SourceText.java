package org.jatomics.checker.model;

import java.util.Arrays;

/**
 * The text of one compilation unit with its line table: converts between offsets and line/column
 * {@link LineColumn}s and answers the few lexical questions the rules ask (is this offset the first
 * non-blank character of its line, is a stretch of text blank).
 */
public final class SourceText {
  private final String text;
  private final int[] lineStarts;

  /**
   * Indexes {@code text}. Lines end at {@code \n}, {@code \r\n} or a lone {@code \r}.
   *
   * @param text the complete text of the compilation unit
   */
  public SourceText(String text) {
    this.text = text;
    int[] starts = new int[16];
    int count = 0;
    starts[count++] = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, count);
  }

  /** The whole text. */
  public String text() {
    return text;
  }

  /** The text inside {@code range}. */
  public String text(SourceRange range) {
    return text.substring(range.start(), range.end());
  }

  /** The 1-based line of {@code offset}. */
  public int line(int offset) {
    int i = Arrays.binarySearch(lineStarts, offset);
    return i >= 0 ? i + 1 : -i - 1;
  }

  /** The 1-based line and column of {@code offset}. */
  public LineColumn position(int offset) {
    int line = line(offset);
    return new LineColumn(line, offset - lineStarts[line - 1] + 1);
  }

  /**
   * The offset of a 1-based line and column: the inverse of {@link #position(int)}, for front ends
   * whose parser reports lines and columns.
   */
  public int offset(int line, int column) {
    if (line < 1 || line > lineStarts.length) {
      throw new IllegalArgumentException("line " + line + " outside 1.." + lineStarts.length);
    }
    return Math.min(lineStarts[line - 1] + column - 1, text.length());
  }

  /** The offset where the 1-based {@code line} starts. */
  public int lineStart(int line) {
    return lineStarts[line - 1];
  }

  /** The whitespace that begins the line of {@code offset} (its indentation). */
  public String indentation(int offset) {
    int start = lineStart(line(offset));
    int i = start;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return text.substring(start, i);
  }

  /** Whether only spaces and tabs precede {@code offset} on its line. */
  public boolean startsItsLine(int offset) {
    return isBlank(lineStart(line(offset)), offset);
  }

  /** Whether the text in {@code [from, to)} is whitespace only (empty counts as blank). */
  public boolean isBlank(int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
