package org.jatomics.checker.rules;

import org.jatomics.checker.CheckName;
import org.jatomics.checker.Config;
import org.jatomics.checker.model.UnitFacts;

/** One check over the facts of one compilation unit. One implementation per check. */
public interface Rule {

  /** The check this rule implements. */
  CheckName check();

  /** Reports this check's findings for {@code facts} to {@code out}. */
  void check(UnitFacts facts, Config config, Reporter out);
}
