package org.jatomics.checker;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.jatomics.checker.model.FrontEndFailure;
import org.jatomics.checker.model.Suppression;
import org.jatomics.checker.model.UnitFacts;
import org.jatomics.checker.rules.MissingSafetyCommentRule;
import org.jatomics.checker.rules.MissingSafetyContractRule;
import org.jatomics.checker.rules.MixedAccessModeRule;
import org.jatomics.checker.rules.NonAtomicAccessRule;
import org.jatomics.checker.rules.RelaxedDependentLoadRule;
import org.jatomics.checker.rules.Reporter;
import org.jatomics.checker.rules.Rule;
import org.jatomics.checker.rules.UnnecessarySafetyCommentRule;

/**
 * The entry point for front ends: runs the rules over a unit's facts and drops findings that a
 * {@code @SuppressWarnings} covers.
 */
public final class Checks {
  private static final Map<CheckName, Rule> RULES =
      byCheck(
          new NonAtomicAccessRule(),
          new MixedAccessModeRule(),
          new RelaxedDependentLoadRule(),
          new MissingSafetyCommentRule(),
          new MissingSafetyContractRule(),
          new UnnecessarySafetyCommentRule());

  private Checks() {}

  /**
   * Whether the rules can use the comments of the unit being collected in {@code facts}, once
   * everything but its comments has been added. Only two kinds of comment matter: SAFETY comments,
   * and (for the fix of MissingSafetyComment) comments on the lines of unsafe operations. A unit
   * with neither gets the same findings with or without its comments, so a front end whose comments
   * cost a lexing of the text (Error Prone's) may skip it.
   */
  public static boolean needsComments(UnitFacts.Builder facts) {
    return facts.hasUnsafeOperations() || mayHoldSafetyComment(facts.source().text());
  }

  /**
   * Whether {@code text} (a unit, or one comment) may hold a SAFETY comment: it contains the tag
   * {@code safety:} in any case. The rules read comments as written, unicode escapes untranslated,
   * as both front ends give them.
   */
  public static boolean mayHoldSafetyComment(String text) {
    // The tag ends with its colon: only the text before each colon of the text can complete it
    // (a scan for one character instead of a case-blind comparison at every offset).
    int before = SAFETY_TAG_COLON;
    for (int colon = text.indexOf(':', before); colon >= 0; colon = text.indexOf(':', colon + 1)) {
      if (text.regionMatches(true, colon - before, KnownApis.SAFETY_TAG, 0, before)) {
        return true;
      }
    }
    return false;
  }

  /** Where the colon of {@link KnownApis#SAFETY_TAG} is: its last character. */
  private static final int SAFETY_TAG_COLON = KnownApis.SAFETY_TAG.length() - 1;

  static {
    if (KnownApis.SAFETY_TAG.indexOf(':') != SAFETY_TAG_COLON) {
      throw new AssertionError("the SAFETY tag must end with its only colon");
    }
  }

  /** The rule implementing {@code check}. */
  public static Rule rule(CheckName check) {
    return RULES.get(check);
  }

  /** The rules by the check each says it implements: one rule per check, none missing. */
  private static Map<CheckName, Rule> byCheck(Rule... rules) {
    Map<CheckName, Rule> map = new EnumMap<>(CheckName.class);
    for (Rule rule : rules) {
      if (map.put(rule.check(), rule) != null) {
        throw new IllegalStateException("two rules for " + rule.check());
      }
    }
    if (map.size() != CheckName.values().length) {
      throw new IllegalStateException(
          "checks without a rule: " + EnumSet.complementOf(EnumSet.copyOf(map.keySet())));
    }
    return map;
  }

  /**
   * The findings of one check (not suppressed). Front-end failures are not included: report them
   * once per unit with {@link #frontEndFailures}.
   */
  public static List<Finding> run(UnitFacts facts, Config config, CheckName check) {
    Reporter out = new Reporter(check, facts.source());
    rule(check).check(facts, config, out);
    List<Finding> kept = new ArrayList<>();
    for (Finding finding : out.findings()) {
      if (!suppressed(facts, finding)) {
        kept.add(withoutImportsInScope(facts, finding));
      }
    }
    return kept;
  }

  /**
   * The findings of the given checks, in check order, plus the front end's failures (reported under
   * the first enabled check).
   */
  public static List<Finding> run(UnitFacts facts, Config config, Collection<CheckName> enabled) {
    List<Finding> all = new ArrayList<>();
    CheckName first = null;
    for (CheckName check : CheckName.values()) {
      if (enabled.contains(check)) {
        if (first == null) {
          first = check;
        }
        all.addAll(run(facts, config, check));
      }
    }
    if (first != null) {
      all.addAll(frontEndFailures(facts, first));
    }
    return all;
  }

  /** One warning finding per tree the front end failed on, attributed to {@code reportAs}. */
  public static List<Finding> frontEndFailures(UnitFacts facts, CheckName reportAs) {
    Reporter out = new Reporter(reportAs, facts.source());
    for (FrontEndFailure failure : facts.failures()) {
      out.reportFailure(failure.range(), failure.detail());
    }
    return out.findings();
  }

  /**
   * {@code finding} with a fix that imports only what the unit lacks: both front ends add exactly
   * these imports (Error Prone's patch mode would otherwise add {@code import static
   * org.jatomics.Ordering.ACQUIRE;} next to {@code import static org.jatomics.Ordering.*;}).
   */
  private static Finding withoutImportsInScope(UnitFacts facts, Finding finding) {
    Fix fix = finding.fix();
    if (fix == null || (fix.imports().isEmpty() && fix.staticImports().isEmpty())) {
      return finding;
    }
    Fix needed =
        new Fix(
            fix.title(),
            fix.applicability(),
            fix.edits(),
            fix.imports().stream().filter(t -> !facts.imports(t, false)).toList(),
            fix.staticImports().stream().filter(m -> !facts.imports(m, true)).toList());
    return new Finding(
        finding.check(),
        finding.severity(),
        finding.message(),
        finding.range(),
        finding.start(),
        finding.end(),
        needed);
  }

  private static boolean suppressed(UnitFacts facts, Finding finding) {
    for (Suppression s : facts.suppressions()) {
      if (s.names().contains(finding.check().name())
          && s.range().contains(finding.range().start())) {
        return true;
      }
    }
    return false;
  }
}
