package org.jatomics.checker.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jatomics.checker.CheckName;
import org.jatomics.checker.Finding;
import org.jatomics.checker.Severity;
import org.jatomics.checker.model.FieldAccess;
import org.jatomics.checker.model.FieldAccess.Receiver;
import org.jatomics.checker.model.FieldRef;
import org.jatomics.checker.model.FieldType;
import org.jatomics.checker.model.Site;
import org.jatomics.checker.model.Site.Region;
import org.jatomics.checker.model.StatementRegion;
import org.jatomics.checker.model.Suppression;
import org.jatomics.checker.model.UnitImport;
import org.junit.jupiter.api.Test;

/**
 * NonAtomicAccess (contract section 7) over hand-built facts: what is flagged, what is exempt, the
 * fixes.
 */
class NonAtomicAccessRuleTest {
  private static final FieldRef COUNT = UnitSketch.field("count", FieldType.Kind.INT, true, false);
  private static final FieldRef TOTAL =
      UnitSketch.field("total", FieldType.Kind.DOUBLE, true, false);
  private static final FieldRef HITS = UnitSketch.field("hits", FieldType.Kind.LONG, true, true);
  private static final FieldRef PLAIN = UnitSketch.field("plain", FieldType.Kind.INT, false, false);

  private static final String METHOD =
      "package p;\nclass A {\n  int m(A o) {\n    return count;\n  }\n}\n";

  @Test
  void plainReadInAMethodIsAnErrorWithALoadAcquireFix() {
    UnitSketch u = UnitSketch.of(METHOD);
    int s = u.statement(StatementRegion.Kind.SIMPLE, "return count;", StatementRegion.NONE);
    u.facts.add(
        u.read(COUNT, "count", Receiver.IMPLICIT_THIS, "this", UnitSketch.site(Region.METHOD, s)));
    List<Finding> findings = u.run(CheckName.NonAtomicAccess);
    assertEquals(1, findings.size());
    Finding f = findings.get(0);
    assertEquals(Severity.ERROR, f.severity());
    assertEquals(u.range("count", "return"), f.range());
    assertTrue(
        f.text().startsWith("`count` is @Atomic; this plain read races with atomic writers"),
        f.text());
    assertEquals("use the generated accessor: AAtomics.loadCount(this, ACQUIRE)", f.hint());
    assertEquals(
        "    return AAtomics.loadCount(this, ACQUIRE);", u.fixed(f).lines().toList().get(3));
    assertEquals(List.of("org.jatomics.Ordering.ACQUIRE"), f.fix().staticImports());
  }

  @Test
  void theFixImportsOnlyWhatTheUnitLacks() {
    UnitSketch u = UnitSketch.of(METHOD);
    u.facts.add(new UnitImport("org.jatomics.Ordering", true, true));
    u.facts.add(
        u.read(
            COUNT,
            "count",
            Receiver.IMPLICIT_THIS,
            "this",
            UnitSketch.site(Region.METHOD, StatementRegion.NONE)));
    Finding f = u.run(CheckName.NonAtomicAccess).get(0);
    assertEquals(List.of(), f.fix().staticImports());
    assertEquals(List.of(), f.fix().imports());
  }

  @Test
  void aLongReadMentionsTearingAndOtherReceiversAreKept() {
    UnitSketch u = UnitSketch.of(METHOD.replace("return count;", "return o.hits;"));
    FieldRef instanceLong = UnitSketch.field("total", FieldType.Kind.LONG, true, false);
    u.facts.add(
        u.read(
            instanceLong,
            "o.hits",
            Receiver.OTHER,
            "o",
            UnitSketch.site(Region.METHOD, StatementRegion.NONE)));
    Finding f = u.run(CheckName.NonAtomicAccess).get(0);
    assertTrue(f.text().contains("may even tear, JLS 17.7"), f.text());
    assertTrue(u.fixed(f).contains("return AAtomics.loadTotal(o, ACQUIRE);"), u.fixed(f));
  }

  @Test
  void aStaticFieldsAccessorTakesNoReceiver() {
    UnitSketch u = UnitSketch.of(METHOD.replace("return count;", "return A.hits;"));
    u.facts.add(
        u.read(
            HITS,
            "A.hits",
            Receiver.STATIC,
            "A",
            UnitSketch.site(Region.METHOD, StatementRegion.NONE)));
    Finding f = u.run(CheckName.NonAtomicAccess).get(0);
    assertTrue(u.fixed(f).contains("return AAtomics.loadHits(ACQUIRE);"), u.fixed(f));
  }

