package org.jatomics.checker.rules;

import org.jatomics.checker.Applicability;
import org.jatomics.checker.CheckName;
import org.jatomics.checker.Config;
import org.jatomics.checker.Fix;
import org.jatomics.checker.KnownApis;
import org.jatomics.checker.Message;
import org.jatomics.checker.MessageTemplate;
import org.jatomics.checker.Messages;
import org.jatomics.checker.TextEdit;
import org.jatomics.checker.model.OrderedLoad;
import org.jatomics.checker.model.UnitFacts;
import org.jatomics.checker.model.ValueUse;

/**
 * RelaxedDependentLoad: a {@code RELAXED} (or opaque or plain {@code VarHandle}) load that needs
 * dependency ordering: any relaxed load of an {@code @Consume} field, and a relaxed load of a
 * reference whose value is then dereferenced (a non-final field read, a call on a type not known
 * immutable, an array element read, the segment of a memory access). The JMM has no dependency
 * ordering outside final fields, so the fix is {@code ACQUIRE} (or {@code CONSUME}).
 */
public final class RelaxedDependentLoadRule implements Rule {

  @Override
  public CheckName check() {
    return CheckName.RelaxedDependentLoad;
  }

  @Override
  public void check(UnitFacts facts, Config config, Reporter out) {
    out.forEach(
        facts.loads(),
        OrderedLoad::range,
        load -> {
          if (!load.ordering().isRelaxed()) {
            return;
          }
          boolean consume = load.field() != null && load.field().consume();
          ValueUse dereference = firstDereference(load);
          if (!consume && dereference == null) {
            return;
          }
          String written = facts.source().text(load.orderingRange());
          out.report(
              load.range(),
              Messages.relaxedDependentLoad(
                  load, consume ? firstIndexUse(load) : dereference, written),
              fix(load, written));
        });
  }

  private static ValueUse firstDereference(OrderedLoad load) {
    if (!load.reference()) {
      return null;
    }
    return load.uses().stream().filter(u -> u.kind().dereferences()).findFirst().orElse(null);
  }

  private static ValueUse firstIndexUse(OrderedLoad load) {
    return load.uses().stream()
        .filter(u -> u.kind() == ValueUse.Kind.ARRAY_INDEX || u.kind().dereferences())
        .findFirst()
        .orElse(null);
  }

  /**
   * RELAXED becomes ACQUIRE (keeping an {@code Ordering.} qualifier); getOpaque/get become
   * getAcquire.
   */
  private static Fix fix(OrderedLoad load, String written) {
    if (load.api() == OrderedLoad.Api.VAR_HANDLE) {
      return Fix.of(
          Message.of(MessageTemplate.FIX_USE_GET_ACQUIRE),
          Applicability.MACHINE_APPLICABLE,
          new TextEdit(load.orderingRange(), "getAcquire"));
    }
    if (written.endsWith("Ordering.RELAXED")) {
      return Fix.of(
          Message.of(MessageTemplate.FIX_USE_ACQUIRE),
          Applicability.MACHINE_APPLICABLE,
          new TextEdit(
              load.orderingRange(),
              written.substring(0, written.length() - "RELAXED".length()) + "ACQUIRE"));
    }
    return Fix.of(
        Message.of(MessageTemplate.FIX_USE_ACQUIRE),
        Applicability.MACHINE_APPLICABLE,
        new TextEdit(load.orderingRange(), "ACQUIRE"),
        KnownApis.ORDERING + ".ACQUIRE");
  }
}
