package org.jatomics.checker.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jatomics.checker.CheckName;
import org.jatomics.checker.Finding;
import org.jatomics.checker.Severity;
import org.jatomics.checker.model.FieldRef;
import org.jatomics.checker.model.FieldType;
import org.jatomics.checker.model.OrderedLoad;
import org.jatomics.checker.model.OrderedLoad.Api;
import org.jatomics.checker.model.OrderedLoad.LoadOrdering;
import org.jatomics.checker.model.Site.Region;
import org.jatomics.checker.model.StatementRegion;
import org.jatomics.checker.model.ValueUse;
import org.junit.jupiter.api.Test;

/** RelaxedDependentLoad (contract section 7) over hand-built facts. */
class RelaxedDependentLoadRuleTest {
  private static final FieldRef HEAD =
      UnitSketch.field("head", FieldType.Kind.REFERENCE, true, false);
  private static final FieldRef CONSUMED =
      new FieldRef(
          "p",
          "A",
          "head",
          new FieldType(FieldType.Kind.REFERENCE, "Node"),
          true,
          true,
          false,
          false,
          false,
          null);
  private static final FieldRef INDEX =
      new FieldRef(
          "p",
          "A",
          "index",
          new FieldType(FieldType.Kind.INT, "int"),
          true,
          true,
          false,
          false,
          false,
          null);

  private static final String TEXT =
      "package p;\nclass A {\n  Object m() {\n    Node n = AAtomics.loadHead(this, RELAXED);\n    return n.next;\n  }\n}\n";

  private static List<Finding> run(
      String text,
      OrderedLoad.Api api,
      String ordering,
      LoadOrdering kind,
      FieldRef field,
      boolean reference,
      ValueUse... uses) {
    UnitSketch u = UnitSketch.of(text);
    u.facts.add(load(u, api, ordering, kind, field, reference, uses));
    return u.run(CheckName.RelaxedDependentLoad);
  }

  private static OrderedLoad load(
      UnitSketch u,
      OrderedLoad.Api api,
      String ordering,
      LoadOrdering kind,
      FieldRef field,
      boolean reference,
      ValueUse... uses) {
    return new OrderedLoad(
        api,
        kind,
        field,
        reference,
        u.range("loadHead"),
        u.range(ordering),
        List.of(uses),
        UnitSketch.site(Region.METHOD, StatementRegion.NONE));
  }

  private static ValueUse use(ValueUse.Kind kind, String name) {
    return new ValueUse(kind, UnitSketch.of(TEXT).range("n.next"), name);
  }

  @Test
  void aRelaxedReferenceThatIsDereferencedIsFlaggedWithAnAcquireFix() {
    UnitSketch u = UnitSketch.of(TEXT);
    u.facts.add(
        load(
            u,
            Api.ACCESSOR,
            "RELAXED",
            LoadOrdering.RELAXED,
            HEAD,
            true,
            use(ValueUse.Kind.NON_FINAL_FIELD_READ, "next")));
    List<Finding> findings = u.run(CheckName.RelaxedDependentLoad);
    assertEquals(1, findings.size());
    Finding f = findings.get(0);
    assertEquals(Severity.WARNING, f.severity());
    assertEquals(
        "the load of `head` is `RELAXED`, but its value is then dereferenced (a read of its field `next`), and the JMM"
            + " has no dependency ordering outside final fields: the dereference may see the object as it was before it was published",
        f.text());
    assertEquals(
        "use ACQUIRE (or CONSUME, which documents the dependency) for a value you dereference",
        f.hint());
    assertTrue(u.fixed(f).contains("AAtomics.loadHead(this, ACQUIRE);"));
    assertEquals(List.of("org.jatomics.Ordering.ACQUIRE"), f.fix().staticImports());
  }

  @Test
  void everyKindOfDereferenceCountsAndIsNamed() {
    for (ValueUse.Kind kind :
        List.of(
            ValueUse.Kind.METHOD_CALL,
            ValueUse.Kind.ARRAY_ELEMENT_READ,
            ValueUse.Kind.SEGMENT_OF_MEMORY_ACCESS)) {
      List<Finding> findings =
          run(TEXT, Api.ACCESSOR, "RELAXED", LoadOrdering.RELAXED, HEAD, true, use(kind, "size"));
      assertEquals(1, findings.size(), kind.toString());
      String expected =
          switch (kind) {
            case METHOD_CALL -> "(a call of `size()`)";
            case ARRAY_ELEMENT_READ -> "(an array element read)";
            default -> "(a memory access through the loaded segment)";
          };
      assertTrue(findings.get(0).text().contains(expected), findings.get(0).text());
    }
  }