  @Test
  void aWriteBecomesStoreReleaseUnlessItsValueIsUsed() {
    String text =
        "package p;\nclass A {\n  int m() {\n    count = 5;\n    return count = 6;\n  }\n}\n";
    UnitSketch u = UnitSketch.of(text);
    Site site = UnitSketch.site(Region.METHOD, StatementRegion.NONE);
    u.facts.add(write(u, "count = 5", "5", false, site));
    u.facts.add(write(u, "count = 6", "6", true, site));
    List<Finding> findings = u.run(CheckName.NonAtomicAccess);
    assertEquals(2, findings.size());
    assertTrue(
        findings.get(0).text().contains("this plain write races with atomic readers and writers"));
    assertTrue(u.fixed(findings.get(0)).contains("    AAtomics.storeCount(this, 5, RELEASE);\n"));
    assertEquals(List.of("org.jatomics.Ordering.RELEASE"), findings.get(0).fix().staticImports());
    assertNull(
        findings.get(1).fix(),
        "store returns nothing: `return count = 6` has no mechanical rewrite");
  }

  private static FieldAccess write(
      UnitSketch u, String assignment, String value, boolean used, Site site) {
    return new FieldAccess(
        COUNT,
        FieldAccess.Kind.WRITE,
        Receiver.IMPLICIT_THIS,
        "this",
        u.range(assignment.substring(0, 5), assignment),
        site,
        new FieldAccess.Update(u.range(assignment), "=", false, value, used));
  }

  private static FieldAccess update(
      UnitSketch u,
      FieldRef field,
      String expression,
      String op,
      boolean prefix,
      String value,
      boolean used) {
    return update(u, field, expression, expression, op, prefix, value, used);
  }

  /** An update whose expression is the first {@code expression} at or after {@code after}. */
  private static FieldAccess update(
      UnitSketch u,
      FieldRef field,
      String expression,
      String after,
      String op,
      boolean prefix,
      String value,
      boolean used) {
    return new FieldAccess(
        field,
        FieldAccess.Kind.COMPOUND,
        Receiver.IMPLICIT_THIS,
        "this",
        u.range(field.name(), after),
        UnitSketch.site(Region.METHOD, StatementRegion.NONE),
        new FieldAccess.Update(u.range(expression, after), op, prefix, value, used));
  }

  @Test
  void incrementsAndAdditionsBecomeFetchAdd() {
    String text =
        "package p;\nclass A {\n  void m(int d) {\n    count++;\n    count -= d;\n  }\n}\n";
    UnitSketch u = UnitSketch.of(text);
    u.facts.add(update(u, COUNT, "count++", "++", false, null, false));
    u.facts.add(update(u, COUNT, "count -= d", "-=", false, "d", false));
    List<Finding> findings = u.run(CheckName.NonAtomicAccess);
    assertTrue(
        findings
            .get(0)
            .text()
            .contains(
                "`++` is a plain read followed by a plain write, so concurrent updates are lost"));
    assertTrue(
        u.fixed(findings.get(0)).contains("    AAtomics.fetchAddCount(this, 1, FULL);\n"),
        u.fixed(findings.get(0)));
    assertTrue(
        u.fixed(findings.get(1)).contains("    AAtomics.fetchAddCount(this, -d, FULL);\n"),
        u.fixed(findings.get(1)));
  }

  @Test
  void theNewValueOfAnUpdateIsTheOldValuePlusTheDelta() {
    String text =
        "package p;\nclass A {\n  int m(int d) {\n    int y = ++count;\n    int z = count++;\n    return count += d;\n  }\n}\n";
    UnitSketch u = UnitSketch.of(text);
    u.facts.add(update(u, COUNT, "++count", "++", true, null, true));
    u.facts.add(update(u, COUNT, "count++", "++", false, null, true));
    u.facts.add(update(u, COUNT, "count += d", "+=", false, "d", true));
    List<Finding> findings = u.run(CheckName.NonAtomicAccess);
    assertTrue(
        u.fixed(findings.get(0)).contains("int y = (AAtomics.fetchAddCount(this, 1, FULL) + 1);"),
        u.fixed(findings.get(0)));
    assertEquals(
        "use the generated accessor: (AAtomics.fetchAddCount(this, 1, FULL) + 1)",
        findings.get(0).hint());
    assertTrue(
        u.fixed(findings.get(1)).contains("int z = AAtomics.fetchAddCount(this, 1, FULL);"),
        u.fixed(findings.get(1)));
    assertTrue(
        u.fixed(findings.get(2)).contains("return (AAtomics.fetchAddCount(this, d, FULL) + d);"),
        u.fixed(findings.get(2)));
  }

