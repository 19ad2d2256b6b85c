package org.jatomics.checker.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jatomics.checker.CheckName;
import org.jatomics.checker.Finding;
import org.jatomics.checker.Fix;
import org.jatomics.checker.Message;
import org.jatomics.checker.Messages;
import org.jatomics.checker.Severity;
import org.jatomics.checker.model.SourceRange;
import org.jatomics.checker.model.SourceText;

/**
 * Collects one rule's findings, with positions computed from the unit's text, and isolates
 * failures: a rule that throws on one fact reports one internal-failure finding there and goes on
 * with the next fact.
 */
public final class Reporter {
  private final CheckName check;
  private final SourceText source;
  private final List<Finding> findings = new ArrayList<>();

  /** A reporter for {@code check} over {@code source}. */
  public Reporter(CheckName check, SourceText source) {
    this.check = check;
    this.source = source;
  }

  /** Reports a finding at {@code range} with the check's default severity. */
  public void report(SourceRange range, Message message, Fix fix) {
    if (!message.template().usedBy(check)) {
      throw new IllegalArgumentException(message.template() + " is not a message of " + check);
    }
    findings.add(
        new Finding(
            check,
            check.defaultSeverity(),
            message,
            range,
            source.position(range.start()),
            source.position(range.end()),
            fix));
  }

  /** Reports an internal failure at {@code range}; always a warning, so it never fails a build. */
  public void reportFailure(SourceRange range, String detail) {
    findings.add(
        new Finding(
            check,
            Severity.WARNING,
            Messages.internalFailure(check, detail),
            range,
            source.position(range.start()),
            source.position(range.end()),
            null));
  }

  /**
   * Runs {@code action} on each fact; an exception on one fact becomes one failure finding at
   * {@code range.apply(fact)}.
   */
  public <T> void forEach(
      List<T> facts, java.util.function.Function<T, SourceRange> range, Consumer<T> action) {
    for (T fact : facts) {
      try {
        action.accept(fact);
      } catch (RuntimeException | StackOverflowError e) {
        reportFailure(range.apply(fact), e.getClass().getSimpleName() + ": " + e.getMessage());
      }
    }
  }

  /** The findings reported so far. */
  public List<Finding> findings() {
    return findings;
  }
}
