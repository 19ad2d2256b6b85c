package org.jatomics.checker.rules;

import org.jatomics.checker.Applicability;
import org.jatomics.checker.CheckName;
import org.jatomics.checker.Config;
import org.jatomics.checker.Fix;
import org.jatomics.checker.Message;
import org.jatomics.checker.MessageTemplate;
import org.jatomics.checker.Messages;
import org.jatomics.checker.model.ContractOverride;
import org.jatomics.checker.model.SafetyContractDeclaration;
import org.jatomics.checker.model.UnitFacts;

/**
 * MissingSafetyContract: a {@code @SafetyContract} whose text is blank, and an override of a
 * {@code @SafetyContract} method that does not restate one (the fix copies the inherited text).
 */
public final class MissingSafetyContractRule implements Rule {

  @Override
  public CheckName check() {
    return CheckName.MissingSafetyContract;
  }

  @Override
  public void check(UnitFacts facts, Config config, Reporter out) {
    out.forEach(
        facts.contractDeclarations(),
        SafetyContractDeclaration::range,
        declaration -> {
          if (declaration.text() != null && declaration.text().isBlank()) {
            out.report(
                declaration.range(), Messages.blankSafetyContract(declaration.element()), null);
          }
        });
    out.forEach(
        facts.contractOverrides(),
        ContractOverride::range,
        override -> {
          if (!override.restates()) {
            out.report(
                override.range(),
                Messages.overrideWithoutContract(
                    override.method(), override.overriddenOwner(), override.inheritedContract()),
                restate(override, facts));
          }
        });
  }

  private static Fix restate(ContractOverride override, UnitFacts facts) {
    return SafetyContractFix.add(
        Message.of(MessageTemplate.FIX_RESTATE_CONTRACT),
        Applicability.MACHINE_APPLICABLE,
        override.inheritedContract(),
        override.methodStart(),
        facts.source());
  }
}