  @Test
  void otherCompoundUpdatesBecomeACmpxchgLoopWhenTheyAreStatements() {
    String text =
        "package p;\nclass A {\n  double m(double f) {\n    total *= f;\n    return total *= f;\n  }\n}\n";
    UnitSketch u = UnitSketch.of(text);
    u.facts.add(update(u, TOTAL, "total *= f", "*=", false, "f", false));
    u.facts.add(update(u, TOTAL, "total *= f", "return", "*=", false, "f", true));
    List<Finding> findings = u.run(CheckName.NonAtomicAccess);
    assertEquals(2, findings.size());
    String fixed = u.fixed(findings.get(0));
    assertTrue(fixed.contains("var prevTotal = AAtomics.loadTotal(this, RELAXED);"), fixed);
    assertTrue(
        fixed.contains(
            "Double.doubleToRawLongBits(witnessTotal) == Double.doubleToRawLongBits(prevTotal)"),
        fixed);
    assertEquals(
        List.of("org.jatomics.Ordering.RELAXED", "org.jatomics.Ordering.FULL"),
        findings.get(0).fix().staticImports());
    assertNull(findings.get(1).fix());
    assertTrue(
        findings.get(1).hint().contains("a AAtomics.cmpxchgTotal(...) loop"),
        findings.get(1).hint());
  }

  @Test
  void constructionOfTheObjectItselfIsExempt() {
    UnitSketch u =
        UnitSketch.of(
            "package p;\nclass A {\n  A(A o) {\n    count = 1;\n    this.count = 2;\n    o.count = 3;\n  }\n  { count = 4; }\n}\n");
    Site constructor = UnitSketch.site(Region.CONSTRUCTOR, StatementRegion.NONE);
    u.facts.add(u.read(COUNT, "count = 1", Receiver.IMPLICIT_THIS, "this", constructor));
    u.facts.add(u.read(COUNT, "this.count", Receiver.THIS, "this", constructor));
    u.facts.add(u.read(COUNT, "o.count", Receiver.OTHER, "o", constructor));
    u.facts.add(
        u.read(
            COUNT,
            "count = 4",
            Receiver.IMPLICIT_THIS,
            "this",
            UnitSketch.site(Region.INSTANCE_INITIALIZER, StatementRegion.NONE)));
    List<Finding> findings = u.run(CheckName.NonAtomicAccess);
    assertEquals(1, findings.size(), findings.toString());
    assertEquals(u.range("o.count"), findings.get(0).range());
  }

  @Test
  void anotherClassOrALambdaIsNotConstruction() {
    UnitSketch u =
        UnitSketch.of(
            "package p;\nclass A {\n  A() {\n    count = 1;\n    r = () -> count;\n  }\n}\n");
    u.facts.add(
        u.read(
            COUNT,
            "count = 1",
            Receiver.IMPLICIT_THIS,
            "this",
            new Site("p.B", Region.CONSTRUCTOR, false, StatementRegion.NONE)));
    u.facts.add(
        u.read(
            COUNT,
            "count;",
            Receiver.IMPLICIT_THIS,
            "this",
            UnitSketch.site(Region.LAMBDA, StatementRegion.NONE)));
    assertEquals(2, u.run(CheckName.NonAtomicAccess).size());
  }

  @Test
  void staticFieldsAreExemptOnlyInTheirClasssStaticInitializer() {
    UnitSketch u =
        UnitSketch.of("package p;\nclass A {\n  static { hits = 1; }\n  A() { hits = 2; }\n}\n");
    u.facts.add(
        u.read(
            HITS,
            "hits = 1",
            Receiver.STATIC,
            "A",
            UnitSketch.site(Region.STATIC_INITIALIZER, StatementRegion.NONE)));
    u.facts.add(
        u.read(
            HITS,
            "hits = 2",
            Receiver.STATIC,
            "A",
            UnitSketch.site(Region.CONSTRUCTOR, StatementRegion.NONE)));
    List<Finding> findings = u.run(CheckName.NonAtomicAccess);
    assertEquals(1, findings.size());
    assertEquals(u.range("hits = 2"), findings.get(0).range());
  }

  @Test
  void generatedAccessorsNonAtomicFieldsAndSuppressionsAreNotFlagged() {
    UnitSketch u = UnitSketch.of(METHOD);
    u.facts.add(
        u.read(
            COUNT,
            "count",
            Receiver.IMPLICIT_THIS,
            "this",
            new Site("p.AAtomics", Region.METHOD, true, StatementRegion.NONE)));
    u.facts.add(
        u.read(
            PLAIN,
            "count",
            Receiver.IMPLICIT_THIS,
            "this",
            UnitSketch.site(Region.METHOD, StatementRegion.NONE)));
    assertEquals(List.of(), u.run(CheckName.NonAtomicAccess));

    UnitSketch suppressed = UnitSketch.of(METHOD);
    suppressed.facts.add(
        suppressed.read(
            COUNT,
            "count",
            Receiver.IMPLICIT_THIS,
            "this",
            UnitSketch.site(Region.METHOD, StatementRegion.NONE)));
    suppressed.facts.add(
        new Suppression(
            suppressed.range("int m(A o) {\n    return count;\n  }"),
            java.util.Set.of("NonAtomicAccess")));
    assertEquals(List.of(), suppressed.run(CheckName.NonAtomicAccess));
  }
}
