package org.jatomics.checker.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jatomics.checker.CheckName;
import org.jatomics.checker.Finding;
import org.jatomics.checker.model.ContractOverride;
import org.jatomics.checker.model.FieldAccess;
import org.jatomics.checker.model.FieldAccess.Receiver;
import org.jatomics.checker.model.FieldRef;
import org.jatomics.checker.model.FieldType;
import org.jatomics.checker.model.ReflectiveFieldCall;
import org.jatomics.checker.model.SafetyContractDeclaration;
import org.jatomics.checker.model.Site.Region;
import org.jatomics.checker.model.StatementRegion;
import org.jatomics.checker.model.UnitImport;
import org.junit.jupiter.api.Test;

/** MissingSafetyContract and MixedAccessMode (contract section 7) over hand-built facts. */
class ContractAndRegistrationRulesTest {

  @Test
  void aBlankContractIsFlaggedWithoutAFix() {
    UnitSketch u =
        UnitSketch.of(
            "package p;\nclass A {\n  @SafetyContract(\" \")\n  void m() {}\n  @SafetyContract(\"held\")\n  void n() {}\n}\n");
    u.facts.add(
        new SafetyContractDeclaration("method `m`", " ", u.range("@SafetyContract(\" \")")));
    u.facts.add(
        new SafetyContractDeclaration("method `n`", "held", u.range("@SafetyContract(\"held\")")));
    List<Finding> findings = u.run(CheckName.MissingSafetyContract);
    assertEquals(1, findings.size());
    assertTrue(
        findings.get(0).text().startsWith("the @SafetyContract of method `m` is blank"),
        findings.get(0).text());
    assertNull(findings.get(0).fix());
  }

  @Test
  void anOverrideThatDoesNotRestateTheContractGetsItCopiedWithItsImport() {
    String text =
        "package p;\nclass B extends A {\n  @Override\n  void m() {}\n  @Override\n  void n() {}\n}\n";
    UnitSketch u = UnitSketch.of(text);
    u.facts.add(
        new ContractOverride(
            "m", "p.A", "the \"block\" is live", false, u.range("m()"), text.indexOf("@Override")));
    u.facts.add(
        new ContractOverride(
            "n", "p.A", "held", true, u.range("n()"), text.lastIndexOf("@Override")));
    List<Finding> findings = u.run(CheckName.MissingSafetyContract);
    assertEquals(1, findings.size());
    Finding f = findings.get(0);
    assertTrue(f.text().contains("p.A"), f.text());
    assertTrue(
        u.fixed(f)
            .contains(
                "  @SafetyContract(\"the \\\"block\\\" is live\")\n  @Override\n  void m() {}"),
        u.fixed(f));
    assertEquals(List.of("org.jatomics.annotations.SafetyContract"), f.fix().imports());

    UnitSketch imported = UnitSketch.of(text);
    imported.facts.add(new UnitImport("org.jatomics.annotations", false, true));
    imported.facts.add(
        new ContractOverride(
            "m", "p.A", "held", false, imported.range("m()"), text.indexOf("@Override")));
    assertEquals(List.of(), imported.run(CheckName.MissingSafetyContract).get(0).fix().imports());
  }

  private static final String MIXED =
      "package p;\nclass A {\n  int state;\n  static final VarHandle STATE = lookup().findVarHandle(A.class, \"state\", int.class);\n"
          + "  int m() {\n    state++;\n    return state;\n  }\n}\n";

  private static FieldRef state(boolean isVolatile, boolean atomic, boolean isFinal) {
    return new FieldRef(
        "p",
        "A",
        "state",
        new FieldType(FieldType.Kind.INT, "int"),
        atomic,
        false,
        isVolatile,
        false,
        isFinal,
        null);
  }

  private static UnitSketch mixed(FieldRef field, String calleeType, String method) {
    UnitSketch u = UnitSketch.of(MIXED);
    u.facts.add(
        new ReflectiveFieldCall(calleeType, method, "p.A", "state", u.range("findVarHandle")));
    u.facts.add(
        new FieldAccess(
            field,
            FieldAccess.Kind.COMPOUND,
            Receiver.IMPLICIT_THIS,
            "this",
            u.range("state", "state++"),
            UnitSketch.site(Region.METHOD, StatementRegion.NONE),
            new FieldAccess.Update(u.range("state++"), "++", false, null, false)));
    u.facts.add(
        u.read(
            field,
            "state;",
            Receiver.IMPLICIT_THIS,
            "this",
            UnitSketch.site(Region.METHOD, StatementRegion.NONE)));
    return u;
  }

  @Test
  void everyPlainAccessOfARegisteredNonVolatileFieldIsFlagged() {
    UnitSketch u =
        mixed(state(false, false, false), "java.lang.invoke.MethodHandles.Lookup", "findVarHandle");
    List<Finding> findings = u.run(CheckName.MixedAccessMode);
    assertEquals(2, findings.size());
    assertTrue(
        findings
            .get(1)
            .text()
            .startsWith(
                "`state` is accessed through a VarHandle (line 4) and also read plainly here"),
        findings.get(1).text());
    assertNull(findings.get(0).fix());
  }

  @Test
  void aVolatileFieldIsFlaggedOnlyForCompoundUpdates() {
    List<Finding> findings =
        mixed(
                state(true, false, false),
                "java.util.concurrent.atomic.AtomicIntegerFieldUpdater",
                "newUpdater")
            .run(CheckName.MixedAccessMode);
    assertEquals(1, findings.size());
    assertTrue(
        findings
            .get(0)
            .text()
            .startsWith(
                "`state` is accessed through a field updater (line 4) and also updated here with a non-atomic `++`"),
        findings.get(0).text());
  }

  @Test
  void unsafeOffsetsAndUnresolvedFindersRegisterToo() {
    assertEquals(
        2,
        mixed(state(false, false, false), "sun.misc.Unsafe", "objectFieldOffset")
            .run(CheckName.MixedAccessMode)
            .size());
    assertEquals(
        2,
        mixed(state(false, false, false), null, "findVarHandle")
            .run(CheckName.MixedAccessMode)
            .size());
  }

  @Test
  void atomicFinalUnregisteredAndOtherMethodsAreNotMixed() {
    assertEquals(
        List.of(),
        mixed(state(false, true, false), "java.lang.invoke.MethodHandles.Lookup", "findVarHandle")
            .run(CheckName.MixedAccessMode));
    assertEquals(
        List.of(),
        mixed(state(false, false, true), "java.lang.invoke.MethodHandles.Lookup", "findVarHandle")
            .run(CheckName.MixedAccessMode));
    assertEquals(
        List.of(),
        mixed(state(false, false, false), "java.lang.invoke.MethodHandles.Lookup", "findGetter")
            .run(CheckName.MixedAccessMode));
    assertEquals(
        List.of(),
        mixed(state(false, false, false), "p.Other", "findVarHandle")
            .run(CheckName.MixedAccessMode));
  }
}
