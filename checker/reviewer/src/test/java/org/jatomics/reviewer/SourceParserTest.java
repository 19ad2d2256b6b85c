package org.jatomics.reviewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.javaparser.ParseResult;
import com.github.javaparser.Range;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.type.VarType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jatomics.reviewer.frontend.UnitComments;
import org.junit.jupiter.api.Test;

/**
 * The language server's parse ({@link SourceParser#parseUnvalidated}) skips JavaParser's semantic
 * validation and nothing else: valid code gives the same tree as the reviewer's parse.
 */
class SourceParserTest {
  private static final Path ROOT =
      Path.of(System.getProperty("jatomics.root", "../..")).toAbsolutePath().normalize();

  @Test
  void theValidatorsDoNotRun() {
    String twoSuperclasses = "class A extends B, C {}";
    assertFalse(
        SourceParser.parse(twoSuperclasses).isSuccessful(), "the reviewer's parse validates");
    assertTrue(
        SourceParser.parseUnvalidated(twoSuperclasses).isSuccessful(),
        "JavaParser's validating processor was not found (renamed in a new JavaParser?): the language"
            + " server parses as slowly as the reviewer");
  }

  @Test
  void thePostProcessorsStillRun() {
    CompilationUnit unit =
        SourceParser.parseUnvalidated(
                "class A { int f() { var x = 1; return switch (x) { default -> { yield x; } }; } }")
            .getResult()
            .orElseThrow();
    assertTrue(unit.findFirst(VarType.class).isPresent(), "var is a VarType");
  }

  @Test
  void varIsAVarTypeWhereverTheWordIsAndOnlyThen() {
    for (String text :
        List.of(
            "class A { void f() { var x = 1; } }",
            "class A { void f() { for (var x : y) { } } }",
            "class A { Object f() { return (java.util.function.IntUnaryOperator) (var x) -> x; } }",
            "class A { void f() { try (var in = open()) { } } }",
            "class A { void f() {\n var\tx = 1; } }")) {
      assertTrue(SourceParser.mayHoldVar(text), text);
      for (ParseResult<CompilationUnit> result :
          List.of(SourceParser.parse(text), SourceParser.parseUnvalidated(text))) {
        assertTrue(
            result.getResult().orElseThrow().findFirst(VarType.class).isPresent(),
            "var is a VarType: " + text);
      }
    }
    for (String text :
        List.of(
            "class A { int variable; int invar; int $var; int var_; String s = \"varied\"; }",
            "class A { java.lang.invoke.VarHandle h; }")) {
      assertFalse(SourceParser.mayHoldVar(text), text);
    }
    // The word in a comment or a string only costs the walk: the tree is the same.
    assertTrue(SourceParser.mayHoldVar("class A { String s = \"var\"; }"));
  }

  @Test
  void droppingTheTokensKeepsEveryPositionAndTheTree() {
    String text =
        "/** doc */ package p;\n// line\nclass A { /* block */ int f(int x) {\n"
            + "  return x /* inner */ + 1; } // trailing\n}\n";
    CompilationUnit unit = SourceParser.parse(text).getResult().orElseThrow();
    CompilationUnit original = SourceParser.parse(text).getResult().orElseThrow();
    List<String> before = positions(unit);
    SourceParser.dropTokens(unit);
    assertEquals(before, positions(unit));
    assertEquals(original, unit);
    assertEquals(original.getAllComments(), unit.getAllComments());
    unit.walk(n -> assertTrue(n.getTokenRange().isEmpty(), n + " keeps its tokens"));
    unit.getAllComments()
        .forEach(c -> assertTrue(c.getTokenRange().isEmpty(), c + " keeps its tokens"));
  }

  /** Each node and comment with its range, in walk order. */
  private static List<String> positions(CompilationUnit unit) {
    List<String> positions = new java.util.ArrayList<>();
    unit.walk(n -> positions.add(n.getClass().getSimpleName() + n.getRange()));
    unit.getAllComments().forEach(c -> positions.add(c.getContent() + c.getRange()));
    assertTrue(
        positions.stream().noneMatch(p -> p.endsWith("Optional.empty")), positions::toString);
    return positions;
  }

  @Test
  void sameTreesForTheCorpusAndTheReviewersOwnSources() throws IOException {
    List<Path> files;
    try (Stream<Path> walk =
        Stream.concat(
            Files.walk(ROOT.resolve("test-data")),
            Files.walk(ROOT.resolve("checker/reviewer/src/main/java")))) {
      files = walk.filter(p -> p.toString().endsWith(".java")).toList();
    }
    assertTrue(files.size() > 100, files.size() + " files");
    for (Path file : files) {
      String text = Files.readString(file);
      ParseResult<CompilationUnit> validated = SourceParser.parse(text);
      ParseResult<CompilationUnit> unvalidated = SourceParser.parseUnvalidated(text);
      assertTrue(validated.isSuccessful(), file + ": " + validated.getProblems());
      assertTrue(unvalidated.isSuccessful(), file + ": " + unvalidated.getProblems());
      CompilationUnit a = validated.getResult().orElseThrow();
      CompilationUnit b = unvalidated.getResult().orElseThrow();
      assertEquals(a, b, file.toString());
      assertEquals(UnitComments.of(a), UnitComments.of(b), file + ": comments");
    }
  }

  /**
   * Comments are where they are in the file, escapes or not: each kept comment's range, read from
   * the original text, is the comment as written (JavaParser maps only its nodes' ranges; a comment
   * after an escape on its line kept the translated text's columns).
   */
  @Test
  void commentsAfterUnicodeEscapesArePlacedInTheOriginalText() {
    String text =
        "class A {\n"
            + "  String s = \"\\u00e9\\u00e8\"; // SAFETY: after two escapes\n"
            + "  /* block \\u0041 */ int x; /** doc */ int y; // last\n"
            + "}\n";
    for (ParseResult<CompilationUnit> result :
        List.of(SourceParser.parse(text), SourceParser.parseUnvalidated(text))) {
      CompilationUnit unit = result.getResult().orElseThrow();
      List<String> read = new ArrayList<>();
      for (Comment comment : UnitComments.of(unit)) {
        Range range = comment.getRange().orElseThrow();
        String line = text.split("\n", -1)[range.begin.line - 1];
        read.add(line.substring(range.begin.column - 1, range.end.column));
      }
      read.sort(null);
      assertEquals(
          List.of("/* block \\u0041 */", "/** doc */", "// SAFETY: after two escapes", "// last"),
          read);
    }
  }
}
