package org.jatomics.reviewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.validator.language_level_validations.Java25Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jatomics.reviewer.frontend.UnitComments;
import org.junit.jupiter.api.Test;

/**
 * The reviewer's parse validates in one walk ({@link SinglePassValidator}) and reports exactly what
 * JavaParser's own validation reports: the same problems, in the same order, at the same places,
 * and the same trees.
 */
class SinglePassValidatorTest {
  private static final Path ROOT =
      Path.of(System.getProperty("jatomics.root", "../..")).toAbsolutePath().normalize();

  /** Source javac rejects for what JavaParser's validators check (and some it accepts). */
  private static final List<String> SNIPPETS =
      List.of(
          "class A extends B, C {}",
          "interface I implements J {}",
          "class A { void f() { 1 = 2; } }",
          "class A { void f() { (a) = 2; a.b() = 3; } }",
          "class record {}",
          "class A { record r; }",
          "class A { void f() { int yield = 1; } }",
          "class A { public private int x; }",
          "class A { public public void f() {} }",
          "class A { void f() { final final int x = 1; } }",
          "class A { transient void f() {} }",
          "interface I { protected void f(); }",
          "interface I { private default void f() {} }",
          "class A { abstract void f() {} }",
          "class A { native void f() {} }",
          "class A { void f() { synchronized int x; } }",
          "enum E { A; abstract class B {} }",
          "class A { void f() { try { } } }",
          "class A { void f() { try { } catch (final A | B e) { } } }",
          "class A { void f() { var x; } }",
          "class A { void f() { var a = 1, b = 2; } }",
          "class A { void f() { var[] a = {1}; } }",
          "class A { var x = 1; }",
          "class A { void f(var x) {} }",
          "class A { void f() { for (final var x : y) {} } }",
          "record R(int x) { int y; }",
          "record R(int x) { R { return; } }",
          "class A { void f(Object o) { switch (o) { case _ -> {} } } }",
          "class A { int f(int x) { return switch (x) { }; } }",
          "class A { void f(int x) { switch (x) { case 1, default -> {} } } }",
          "class A { void f() { yield 1; } }",
          "class A { static { return; } }",
          "class A { A() { int x = 1; super(); } }",
          "class A { void f() { this(1); } }",
          "open module m { requires transitive static x; }",
          "class A { void f() { Object o = (Runnable & java.io.Serializable) null; } }",
          "@interface A { int x() default 1; void y(); }",
          "class A { void f() { label: label: ; } }",
          "class A { void f() { new Object() { public static void g() {} }; } }",
          "sealed class A permits B {} final class B extends A {}",
          "non-sealed interface I {}",
          "class A { void f() { int _ = 1; } }",
          "class A { void f() { String s = \"\"\"\n  x\"\"\"; char c = '\\u0041'; } }",
          "class A { void f() { assert true : 1; goto x; } }",
          "class A { void f() { int x = 08; long y = 0b2; } }",
          "class A<> {}",
          "class A { java.util.List<int> x; void f() { g(new java.util.HashMap<int, long>()); } }",
          "class A { void f() { Object o = new int[]; } }",
          "class A { enum; }",
          "class A { void _() {} }",
          "class A { static class B { static class C { void f() { int enum = 1; } } } }",
          // The names the identifier walks report on, written with unicode escapes (the tokens
          // hold the translated text), and the words only inside longer names or comments.
          "class \\u0072ecord {}",
          "class A { void f() { int \\u0065num = 1; } }",
          "class A { /* record enum assert */ int records, enums; void asserts() {} }",
          // Several validators at once, several times: the order of the problem list.
          "class record extends B, C { public private int x; void f() { try {} var y; 1 = 2; } }",
          "interface I implements J { protected void f(); private default void g() {} }"
              + " class K extends L, M { var v = 1; transient void h() { try {} } }",
          "record R(int x) { int y; static int z; R { return; } }"
              + " enum E { A; abstract class B { public public void f() {} } }");

  @Test
  void theValidatorsAreReadAndReplacedByTheSingleWalk() {
    assertNotNull(
        SinglePassValidator.of(new Java25Validator()),
        "JavaParser's validators changed shape (a new JavaParser?): the reviewer validates as"
            + " JavaParser does, in one walk per validator");
    assertTrue(
        SourceParser.validatesInOneWalk(),
        "JavaParser's validating processor was not found (renamed in a new JavaParser?)");
  }

  @Test
  void sameProblemsAsJavaParserForInvalidSource() {
    int byValidation = 0;
    for (String snippet : SNIPPETS) {
      if (!assertSameResult(snippet, snippet)
          && SourceParser.parseUnvalidated(snippet).isSuccessful()) {
        byValidation++;
      }
    }
    assertTrue(
        byValidation >= 20,
        byValidation + " of the snippets rejected by validation: the test checks little");
  }

