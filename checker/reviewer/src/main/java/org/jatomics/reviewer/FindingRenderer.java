package org.jatomics.reviewer;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jatomics.checker.Finding;
import org.jatomics.checker.Fix;
import org.jatomics.checker.TextEdit;
import org.jatomics.checker.model.LineColumn;
import org.jatomics.checker.model.SourceRange;
import org.jatomics.checker.model.SourceText;
import org.jatomics.reviewer.report.Diagnostic;

/**
 * A core finding as the reporters print it ({@link Diagnostic}): line and column positions, the
 * fix's edits with the import lines it needs placed after the file's last import, and the text of
 * the lines they touch (fingerprints, baselines and UTF-8 columns need it; the file is not kept).
 */
final class FindingRenderer {
  private FindingRenderer() {}

  /** The diagnostic of {@code finding} in the file {@code display}, of text {@code source}. */
  static Diagnostic render(
      String display, SourceText source, CompilationUnit unit, Finding finding) {
    Map<Integer, String> lines = new HashMap<>();
    keepLines(source, finding.start().line(), finding.end().line(), lines);
    Diagnostic.Suggestion suggestion = null;
    if (finding.fix() != null) {
      List<Diagnostic.Edit> edits = new ArrayList<>();
      for (TextEdit edit : finding.fix().edits()) {
        edits.add(edit(source, edit.range(), edit.replacement(), lines));
      }
      String imports = importLines(finding.fix());
      if (!imports.isEmpty()) {
        int at = importInsertionPoint(source, unit);
        edits.add(edit(source, new SourceRange(at, at), imports, lines));
      }
      suggestion =
          new Diagnostic.Suggestion(
              finding.fix().description(), finding.fix().applicability(), edits);
    }
    return new Diagnostic(
        display,
        finding.check().name(),
        finding.severity(),
        finding.start().line(),
        finding.start().column(),
        finding.end().line(),
        finding.end().column(),
        finding.message(),
        suggestion,
        lines);
  }

  private static Diagnostic.Edit edit(
      SourceText source, SourceRange range, String replacement, Map<Integer, String> lines) {
    LineColumn start = source.position(range.start());
    LineColumn end = source.position(range.end());
    keepLines(source, start.line(), end.line(), lines);
    return new Diagnostic.Edit(start.line(), start.column(), end.line(), end.column(), replacement);
  }

  private static void keepLines(SourceText source, int from, int to, Map<Integer, String> lines) {
    String text = source.text();
    for (int line = from; line <= to; line++) {
      if (lines.containsKey(line)) {
        continue;
      }
      int start = source.lineStart(line);
      int end = start;
      while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      lines.put(line, text.substring(start, end));
    }
  }

  /**
   * {@code import ...;} and {@code import static ...;} lines for the fix's imports (the core lists
   * only those the unit lacks).
   */
  private static String importLines(Fix fix) {
    StringBuilder text = new StringBuilder();
    for (String type : fix.imports()) {
      text.append("\nimport ").append(type).append(';');
    }
    for (String member : fix.staticImports()) {
      text.append("\nimport static ").append(member).append(';');
    }
    return text.toString();
  }

  /** The end of the last import, else of the package declaration, else the file's start. */
  private static int importInsertionPoint(SourceText source, CompilationUnit unit) {
    return unit.getImports()
        .getLast()
        .map(i -> (Node) i)
        .or(() -> unit.getPackageDeclaration().map(p -> (Node) p))
        .flatMap(n -> n.getEnd())
        .map(p -> source.offset(p.line, p.column) + 1)
        .orElse(0);
  }
}
