package org.jatomics.checker;

import java.util.List;

/**
 * A suggested fix: edits that apply together, plus the imports the new text needs. Front ends that
 * cannot add imports may turn them into an insertion after the last import, or drop the fix.
 *
 * @param title what the fix does, one line (a {@link MessageTemplate.Kind#FIX} template)
 * @param applicability how safe it is to apply without reading it
 * @param edits non-overlapping edits
 * @param imports qualified names of types to import ({@code
 *     "org.jatomics.annotations.SafetyContract"})
 * @param staticImports qualified names of static members to import ({@code
 *     "org.jatomics.Ordering.ACQUIRE"})
 */
public record Fix(
    Message title,
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
      Message title, Applicability applicability, TextEdit edit, String... staticImports) {
    return new Fix(title, applicability, List.of(edit), List.of(), List.of(staticImports));
  }

  /** The title in English ({@code "use ACQUIRE"}). */
  public String description() {
    return MessageRenderer.text(title);
  }
}