  @Test
  void sameProblemsAndTreesForTheCorpusAndTheReviewersOwnSources() throws IOException {
    List<Path> files;
    try (Stream<Path> walk =
        Stream.concat(
            Files.walk(ROOT.resolve("test-data")),
            Files.walk(ROOT.resolve("checker/reviewer/src/main/java")))) {
      files = walk.filter(p -> p.toString().endsWith(".java")).toList();
    }
    assertTrue(files.size() > 100, files.size() + " files");
    for (Path file : files) {
      assertSameResult(file.toString(), Files.readString(file));
    }
  }

  /**
   * Lists declared non-empty that are empty: no parse makes them (so the snippets above cannot), a
   * tree changed by a program can. The reviewer's own form of that check reports them as
   * JavaParser's does.
   */
  @Test
  void sameProblemsForEmptyListsThatMustNotBe() {
    CompilationUnit unit =
        SourceParser.parse(
                "class A { int x, y; void f() { int a = 1; int[] b = new int[2][3];"
                    + " try { } catch (IllegalStateException | IllegalArgumentException e) { } } }")
            .getResult()
            .orElseThrow();
    unit.findAll(com.github.javaparser.ast.body.FieldDeclaration.class)
        .forEach(n -> n.getVariables().clear());
    unit.findAll(com.github.javaparser.ast.expr.VariableDeclarationExpr.class)
        .forEach(n -> n.getVariables().clear());
    unit.findAll(com.github.javaparser.ast.expr.ArrayCreationExpr.class)
        .forEach(n -> n.getLevels().clear());
    unit.findAll(com.github.javaparser.ast.type.UnionType.class)
        .forEach(n -> n.getElements().clear());
    List<Problem> javaParsers = new ArrayList<>();
    new Java25Validator()
        .accept(unit, new com.github.javaparser.ast.validator.ProblemReporter(javaParsers::add));
    List<Problem> reviewers = new ArrayList<>();
    SinglePassValidator.of(new Java25Validator()).validate(unit, reviewers::add);
    assertEquals(describe(javaParsers), describe(reviewers));
    assertEquals(
        4,
        javaParsers.stream().filter(p -> p.getMessage().endsWith("can not be empty.")).count(),
        describe(javaParsers).toString());
  }

  /**
   * Asserts that both parses agree on {@code text}: the same problems, the same tree (JavaParser's
   * parsed, as the reviewer's, without attributing comments to nodes) and the same comments as
   * JavaParser's default parse attributes, at the same positions in a text without escapes; returns
   * whether it parsed.
   */
  private static boolean assertSameResult(String name, String text) {
    ParseResult<CompilationUnit> javaParsers = javaParsers(text, false);
    ParseResult<CompilationUnit> reviewers = SourceParser.parse(text);
    assertEquals(describe(javaParsers.getProblems()), describe(reviewers.getProblems()), name);
    assertEquals(javaParsers.isSuccessful(), reviewers.isSuccessful(), name);
    assertEquals(javaParsers.getResult(), reviewers.getResult(), name);
    if (javaParsers.isSuccessful()) {
      // Positions too, where JavaParser's are right: it leaves a comment after a unicode escape in
      // the translated text's columns, which the reviewer maps back (SourceParserTest).
      boolean positions = !SourceParser.mayHoldUnicodeEscape(text);
      assertEquals(
          comments(javaParsers(text, true).getResult().orElseThrow().getAllComments(), positions),
          comments(UnitComments.of(reviewers.getResult().orElseThrow()), positions),
          name);
    }
    return javaParsers.isSuccessful();
  }

  private static ParseResult<CompilationUnit> javaParsers(String text, boolean attributeComments) {
    return new JavaParser(
            new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_25)
                .setPreprocessUnicodeEscapes(SourceParser.mayHoldUnicodeEscape(text))
                .setAttributeComments(attributeComments))
        .parse(text);
  }

  /**
   * Each comment's kind, text and (when asked) range, sorted, once (JavaParser's attributed list
   * may hold a comment twice, when it is both a node's comment and an orphan; the front end reads
   * each position once).
   */
  private static List<String> comments(List<Comment> comments, boolean positions) {
    return comments.stream()
        .map(
            c ->
                (positions ? c.getRange().map(Object::toString).orElse("-") + " " : "")
                    + c.getClass().getSimpleName()
                    + " "
                    + c.getContent())
        .sorted()
        .distinct()
        .toList();
  }

  private static List<String> describe(List<Problem> problems) {
    List<String> described = new ArrayList<>();
    for (Problem problem : problems) {
      described.add(
          problem.getVerboseMessage()
              + " @ "
              + problem.getLocation().flatMap(l -> l.toRange()).map(Object::toString).orElse("-"));
    }
    return described;
  }
}
