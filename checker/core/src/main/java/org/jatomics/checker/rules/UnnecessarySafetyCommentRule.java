package org.jatomics.checker.rules;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import org.jatomics.checker.Applicability;
import org.jatomics.checker.CheckName;
import org.jatomics.checker.Config;
import org.jatomics.checker.Fix;
import org.jatomics.checker.Message;
import org.jatomics.checker.MessageTemplate;
import org.jatomics.checker.Messages;
import org.jatomics.checker.TextEdit;
import org.jatomics.checker.model.SourceComment;
import org.jatomics.checker.model.SourceRange;
import org.jatomics.checker.model.SourceText;
import org.jatomics.checker.model.StatementRegion;
import org.jatomics.checker.model.UnitFacts;
import org.jatomics.checker.model.UnsafeOperation;

/**
 * UnnecessarySafetyComment: a {@code // SAFETY:} comment on a statement (or declaration) that
 * justifies no unsafe operation, including one above an {@code if}/{@code for}/... whose header has
 * none. Comments on no statement (above a method, at the end of a block) are left alone.
 */
public final class UnnecessarySafetyCommentRule implements Rule {

  @Override
  public CheckName check() {
    return CheckName.UnnecessarySafetyComment;
  }

  @Override
  public void check(UnitFacts facts, Config config, Reporter out) {
    SafetyComments comments = new SafetyComments(facts);
    BitSet unused = (BitSet) comments.tagged().clone();
    if (unused.isEmpty()) {
      return;
    }
    for (UnsafeOperation op : UnsafeOperations.of(facts)) {
      for (int used : comments.justifying(op)) {
        unused.clear(used);
      }
    }
    Map<Integer, StatementRegion> byStart = new HashMap<>();
    for (StatementRegion s : facts.statements()) {
      byStart.putIfAbsent(s.range().start(), s);
    }
    for (int i = unused.nextSetBit(0); i >= 0; i = unused.nextSetBit(i + 1)) {
      SourceComment comment = facts.comments().get(i);
      try {
        StatementRegion on = comments.attachedStatement(i, byStart);
        if (on != null) {
          out.report(
              comment.range(),
              Messages.unnecessarySafetyComment(on.kind()),
              removal(comment, facts.source()));
        }
      } catch (RuntimeException e) {
        out.reportFailure(comment.range(), e.getClass().getSimpleName() + ": " + e.getMessage());
      }
    }
  }

  /** Removes the comment, with its whole line when it stands alone on it. */
  private static Fix removal(SourceComment comment, SourceText source) {
    SourceRange range = comment.range();
    int line = source.line(range.start());
    int lineStart = source.lineStart(line);
    boolean alone = source.startsItsLine(range.start());
    int next =
        line < source.line(source.text().length())
            ? source.lineStart(line + 1)
            : source.text().length();
    boolean restBlank = source.isBlank(range.end(), next);
    if (alone && restBlank && source.line(range.end()) == line) {
      return Fix.of(
          Message.of(MessageTemplate.FIX_REMOVE_COMMENT),
          Applicability.NEEDS_REVIEW,
          new TextEdit(new SourceRange(lineStart, next), ""));
    }
    int start = range.start();
    while (start > lineStart && Character.isWhitespace(source.text().charAt(start - 1))) {
      start--;
    }
    return Fix.of(
        Message.of(MessageTemplate.FIX_REMOVE_COMMENT),
        Applicability.NEEDS_REVIEW,
        new TextEdit(new SourceRange(alone ? range.start() : start, range.end()), ""));
  }
}
