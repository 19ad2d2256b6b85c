package org.jatomics.checker.rules;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jatomics.checker.KnownApis;
import org.jatomics.checker.model.SourceComment;
import org.jatomics.checker.model.SourceRange;
import org.jatomics.checker.model.SourceText;
import org.jatomics.checker.model.StatementRegion;
import org.jatomics.checker.model.UnitFacts;
import org.jatomics.checker.model.UnsafeOperation;

/**
 * Where a {@code // SAFETY:} comment counts (contract section 7), implemented once over the comment
 * and statement facts:
 *
 * <ul>
 *   <li>in the run of comments that start their lines immediately above a statement containing the
 *       operation (blank lines allowed, code not);
 *   <li>above a statement, whatever line of it the operation sits on, lambdas included;
 *   <li>between the annotations and modifiers of a declaration;
 *   <li>as a trailing {@code //} comment on the line where such a statement starts, or where the
 *       operation sits.
 * </ul>
 *
 * A statement contains the operation for this purpose when it is a simple statement or declaration
 * around it, or a compound statement whose header ({@code if} condition, {@code for} header, ...)
 * contains it: a comment above {@code if} covers the condition only. A comment above the method is
 * above no statement and never counts. Doc comments never count.
 */
final class SafetyComments {
  private static final Pattern LINE_BREAK = Pattern.compile("\\R");

  private static final String TAG = KnownApis.SAFETY_TAG;

  private final UnitFacts facts;
  private final SourceText source;
  private final List<SourceComment> comments;
  private final BitSet tagged = new BitSet();

  /** Trailing line comments (code before them on their line), by 1-based line. */
  private final Map<Integer, Integer> trailingByLine = new HashMap<>();

  private final Map<Integer, List<Integer>> aboveByStatement = new HashMap<>();

  SafetyComments(UnitFacts facts) {
    this.facts = facts;
    this.source = facts.source();
    this.comments = facts.comments();
    for (int i = 0; i < comments.size(); i++) {
      SourceComment c = comments.get(i);
      if (isSafetyComment(c)) {
        tagged.set(i);
      }
      if (c.style() == SourceComment.Style.LINE && !source.startsItsLine(c.range().start())) {
        trailingByLine.put(source.line(c.range().start()), i);
      }
    }
  }

  /** The indices (into {@link UnitFacts#comments()}) of the SAFETY comments. */
  BitSet tagged() {
    return tagged;
  }

  /**
   * Whether {@code comment} is a SAFETY comment: a line or block comment one of whose lines, after
   * the comment markers ({@code //}, {@code ///}, {@code /*}), leading {@code *} and blanks, starts
   * with {@code SAFETY:} (any case; the colon is required).
   */
  static boolean isSafetyComment(SourceComment comment) {
    if (comment.style() == SourceComment.Style.JAVADOC) {
      return false;
    }
    String body = comment.text();
    if (body.indexOf(':') < 0) {
      return false; // the tag's colon is required
    }
    if (comment.style() == SourceComment.Style.LINE) {
      // "//", or "///" (a Markdown doc comment to javac 23+, a line comment to other parsers).
      int i = 0;
      while (i < body.length() && body.charAt(i) == '/') {
        i++;
      }
      body = body.substring(i);
    } else {
      body = body.substring(2, Math.max(2, body.length() - 2));
    }
    for (String line : LINE_BREAK.split(body, -1)) {
      String stripped = line.strip();
      while (stripped.startsWith("*")) {
        stripped = stripped.substring(1).strip();
      }
      if (stripped.toLowerCase(Locale.ROOT).startsWith(TAG)) {
        return true;
      }
    }
    return false;
  }

  /** The statements whose comments may justify {@code op}, innermost first. */
  List<StatementRegion> coveringStatements(UnsafeOperation op) {
    List<StatementRegion> result = new ArrayList<>();
    StatementRegion s = facts.statement(op.site().statement());
    while (s != null) {
      if (s.kind().coversWhole() || (s.header() != null && s.header().contains(op.range()))) {
        result.add(s);
      }
      s = facts.statement(s.parent());
    }
    return result;
  }

  /** The SAFETY comments that justify {@code op}. */
  List<Integer> justifying(UnsafeOperation op) {
    List<Integer> result = new ArrayList<>();
    for (StatementRegion s : coveringStatements(op)) {
      for (int c : commentsAbove(s)) {
        addIfTagged(c, result);
      }
      if (s.modifiers() != null) {
        for (int c = firstStartingAtOrAfter(s.modifiers().start());
            c < comments.size() && comments.get(c).range().end() <= s.modifiers().end();
            c++) {
          addIfTagged(c, result);
        }
      }
      addIfTagged(trailingByLine.get(source.line(s.range().start())), result);
    }
    addIfTagged(trailingByLine.get(source.line(op.range().start())), result);
    return result;
  }

  private void addIfTagged(Integer comment, List<Integer> result) {
    if (comment != null && tagged.get(comment) && !result.contains(comment)) {
      result.add(comment);
    }
  }

  /**
   * The run of comments directly above {@code s}: each starts its line, and only whitespace or
   * other comments of the run lie between it and the statement.
   */
  List<Integer> commentsAbove(StatementRegion s) {
    return aboveByStatement.computeIfAbsent(s.id(), id -> scanAbove(s.range().start()));
  }

  private List<Integer> scanAbove(int start) {
    List<Integer> run = new ArrayList<>();
    int cursor = start;
    for (int i = firstStartingAtOrAfter(start) - 1; i >= 0; i--) {
      SourceRange c = comments.get(i).range();
      if (c.end() > cursor
          || !source.isBlank(c.end(), cursor)
          || !source.startsItsLine(c.start())) {
        break;
      }
      run.add(i);
      cursor = c.start();
    }
    return run;
  }

  /** Index of the first comment starting at or after {@code offset} ({@code size()} if none). */
  int firstStartingAtOrAfter(int offset) {
    int lo = 0;
    int hi = comments.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (comments.get(mid).range().start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * The statement a comment is written on, for UnnecessarySafetyComment: the statement starting
   * right after it (only blanks and comments between), the declaration whose annotations it sits
   * between, or for a trailing comment the innermost statement on whose starting line it is or that
   * contains it. {@code null} when it is on none (above a method, at the end of a block).
   */
  StatementRegion attachedStatement(
      int commentIndex, Map<Integer, StatementRegion> statementsByStart) {
    SourceRange c = comments.get(commentIndex).range();
    if (source.startsItsLine(c.start())) {
      StatementRegion next = statementsByStart.get(nextCode(commentIndex));
      if (next != null) {
        return next;
      }
      for (StatementRegion s : facts.statements()) {
        if (s.modifiers() != null && s.modifiers().contains(c)) {
          return s;
        }
      }
      return null;
    }
    int line = source.line(c.start());
    StatementRegion best = null;
    for (StatementRegion s : facts.statements()) {
      boolean on = source.line(s.range().start()) == line || s.range().contains(c);
      if (on && (best == null || best.range().contains(s.range()))) {
        best = s;
      }
    }
    return best;
  }

  /** The offset of the first code after the comment, skipping blanks and further comments. */
  private int nextCode(int commentIndex) {
    String text = source.text();
    int i = comments.get(commentIndex).range().end();
    int next = commentIndex + 1;
    while (i < text.length()) {
      if (Character.isWhitespace(text.charAt(i))) {
        i++;
      } else if (next < comments.size() && comments.get(next).range().start() == i) {
        i = comments.get(next++).range().end();
      } else {
        break;
      }
    }
    return i;
  }
}
