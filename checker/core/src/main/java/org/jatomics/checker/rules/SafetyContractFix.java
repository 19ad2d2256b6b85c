package org.jatomics.checker.rules;

import java.util.List;
import org.jatomics.checker.Applicability;
import org.jatomics.checker.Fix;
import org.jatomics.checker.KnownApis;
import org.jatomics.checker.Message;
import org.jatomics.checker.TextEdit;
import org.jatomics.checker.model.SourceRange;
import org.jatomics.checker.model.SourceText;

/** The fixes that add a {@code @SafetyContract} to a declaration (with its import). */
final class SafetyContractFix {
  private SafetyContractFix() {}

  /**
   * Inserts {@code @SafetyContract("text")} on its own line at {@code declarationStart}, indented
   * like the declaration.
   */
  static Fix add(
      Message title,
      Applicability applicability,
      String text,
      int declarationStart,
      SourceText source) {
    String annotation =
        "@SafetyContract(\"" + escape(text) + "\")\n" + source.indentation(declarationStart);
    return new Fix(
        title,
        applicability,
        List.of(new TextEdit(new SourceRange(declarationStart, declarationStart), annotation)),
        List.of(KnownApis.SAFETY_CONTRACT),
        List.of());
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }
}
