package org.jatomics.checker.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jatomics.checker.CheckName;
import org.jatomics.checker.Finding;
import org.jatomics.checker.model.FieldAccess;
import org.jatomics.checker.model.FieldRef;
import org.jatomics.checker.model.FieldType;
import org.jatomics.checker.model.Site;
import org.jatomics.checker.model.Site.Region;
import org.jatomics.checker.model.SourceRange;
import org.jatomics.checker.model.StatementRegion;
import org.jatomics.checker.model.UnsafeOperation;
import org.junit.jupiter.api.Test;

/**
 * MissingSafetyComment and UnnecessarySafetyComment (contract section 7, "Unsafe operations" and
 * "Where a // SAFETY: comment counts") over hand-built facts: statements, comments and operations.
 */
class SafetyCommentRulesTest {

  /**
   * A method holding {@code body} (lines indented by four); every {@code op(...)} call in it is an
   * unsafe operation inside the statement given by {@code statementOf}; every comment is added.
   */
  private static UnitSketch unit(String body) {
    return UnitSketch.of("package p;\nclass A {\n  void m() {\n" + body + "  }\n}\n").comments();
  }

  private static void unsafe(UnitSketch u, String call, String after, int statement) {
    u.facts.add(
        new UnsafeOperation(
            UnsafeOperation.Kind.CONFIGURED,
            "A.op",
            "the rule holds",
            u.range(call, after),
            UnitSketch.site(Region.METHOD, statement)));
  }

  private static List<Finding> missing(UnitSketch u) {
    return u.run(CheckName.MissingSafetyComment);
  }

  private static List<Finding> unnecessary(UnitSketch u) {
    return u.run(CheckName.UnnecessarySafetyComment);
  }

  @Test
  void anUnsafeOperationWithoutACommentIsFlaggedAndTheFixAddsTheTemplateAbove() {
    UnitSketch u = unit("    op();\n");
    unsafe(
        u, "op", "op();", u.statement(StatementRegion.Kind.SIMPLE, "op();", StatementRegion.NONE));
    List<Finding> findings = missing(u);
    assertEquals(1, findings.size());
    Finding f = findings.get(0);
    assertEquals(
        "`A.op` is an unsafe operation: its caller must guarantee that the rule holds; no // SAFETY: comment says why that holds here",
        f.text());
    assertEquals(
        "write `// SAFETY: <why the contract holds here>` directly above the statement (or at the end of its line)",
        f.hint());
    assertTrue(
        u.fixed(f)
            .contains("  void m() {\n    // SAFETY: TODO justify that the rule holds\n    op();\n"),
        u.fixed(f));
  }

  @Test
  void aCommentDirectlyAboveBlankLinesBetweenAndTheTagInAnyCaseCount() {
    for (String comment :
        List.of(
            "    // SAFETY: held.\n",
            "    // safety: held.\n\n",
            "    /* SAFETY: held. */\n",
            "    // first line\n    // SAFETY: held.\n")) {
      UnitSketch u = unit(comment + "    op();\n");
      unsafe(
          u,
          "op",
          "op();",
          u.statement(StatementRegion.Kind.SIMPLE, "op();", StatementRegion.NONE));
      assertEquals(List.of(), missing(u), comment);
      assertEquals(List.of(), unnecessary(u), comment);
    }
  }

  @Test
  void noColonJavadocAndCodeInBetweenDoNotCount() {
    for (String comment :
        List.of(
            "    // SAFETY held.\n",
            "    /** SAFETY: held. */\n",
            "    // SAFETY: held.\n    x();\n")) {
      UnitSketch u = unit(comment + "    op();\n");
      unsafe(
          u,
          "op",
          "op();",
          u.statement(StatementRegion.Kind.SIMPLE, "op();", StatementRegion.NONE));
      if (comment.contains("x();")) {
        u.statement(StatementRegion.Kind.SIMPLE, "x();", StatementRegion.NONE);
      }
      assertEquals(1, missing(u).size(), comment);
    }
  }

  @Test
  void aTrailingCommentOnTheStatementsOrTheOperationsLineCounts() {
    UnitSketch u =
        unit(
            "    long v = // SAFETY: held.\n        op();\n    long w =\n        op(); // SAFETY: held.\n");
    int first =
        u.statement(
            StatementRegion.Kind.DECLARATION,
            "long v = // SAFETY: held.\n        op();",
            StatementRegion.NONE);
    int second =
        u.statement(
            StatementRegion.Kind.DECLARATION, "long w =\n        op();", StatementRegion.NONE);
    unsafe(u, "op", "long v", first);
    unsafe(u, "op", "long w", second);
    assertEquals(List.of(), missing(u));
    assertEquals(List.of(), unnecessary(u));
  }

  @Test
  void aCommentAboveAnIfCoversItsConditionNotItsBody() {
    String body = "    // SAFETY: held.\n    if (op()) {\n      op();\n    }\n";
    UnitSketch u = unit(body);
    SourceRange whole = u.range("if (op()) {\n      op();\n    }");
    int ifStatement =
        u.facts.addStatement(
            StatementRegion.Kind.IF, whole, u.range("(op())"), null, StatementRegion.NONE);
    int inner =
        u.facts.addStatement(
            StatementRegion.Kind.SIMPLE, u.range("op();", "{\n      op"), null, null, ifStatement);
    unsafe(u, "op", "if (", ifStatement);
    unsafe(u, "op", "{\n      op", inner);
    List<Finding> findings = missing(u);
    assertEquals(1, findings.size());
    assertEquals(u.range("op", "{\n      op"), findings.get(0).range());
    assertTrue(
        u.fixed(findings.get(0))
            .contains("{\n      // SAFETY: TODO justify that the rule holds\n      op();"),
        u.fixed(findings.get(0)));
  }

