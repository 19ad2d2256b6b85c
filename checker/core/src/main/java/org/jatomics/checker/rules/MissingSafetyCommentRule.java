package org.jatomics.checker.rules;

import java.util.List;
import org.jatomics.checker.Applicability;
import org.jatomics.checker.CheckName;
import org.jatomics.checker.Config;
import org.jatomics.checker.Fix;
import org.jatomics.checker.Message;
import org.jatomics.checker.MessageTemplate;
import org.jatomics.checker.Messages;
import org.jatomics.checker.TextEdit;
import org.jatomics.checker.model.MethodBody;
import org.jatomics.checker.model.SourceRange;
import org.jatomics.checker.model.SourceText;
import org.jatomics.checker.model.StatementRegion;
import org.jatomics.checker.model.UnitFacts;
import org.jatomics.checker.model.UnsafeOperation;

/**
 * MissingSafetyComment: an unsafe operation ({@code @SafetyContract} call or field write, JDK
 * restricted method, {@code sun.misc.Unsafe} memory access, configured method) that no {@code //
 * SAFETY:} comment justifies, where {@link SafetyComments} says comments count.
 */
public final class MissingSafetyCommentRule implements Rule {

  @Override
  public CheckName check() {
    return CheckName.MissingSafetyComment;
  }

  @Override
  public void check(UnitFacts facts, Config config, Reporter out) {
    SafetyComments comments = new SafetyComments(facts);
    ThinWrappers wrappers = new ThinWrappers(facts);
    out.forEach(
        UnsafeOperations.of(facts),
        UnsafeOperation::range,
        op -> {
          MethodBody wrapper = wrappers.wrapping(op);
          if (wrapper != null && wrapper.safetyContract() != null) {
            return; // a thin wrapper passes its contract on: its callers justify it
          }
          if (comments.justifying(op).isEmpty()) {
            if (wrapper != null) {
              out.report(
                  op.range(),
                  Messages.missingSafetyCommentInWrapper(
                      op.operation(), op.contract(), wrapperName(wrapper)),
                  SafetyContractFix.add(
                      Message.of(MessageTemplate.FIX_ADD_SAFETY_CONTRACT, wrapperName(wrapper)),
                      Applicability.HAS_PLACEHOLDERS,
                      Messages.safetyContractTemplate(
                          op.contract().strip().replaceAll("\\s+", " ")),
                      wrapper.declarationStart(),
                      facts.source()));
            } else {
              out.report(
                  op.range(),
                  Messages.missingSafetyComment(op.operation(), op.contract()),
                  fix(op, comments, facts.source()));
            }
          }
        });
  }

  private static Message wrapperName(MethodBody wrapper) {
    return Messages.wrapper(wrapper.name(), wrapper.constructor());
  }

  /**
   * Inserts {@code // SAFETY: TODO justify that <contract>} on its own line above the innermost
   * statement that covers the operation; when that statement does not start its line, as a trailing
   * comment on the operation's line instead (when that line has no comment yet).
   */
  private static Fix fix(UnsafeOperation op, SafetyComments comments, SourceText source) {
    String comment = Messages.safetyCommentTemplate(op.contract().strip().replaceAll("\\s+", " "));
    List<StatementRegion> covering = comments.coveringStatements(op);
    if (!covering.isEmpty() && source.startsItsLine(covering.get(0).range().start())) {
      int start = covering.get(0).range().start();
      int lineStart = source.lineStart(source.line(start));
      return Fix.of(
          Message.of(MessageTemplate.FIX_ADD_SAFETY_COMMENT),
          Applicability.HAS_PLACEHOLDERS,
          new TextEdit(
              new SourceRange(lineStart, lineStart), source.indentation(start) + comment + "\n"));
    }
    int line = source.line(op.range().start());
    int lineEnd =
        line < source.line(source.text().length())
            ? source.lineStart(line + 1)
            : source.text().length();
    String text = source.text(new SourceRange(op.range().start(), lineEnd));
    if (text.contains("//") || text.contains("/*")) {
      return null;
    }
    int end = lineEnd;
    while (end > op.range().start()
        && (source.text().charAt(end - 1) == '\n' || source.text().charAt(end - 1) == '\r')) {
      end--;
    }
    return Fix.of(
        Message.of(MessageTemplate.FIX_ADD_SAFETY_COMMENT),
        Applicability.HAS_PLACEHOLDERS,
        new TextEdit(new SourceRange(end, end), " " + comment));
  }
}
