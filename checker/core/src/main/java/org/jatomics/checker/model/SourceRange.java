package org.jatomics.checker.model;

/**
 * A half-open range {@code [start, end)} of character offsets (UTF-16 code units, as in {@link
 * String#charAt}) from the beginning of the compilation unit's text.
 *
 * <p>Every position in the model is an offset: both front ends have the file's text, and {@link
 * SourceText} converts offsets to 1-based lines and columns (and back, for front ends such as
 * JavaParser that report lines and columns).
 *
 * @param start offset of the first character
 * @param end offset just past the last character ({@code end >= start})
 */
public record SourceRange(int start, int end) {

  /** Checks that the range is well formed. */
  public SourceRange {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad source range [" + start + ", " + end + ")");
    }
  }

  /** Whether {@code offset} lies inside this range. */
  public boolean contains(int offset) {
    return offset >= start && offset < end;
  }

  /** Whether {@code other} lies wholly inside this range. */
  public boolean contains(SourceRange other) {
    return other.start >= start && other.end <= end;
  }
}
