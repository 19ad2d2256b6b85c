package org.jatomics.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * What a fix changed in a file, as a short readable text: the imports it added or removed (as sets:
 * Error Prone's patch mode reorders the import block, the reviewer inserts after the last import,
 * and either is right) and the other lines it replaced.
 */
final class FixedText {
  private FixedText() {}

  /** The change from {@code before} to {@code after}; {@code "(no fix)"} for {@code null}. */
  static String change(String before, String after) {
    if (after == null) {
      return "(no fix)";
    }
    Split old = split(before);
    Split fixed = split(after);
    StringBuilder out = new StringBuilder();
    for (String line : minus(fixed.imports, old.imports)) {
      out.append("+").append(line).append('\n');
    }
    for (String line : minus(old.imports, fixed.imports)) {
      out.append("-").append(line).append('\n');
    }
    int prefix = 0;
    while (prefix < old.body.size()
        && prefix < fixed.body.size()
        && old.body.get(prefix).equals(fixed.body.get(prefix))) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < old.body.size() - prefix
        && suffix < fixed.body.size() - prefix
        && old.body
            .get(old.body.size() - 1 - suffix)
            .equals(fixed.body.get(fixed.body.size() - 1 - suffix))) {
      suffix++;
    }
    for (String line : old.body.subList(prefix, old.body.size() - suffix)) {
      out.append("-").append(line).append('\n');
    }
    for (String line : fixed.body.subList(prefix, fixed.body.size() - suffix)) {
      out.append("+").append(line).append('\n');
    }
    return out.isEmpty() ? "(fix changes nothing)" : out.toString().stripTrailing();
  }

  private record Split(TreeSet<String> imports, List<String> body) {}

  /** Import lines apart; blank lines before the first declaration dropped. */
  private static Split split(String text) {
    TreeSet<String> imports = new TreeSet<>();
    List<String> body = new ArrayList<>();
    boolean header = true;
    for (String line : text.split("\r\n|\r|\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.startsWith("import ") && trimmed.endsWith(";")) {
        imports.add(trimmed);
        continue;
      }
      if (header && trimmed.isEmpty()) {
        continue;
      }
      if (header
          && !trimmed.startsWith("package ")
          && !trimmed.startsWith("//")
          && !trimmed.startsWith("/*")
          && !trimmed.startsWith("*")) {
        header = false;
      }
      body.add(line);
    }
    return new Split(imports, body);
  }

  private static List<String> minus(TreeSet<String> a, TreeSet<String> b) {
    List<String> result = new ArrayList<>();
    for (String s : a) {
      if (!b.contains(s)) {
        result.add(s);
      }
    }
    return result;
  }
}