  @Test
  void anOperationInAStatementThatDoesNotStartItsLineGetsATrailingComment() {
    UnitSketch u = unit("    x(); op();\n");
    u.statement(StatementRegion.Kind.SIMPLE, "x();", StatementRegion.NONE);
    unsafe(
        u, "op", "op();", u.statement(StatementRegion.Kind.SIMPLE, "op();", StatementRegion.NONE));
    Finding f = missing(u).get(0);
    assertTrue(
        u.fixed(f).contains("    x(); op(); // SAFETY: TODO justify that the rule holds\n"),
        u.fixed(f));
  }

  @Test
  void anOperationOnALineThatAlreadyHasACommentGetsNoFix() {
    UnitSketch u = unit("    x(); op(); // later\n");
    u.statement(StatementRegion.Kind.SIMPLE, "x();", StatementRegion.NONE);
    unsafe(
        u, "op", "op();", u.statement(StatementRegion.Kind.SIMPLE, "op();", StatementRegion.NONE));
    assertNull(missing(u).get(0).fix());
  }

  @Test
  void writesOfSafetyContractFieldsAreUnsafeOutsideConstruction() {
    FieldRef address =
        new FieldRef(
            "p",
            "A",
            "address",
            new FieldType(FieldType.Kind.LONG, "long"),
            false,
            false,
            false,
            false,
            false,
            "it is a live block");
    UnitSketch u = unit("    address = 0;\n");
    int s = u.statement(StatementRegion.Kind.SIMPLE, "address = 0;", StatementRegion.NONE);
    u.facts.add(
        new FieldAccess(
            address,
            FieldAccess.Kind.WRITE,
            FieldAccess.Receiver.IMPLICIT_THIS,
            "this",
            u.range("address"),
            UnitSketch.site(Region.METHOD, s),
            new FieldAccess.Update(u.range("address = 0"), "=", false, "0", false)));
    List<Finding> findings = missing(u);
    assertEquals(1, findings.size());
    assertTrue(
        findings
            .get(0)
            .text()
            .startsWith(
                "`write of address` is an unsafe operation: its caller must guarantee that it is a live block"),
        findings.get(0).text());

    UnitSketch constructor = unit("    address = 0;\n");
    int c =
        constructor.statement(StatementRegion.Kind.SIMPLE, "address = 0;", StatementRegion.NONE);
    constructor.facts.add(
        new FieldAccess(
            address,
            FieldAccess.Kind.WRITE,
            FieldAccess.Receiver.IMPLICIT_THIS,
            "this",
            constructor.range("address"),
            new Site("p.A", Region.CONSTRUCTOR, false, c),
            new FieldAccess.Update(constructor.range("address = 0"), "=", false, "0", false)));
    assertEquals(List.of(), missing(constructor));
  }

  @Test
  void aSafetyCommentOnASafeStatementIsUnnecessaryAndItsFixRemovesTheLine() {
    UnitSketch u = unit("    // SAFETY: nothing.\n    x();\n");
    u.statement(StatementRegion.Kind.SIMPLE, "x();", StatementRegion.NONE);
    List<Finding> findings = unnecessary(u);
    assertEquals(1, findings.size());
    Finding f = findings.get(0);
    assertEquals(u.range("// SAFETY: nothing."), f.range());
    assertTrue(
        f.text()
            .startsWith(
                "this // SAFETY: comment justifies nothing: the statement it is on contains no unsafe operation"),
        f.text());
    assertEquals(
        "remove it, or move it to the statement that performs the unsafe operation", f.hint());
    assertTrue(u.fixed(f).contains("  void m() {\n    x();\n"), u.fixed(f));
  }

  @Test
  void aTrailingUnnecessaryCommentIsRemovedWithTheSpaceBeforeIt() {
    UnitSketch u = unit("    x(); // SAFETY: nothing.\n");
    u.statement(StatementRegion.Kind.SIMPLE, "x();", StatementRegion.NONE);
    Finding f = unnecessary(u).get(0);
    assertTrue(u.fixed(f).contains("    x();\n  }"), u.fixed(f));
  }

  @Test
  void commentsAboveMethodsJavadocAndCommentsOnNoStatementAreNeverUnnecessary() {
    UnitSketch above =
        UnitSketch.of(
                "package p;\nclass A {\n  // SAFETY: callers hold the lock.\n  void m() {\n    /** SAFETY: doc. */\n    x();\n    // SAFETY: end of block.\n  }\n}\n")
            .comments();
    above.statement(StatementRegion.Kind.SIMPLE, "x();", StatementRegion.NONE);
    assertEquals(List.of(), unnecessary(above));
  }

  @Test
  void aCommentAboveALoopWhoseOperationIsOnlyInItsBodyIsUnnecessary() {
    UnitSketch u =
        unit("    // SAFETY: held.\n    for (int i = 0; i < n; i++) {\n      op();\n    }\n");
    SourceRange whole = u.range("for (int i = 0; i < n; i++) {\n      op();\n    }");
    int loop =
        u.facts.addStatement(
            StatementRegion.Kind.FOR,
            whole,
            u.range("(int i = 0; i < n; i++)"),
            null,
            StatementRegion.NONE);
    unsafe(
        u,
        "op",
        "op();",
        u.facts.addStatement(StatementRegion.Kind.SIMPLE, u.range("op();"), null, null, loop));
    assertEquals(1, missing(u).size());
    List<Finding> findings = unnecessary(u);
    assertEquals(1, findings.size());
    assertTrue(findings.get(0).text().contains("for"), findings.get(0).text());
  }
}
