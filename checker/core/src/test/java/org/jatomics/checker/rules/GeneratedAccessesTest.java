package org.jatomics.checker.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.jatomics.checker.Applicability;
import org.jatomics.checker.CheckName;
import org.jatomics.checker.Finding;
import org.jatomics.checker.Severity;
import org.jatomics.checker.model.FieldRef;
import org.jatomics.checker.model.FieldType;
import org.jatomics.checker.model.GeneratedFieldAccess;
import org.jatomics.checker.model.GeneratedFieldAccess.Member;
import org.jatomics.checker.model.SourceRange;
import org.jatomics.checker.model.Suppression;
import org.junit.jupiter.api.Test;

/**
 * NonAtomicAccess for code another processor generated into the class (contract section 5): one
 * finding per field on its {@code @Atomic}, naming the annotations and the way out.
 */
class GeneratedAccessesTest {
  private static final FieldRef BALANCE =
      UnitSketch.field("balance", FieldType.Kind.LONG, true, false);
  private static final FieldRef OWNER =
      UnitSketch.field("owner", FieldType.Kind.REFERENCE, true, false);

  private static final String CLASS =
      """
      package p;
      @lombok.Data
      class A {
        @Atomic long balance;
        @Atomic Object owner;
      }
      """;

  private static GeneratedFieldAccess access(
      UnitSketch u, FieldRef field, String generator, Member member) {
    return new GeneratedFieldAccess(
        field, u.range("@Atomic", "@Atomic " + field.type().text()), generator, member);
  }

  @Test
  void toStringAndEqualsAreOneFindingOnTheFieldWithAnExcludingFix() {
    UnitSketch u = UnitSketch.of(CLASS);
    u.facts.add(access(u, BALANCE, "lombok.EqualsAndHashCode", Member.EQUALS_AND_HASH_CODE));
    u.facts.add(access(u, BALANCE, "lombok.ToString", Member.TO_STRING));
    u.facts.add(access(u, BALANCE, "lombok.EqualsAndHashCode", Member.EQUALS_AND_HASH_CODE));
    List<Finding> findings = u.run(CheckName.NonAtomicAccess);
    assertEquals(1, findings.size());
    Finding f = findings.get(0);
    assertEquals(Severity.ERROR, f.severity());
    assertEquals(u.range("@Atomic", "@Atomic long"), f.range());
    assertEquals(
        "`balance` is @Atomic, but the code Lombok generates for @ToString and @EqualsAndHashCode"
            + " accesses it plainly, racing with its atomic accesses; that code cannot be edited,"
            + " so the finding is reported on the field",
        f.text());
    assertEquals("exclude the field: @ToString.Exclude @EqualsAndHashCode.Exclude", f.hint());
    assertEquals(Applicability.NEEDS_REVIEW, f.fix().applicability());
    assertEquals(
        "  @ToString.Exclude @EqualsAndHashCode.Exclude @Atomic long balance;",
        u.fixed(f).lines().toList().get(3));
    assertEquals(List.of("lombok.ToString", "lombok.EqualsAndHashCode"), f.fix().imports());
  }

  @Test
  void gettersAndSettersAreWrittenByHandSoThereIsNoFix() {
    UnitSketch u = UnitSketch.of(CLASS);
    u.facts.add(access(u, OWNER, "lombok.Data", Member.SETTER));
    u.facts.add(access(u, OWNER, "lombok.Data", Member.GETTER));
    u.facts.add(access(u, BALANCE, "lombok.Data", Member.TO_STRING));
    List<Finding> findings = u.run(CheckName.NonAtomicAccess);
    assertEquals(2, findings.size());
    assertEquals(
        "exclude the field: @ToString.Exclude", findings.get(0).hint(), "in the fields' order");
    Finding owner = findings.get(1);
    assertEquals(u.range("@Atomic", "@Atomic Object"), owner.range());
    assertEquals(
        "`owner` is @Atomic, but the code Lombok generates for @Data accesses it plainly, racing"
            + " with its atomic accesses; that code cannot be edited, so the finding is reported"
            + " on the field",
        owner.text());
    assertEquals(
        "write its getter and setter yourself with the generated accessors (Lombok then"
            + " generates none)",
        owner.hint());
    assertNull(owner.fix());
  }

  @Test
  void otherGeneratorsAndOtherLombokMembersHaveNoWayButNotUsingThem() {
    UnitSketch u = UnitSketch.of(CLASS);
    u.facts.add(access(u, BALANCE, "lombok.With", Member.OTHER));
    u.facts.add(access(u, BALANCE, "lombok.ToString", Member.TO_STRING));
    u.facts.add(access(u, OWNER, "com.example.Mirror", Member.OTHER));
    List<Finding> findings = u.run(CheckName.NonAtomicAccess);
    assertEquals(
        "exclude the field: @ToString.Exclude; do not use @With on a class with @Atomic fields",
        findings.get(0).hint());
    assertNull(findings.get(0).fix());
    assertEquals(
        "`owner` is @Atomic, but the code generated for @Mirror accesses it plainly, racing with"
            + " its atomic accesses; that code cannot be edited, so the finding is reported on the"
            + " field",
        findings.get(1).text());
  }

  @Test
  void suppressedOnTheFieldOrTheClass() {
    UnitSketch u = UnitSketch.of(CLASS);
    u.facts.add(access(u, BALANCE, "lombok.ToString", Member.TO_STRING));
    u.facts.add(
        new Suppression(new SourceRange(0, CLASS.length()), java.util.Set.of("NonAtomicAccess")));
    assertEquals(List.of(), u.run(CheckName.NonAtomicAccess));
  }
}
