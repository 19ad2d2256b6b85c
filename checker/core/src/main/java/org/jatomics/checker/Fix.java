package org.jatomics.checker;

import java.util.List;

/**
 * A suggested fix: edits that apply together, plus the imports the new text needs. Front ends that
 * cannot add imports may turn them into an insertion after the last import, or drop the fix.
 *
 * @param description what the fix does, one line
 * @param applicability how safe it is to apply without reading it
 * @param edits non-overlapping edits
 * @param imports qualified names of types to import ({@code
 *     "org.jatomics.annotations.SafetyContract"})
 * @param staticImports qualified names of static members to import ({@code
 *     "org.jatomics.Ordering.ACQUIRE"})
 */
public record Fix(
    String description,
    Applicability applicability,
    List<TextEdit> edits,
    List<String> imports,
    List<String> staticImports) {

  /** Copies the lists. */
  public Fix {
    edits = List.copyOf(edits);
    imports = List.copyOf(imports);
    staticImports = List.copyOf(staticImports);
  }

  /** A fix of one edit that needs the given static imports. */
  public static Fix of(
      String description, Applicability applicability, TextEdit edit, String... staticImports) {
    return new Fix(description, applicability, List.of(edit), List.of(), List.of(staticImports));
  }
}
