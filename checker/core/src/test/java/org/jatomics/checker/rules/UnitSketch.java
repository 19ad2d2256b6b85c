package org.jatomics.checker.rules;

import java.util.List;
import org.jatomics.checker.CheckName;
import org.jatomics.checker.Checks;
import org.jatomics.checker.Config;
import org.jatomics.checker.Finding;
import org.jatomics.checker.model.FieldAccess;
import org.jatomics.checker.model.FieldRef;
import org.jatomics.checker.model.FieldType;
import org.jatomics.checker.model.Site;
import org.jatomics.checker.model.SourceComment;
import org.jatomics.checker.model.SourceRange;
import org.jatomics.checker.model.StatementRegion;
import org.jatomics.checker.model.UnitFacts;

/**
 * Hand-built facts for rule tests, no parser: a unit's text, and ranges found in it by the text
 * they cover, so that each test states the facts a front end would extract and nothing else.
 */
final class UnitSketch {
  final String text;
  final UnitFacts.Builder facts;

  private UnitSketch(String text, String packageName) {
    this.text = text;
    this.facts = UnitFacts.builder("p/A.java", text, packageName);
  }

  /** A unit of package {@code p} with {@code text}. */
  static UnitSketch of(String text) {
    return new UnitSketch(text, "p");
  }

  /** The range of the first occurrence of {@code part} at or after the first {@code after}. */
  SourceRange range(String part, String after) {
    int from = text.indexOf(after);
    int start = text.indexOf(part, from);
    if (from < 0 || start < 0) {
      throw new IllegalArgumentException("no " + part + " after " + after + " in\n" + text);
    }
    return new SourceRange(start, start + part.length());
  }

  /** The range of the first occurrence of {@code part}. */
  SourceRange range(String part) {
    return range(part, part);
  }

  /** Adds a statement covering {@code part} (no header, no modifiers) and returns its id. */
  int statement(StatementRegion.Kind kind, String part, int parent) {
    return facts.addStatement(kind, range(part), null, null, parent);
  }

  /** Adds every comment of the text that starts with {@code //}, {@code /*} or {@code /**}. */
  UnitSketch comments() {
    int i = 0;
    while ((i = nextComment(i)) >= 0) {
      int end;
      SourceComment.Style style;
      if (text.startsWith("//", i)) {
        end = text.indexOf('\n', i);
        style = SourceComment.Style.LINE;
      } else {
        end = text.indexOf("*/", i) + 2;
        style = text.startsWith("/**", i) ? SourceComment.Style.JAVADOC : SourceComment.Style.BLOCK;
      }
      facts.add(new SourceComment(style, new SourceRange(i, end), text.substring(i, end)));
      i = end;
    }
    return this;
  }

  private int nextComment(int from) {
    int line = text.indexOf("//", from);
    int block = text.indexOf("/*", from);
    if (line < 0) {
      return block;
    }
    return block < 0 ? line : Math.min(line, block);
  }

  /** The findings of {@code check} over these facts, suppressions applied, as front ends run it. */
  List<Finding> run(CheckName check) {
    return Checks.run(facts.build(), Config.DEFAULT, check);
  }

  /** {@code text} with {@code finding}'s fix applied (its edits; imports are not text edits). */
  String fixed(Finding finding) {
    StringBuilder out = new StringBuilder(text);
    finding.fix().edits().stream()
        .sorted((a, b) -> Integer.compare(b.range().start(), a.range().start()))
        .forEach(e -> out.replace(e.range().start(), e.range().end(), e.replacement()));
    return out.toString();
  }

  /** An {@code int} field {@code p.A.count}, with the given flags. */
  static FieldRef field(String name, FieldType.Kind kind, boolean atomic, boolean isStatic) {
    String type =
        kind == FieldType.Kind.REFERENCE
            ? "Object"
            : kind.name().toLowerCase(java.util.Locale.ROOT);
    return new FieldRef(
        "p", "A", name, new FieldType(kind, type), atomic, false, false, isStatic, false, null);
  }

  /** A site in class {@code p.A}. */
  static Site site(Site.Region region, int statement) {
    return new Site("p.A", region, false, statement);
  }

  /** A read of {@code field} covering {@code part}. */
  FieldAccess read(
      FieldRef field, String part, FieldAccess.Receiver receiver, String receiverText, Site site) {
    return new FieldAccess(
        field, FieldAccess.Kind.READ, receiver, receiverText, range(part), site, null);
  }
}
