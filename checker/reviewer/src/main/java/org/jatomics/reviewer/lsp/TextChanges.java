package org.jatomics.reviewer.lsp;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/** Applies an editor's change events (LSP incremental sync) to a document's text. */
final class TextChanges {
  private TextChanges() {}

  /** {@code text} after {@code change}: the whole text when it has no range, else a splice. */
  static String apply(String text, TextDocumentContentChangeEvent change) {
    Range range = change.getRange();
    if (range == null) {
      return change.getText();
    }
    int start = offset(text, range.getStart());
    int end = Math.max(start, offset(text, range.getEnd()));
    return text.substring(0, start) + change.getText() + text.substring(end);
  }

  /**
   * The offset of an LSP position (0-based line; character in UTF-16 code units, which is what a
   * Java string counts), clamped to the line's end as the protocol asks.
   */
  static int offset(String text, Position position) {
    int line = 0;
    int i = 0;
    while (line < position.getLine() && i < text.length()) {
      char c = text.charAt(i++);
      if (c == '\n' || (c == '\r' && (i >= text.length() || text.charAt(i) != '\n'))) {
        line++;
      }
    }
    int lineEnd = i;
    while (lineEnd < text.length()
        && text.charAt(lineEnd) != '\n'
        && text.charAt(lineEnd) != '\r') {
      lineEnd++;
    }
    return Math.min(i + Math.max(0, position.getCharacter()), lineEnd);
  }
}
