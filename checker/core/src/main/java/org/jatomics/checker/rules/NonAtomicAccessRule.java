package org.jatomics.checker.rules;

import org.jatomics.checker.CheckName;
import org.jatomics.checker.Config;
import org.jatomics.checker.model.FieldAccess;
import org.jatomics.checker.model.UnitFacts;

/**
 * NonAtomicAccess: a plain read, write or compound update of an {@code @Atomic} field, except while
 * no other thread can see the object (or class) and inside the generated accessors.
 */
public final class NonAtomicAccessRule implements Rule {

  @Override
  public CheckName check() {
    return CheckName.NonAtomicAccess;
  }

  @Override
  public void check(UnitFacts facts, Config config, Reporter out) {
    Publication publication = Publication.of(facts);
    out.forEach(
        facts.fieldAccesses(),
        FieldAccess::range,
        access -> {
          if (access.field().atomic() && !Exemptions.plainAccessAllowed(access, publication)) {
            AccessorFixes.Suggestion instead =
                AccessorFixes.suggest(access, facts.packageName(), facts.source());
            out.report(access.range(), instead.message(), instead.fix());
          }
        });
  }
}
