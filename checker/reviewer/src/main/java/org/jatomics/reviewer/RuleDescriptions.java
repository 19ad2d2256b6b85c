package org.jatomics.reviewer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jatomics.checker.CheckDocs;
import org.jatomics.checker.CheckName;
import org.jatomics.checker.Config;
import org.jatomics.reviewer.report.Rule;

/** The checks of a run as reports describe them (SARIF's {@code tool.driver.rules}). */
final class RuleDescriptions {
  private RuleDescriptions() {}

  /** The descriptions of {@code checks}, in the order of {@link CheckName}. */
  static List<Rule> of(Set<CheckName> checks, Config config) {
    List<Rule> rules = new ArrayList<>();
    for (CheckName check : CheckName.values()) {
      if (checks.contains(check)) {
        rules.add(of(check, config));
      }
    }
    return rules;
  }

  /** How reports describe {@code check}. */
  static Rule of(CheckName check, Config config) {
    String description =
        check.summary()
            + ". Reported as "
            + check.defaultSeverity().name().toLowerCase(Locale.ROOT)
            + " by default; its documentation explains why it matters, what to write instead and how"
            + " to suppress it.";
    return new Rule(
        check.name(),
        check.defaultSeverity(),
        check.summary(),
        description,
        CheckDocs.page(check),
        config.docsUrl(check).orElse(null));
  }
}
