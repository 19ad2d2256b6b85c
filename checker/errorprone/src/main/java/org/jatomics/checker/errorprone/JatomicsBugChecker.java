package org.jatomics.checker.errorprone;

import com.google.errorprone.BugPattern.SeverityLevel;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.CompilationUnitTreeMatcher;
import com.google.errorprone.fixes.ErrorProneEndPosTable;
import com.google.errorprone.fixes.ErrorPronePosition;
import com.google.errorprone.fixes.SuggestedFix;
import com.google.errorprone.matchers.Description;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.tools.javac.tree.JCTree;
import java.util.List;
import org.jatomics.checker.CheckName;
import org.jatomics.checker.Checks;
import org.jatomics.checker.Config;
import org.jatomics.checker.Finding;
import org.jatomics.checker.Fix;
import org.jatomics.checker.MessageRenderer;
import org.jatomics.checker.Messages;
import org.jatomics.checker.Severity;
import org.jatomics.checker.TextEdit;
import org.jatomics.checker.model.SourceRange;
import org.jatomics.checker.model.UnitFacts;

/**
 * The Error Prone side of one jatomics check: gets the unit's facts (translated once per unit and
 * shared by the six checks), runs the check's rule from the core, and reports each finding as a
 * diagnostic with its fix. Never fails a build by itself: a failure of the front end or of a rule
 * becomes one warning at the place it happened.
 */
abstract class JatomicsBugChecker extends BugChecker implements CompilationUnitTreeMatcher {
  private static final long serialVersionUID = 1L;

  private final transient ErrorProneFlags flags;

  JatomicsBugChecker(ErrorProneFlags flags) {
    this.flags = flags;
  }

  /** The check this checker runs: the one its {@code @BugPattern} names. */
  final CheckName check() {
    return CheckName.valueOf(canonicalName());
  }

  @Override
  // A malformed option is an error whatever the check's severity: a typo must never pass quietly.
  @SuppressWarnings("RestrictedApi")
  public final Description matchCompilationUnit(CompilationUnitTree tree, VisitorState state) {
    FactsCache cache;
    try {
      cache = FactsCache.instance(state.context, flags == null ? ErrorProneFlags.empty() : flags);
    } catch (IllegalArgumentException badOption) {
      // An error, not a warning: a typo in an option must fail the build, never switch checks off.
      if (FactsCache.claimBadOptionsReport(state.context)) {
        state.reportMatch(
            buildDescription(tree)
                .setMessage("jatomics: " + badOption.getMessage() + " (-XepOpt:" + "Jatomics:...)")
                .overrideSeverity(SeverityLevel.ERROR)
                .build());
      }
      return Description.NO_MATCH;
    }
    UnitFacts facts;
    try {
      facts = cache.facts(state);
    } catch (RuntimeException | StackOverflowError e) {
      state.reportMatch(
          failure(new SourceRange(0, 0), e.getClass().getSimpleName() + ": " + e.getMessage()));
      return Description.NO_MATCH;
    }
    List<Finding> findings;
    try {
      findings = Checks.run(facts, cache.config(), check());
    } catch (RuntimeException | StackOverflowError e) {
      state.reportMatch(
          failure(new SourceRange(0, 0), e.getClass().getSimpleName() + ": " + e.getMessage()));
      return Description.NO_MATCH;
    }
    for (Finding finding : findings) {
      state.reportMatch(describe(finding, cache.config()));
    }
    if (!facts.failures().isEmpty() && cache.claimFailureReport()) {
      for (Finding finding : Checks.frontEndFailures(facts, check())) {
        state.reportMatch(describe(finding, cache.config()));
      }
    }
    return Description.NO_MATCH;
  }

  // An internal failure is a warning whatever the check's severity: it must never fail a build.
  @SuppressWarnings("RestrictedApi")
  private Description failure(SourceRange range, String detail) {
    return buildDescription(position(range))
        .setMessage(MessageRenderer.text(Messages.internalFailure(check(), detail)))
        .overrideSeverity(SeverityLevel.WARNING)
        .build();
  }

  // The rule model may lower a finding to a warning (contract section 7); -Xep severities still
  // win.
  @SuppressWarnings("RestrictedApi")
  private Description describe(Finding finding, Config config) {
    Description.Builder description =
        buildDescription(position(finding.range()))
            .setMessage(MessageRenderer.withHint(finding.message(), "\n  "));
    config.docsUrl(check()).ifPresent(description::setLinkUrl);
    if (finding.severity() != check().defaultSeverity() && finding.severity() == Severity.WARNING) {
      description.overrideSeverity(SeverityLevel.WARNING);
    }
    if (finding.fix() != null) {
      description.addFix(toSuggestedFix(finding.fix()));
    }
    return description.build();
  }

  static SuggestedFix toSuggestedFix(Fix fix) {
    SuggestedFix.Builder builder = SuggestedFix.builder().setShortDescription(fix.description());
    for (TextEdit edit : fix.edits()) {
      builder.replace(edit.range().start(), edit.range().end(), edit.replacement());
    }
    fix.imports().forEach(builder::addImport);
    fix.staticImports().forEach(builder::addStaticImport);
    return builder.build();
  }

  /** A diagnostic position for an offset range of the unit (no tree needed). */
  static ErrorPronePosition position(SourceRange range) {
    return new ErrorPronePosition() {
      @Override
      public int getStartPosition() {
        return range.start();
      }

      @Override
      public int getPreferredPosition() {
        return range.start();
      }

      @Override
      public JCTree getTree() {
        return null;
      }

      @Override
      public int getEndPosition(ErrorProneEndPosTable endPosTable) {
        return range.end();
      }
    };
  }
}