  @Test
  void finalFieldsImmutableCallsComparisonsAndPrimitivesAreNoDereference() {
    for (ValueUse.Kind kind :
        List.of(
            ValueUse.Kind.FINAL_FIELD_READ,
            ValueUse.Kind.IMMUTABLE_METHOD_CALL,
            ValueUse.Kind.ARRAY_LENGTH)) {
      assertEquals(
          List.of(),
          run(TEXT, Api.ACCESSOR, "RELAXED", LoadOrdering.RELAXED, HEAD, true, use(kind, "x")),
          kind.toString());
    }
    assertEquals(List.of(), run(TEXT, Api.ACCESSOR, "RELAXED", LoadOrdering.RELAXED, HEAD, true));
    assertEquals(
        List.of(),
        run(
            TEXT,
            Api.ACCESSOR,
            "RELAXED",
            LoadOrdering.RELAXED,
            HEAD,
            false,
            use(ValueUse.Kind.NON_FINAL_FIELD_READ, "x")));
  }

  @Test
  void orderedLoadsAreNeverFlagged() {
    for (LoadOrdering ordering :
        List.of(
            LoadOrdering.ACQUIRE,
            LoadOrdering.CONSUME,
            LoadOrdering.VAR_HANDLE_ACQUIRE,
            LoadOrdering.VOLATILE,
            LoadOrdering.UNKNOWN)) {
      assertEquals(
          List.of(),
          run(
              TEXT,
              Api.ACCESSOR,
              "RELAXED",
              ordering,
              CONSUMED,
              true,
              use(ValueUse.Kind.NON_FINAL_FIELD_READ, "next")),
          ordering.toString());
    }
  }

  @Test
  void anyRelaxedLoadOfAConsumeFieldIsFlagged() {
    List<Finding> findings =
        run(TEXT, Api.ACCESSOR, "RELAXED", LoadOrdering.RELAXED, CONSUMED, true);
    assertEquals(1, findings.size());
    assertTrue(
        findings
            .get(0)
            .text()
            .contains("`head` is @Consume: readers use its value to reach other memory"),
        findings.get(0).text());
  }

  @Test
  void aRelaxedConsumeIndexIsNamedAsAnIndex() {
    List<Finding> findings =
        run(
            TEXT,
            Api.ACCESSOR,
            "RELAXED",
            LoadOrdering.RELAXED,
            INDEX,
            false,
            use(ValueUse.Kind.ARRAY_INDEX, "i"));
    assertEquals(1, findings.size());
    assertTrue(
        findings.get(0).text().contains("its value indexes an array"), findings.get(0).text());
  }

  @Test
  void aQualifiedOrderingKeepsItsQualifierAndNeedsNoImport() {
    String text = TEXT.replace("RELAXED", "Ordering.RELAXED");
    UnitSketch u = UnitSketch.of(text);
    u.facts.add(
        new OrderedLoad(
            Api.ACCESSOR,
            LoadOrdering.RELAXED,
            HEAD,
            true,
            u.range("loadHead"),
            u.range("Ordering.RELAXED"),
            List.of(new ValueUse(ValueUse.Kind.NON_FINAL_FIELD_READ, u.range("n.next"), "next")),
            UnitSketch.site(Region.METHOD, StatementRegion.NONE)));
    Finding f = u.run(CheckName.RelaxedDependentLoad).get(0);
    assertTrue(u.fixed(f).contains("loadHead(this, Ordering.ACQUIRE);"), u.fixed(f));
    assertEquals(List.of(), f.fix().staticImports());
  }

  @Test
  void opaqueAndPlainVarHandleLoadsBecomeGetAcquire() {
    String text =
        "package p;\nclass A {\n  Object m() {\n    Node n = (Node) HEAD.loadHead(this);\n    return n.next;\n  }\n}\n";
    for (LoadOrdering ordering : List.of(LoadOrdering.OPAQUE, LoadOrdering.PLAIN)) {
      UnitSketch u = UnitSketch.of(text);
      u.facts.add(
          new OrderedLoad(
              Api.VAR_HANDLE,
              ordering,
              null,
              true,
              u.range("loadHead"),
              u.range("loadHead"),
              List.of(new ValueUse(ValueUse.Kind.NON_FINAL_FIELD_READ, u.range("n.next"), "next")),
              UnitSketch.site(Region.METHOD, StatementRegion.NONE)));
      Finding f = u.run(CheckName.RelaxedDependentLoad).get(0);
      assertTrue(
          f.text()
              .startsWith(
                  ordering == LoadOrdering.OPAQUE
                      ? "this load is `getOpaque` (relaxed)"
                      : "this load is a plain VarHandle `get`"),
          f.text());
      assertEquals("use getAcquire (or getVolatile) to load a value you dereference", f.hint());
      assertTrue(u.fixed(f).contains("HEAD.getAcquire(this)"), u.fixed(f));
    }
  }
}
