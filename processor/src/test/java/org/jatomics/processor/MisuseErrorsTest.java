package org.jatomics.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Every misuse is a compile error at the offending element (file, line and column), with a message
 * that says what to do, and nothing is generated for the class.
 */
class MisuseErrorsTest {

  private static JavaFileObject source(String qualifiedName, String... lines) {
    return JavaFileObjects.forSourceLines(qualifiedName, lines);
  }

  /** {@code p.C} with these members, the first on line 4. */
  private static JavaFileObject classC(String... members) {
    String[] lines = new String[members.length + 4];
    lines[0] = "package p;";
    lines[1] = "import org.jatomics.annotations.Atomic; import org.jatomics.annotations.Consume;";
    lines[2] = "class C {";
    System.arraycopy(members, 0, lines, 3, members.length);
    lines[lines.length - 1] = "}";
    return source("p.C", lines);
  }

  /** Asserts exactly one error, containing {@code message}, at {@code line}:{@code column}. */
  private static void assertOneError(
      JavaFileObject file, int line, int column, String message, JavaFileObject... others) {
    JavaFileObject[] all = new JavaFileObject[others.length + 1];
    all[0] = file;
    System.arraycopy(others, 0, all, 1, others.length);
    Compilation compilation = GoldenSourceTest.compile(all);
    assertThat(compilation).failed();
    assertEquals(1, compilation.errors().size(), () -> compilation.errors().toString());
    assertThat(compilation)
        .hadErrorContaining(message)
        .inFile(file)
        .onLineContaining(lineText(file, line));
    Diagnostic<? extends JavaFileObject> error = compilation.errors().get(0);
    assertEquals(line, error.getLineNumber(), "line");
    assertEquals(column, error.getColumnNumber(), "column");
  }

  private static String lineText(JavaFileObject file, int line) {
    try {
      return file.getCharContent(true).toString().split("\n", -1)[line - 1].strip();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void finalField() {
    JavaFileObject file = classC("  @Atomic final int x = 0;");
    assertOneError(
        file,
        4,
        21,
        "@Atomic on final field 'x': a final field cannot be written atomically; remove 'final'");
  }

  @Test
  void interfaceField() {
    JavaFileObject file =
        source(
            "p.I",
            "package p;",
            "import org.jatomics.annotations.Atomic;",
            "interface I {",
            "  @Atomic int X = 1;",
            "}");
    assertOneError(
        file,
        4,
        15,
        "@Atomic on field 'X' of interface I: interface fields are implicitly static and final");
  }

  @Test
  void consumeWithoutAtomic() {
    JavaFileObject file = classC("  Object a;", "  @Consume Object head;");
    assertOneError(file, 5, 19, "@Consume without @Atomic on 'head'");
  }

  @Test
  void accessorNamesCollide() {
    JavaFileObject file = classC("  @Atomic int x;", "  @Atomic long X;");
    assertOneError(file, 5, 16, "the accessors of @Atomic field 'X' would be named loadX, storeX");
  }

  @Test
  void generatedClassNameAlreadyExists() {
    JavaFileObject queue =
        source(
            "p.Queue",
            "package p;",
            "import org.jatomics.annotations.Atomic;",
            "public class Queue {",
            "  @Atomic int size;",
            "}");
    JavaFileObject existing =
        source("p.QueueAtomics", "package p;", "public class QueueAtomics {}");
    assertOneError(queue, 3, 8, "the class p.QueueAtomics already exists", existing);
  }

  @Test
  void twoClassesWouldGenerateTheSameName() {
    JavaFileObject nested =
        source(
            "p.Outer",
            "package p;",
            "import org.jatomics.annotations.Atomic;",
            "class Outer {",
            "  static class Inner {",
            "    @Atomic int a;",
            "  }",
            "}");
    JavaFileObject flat =
        source(
            "p.Outer_Inner",
            "package p;",
            "import org.jatomics.annotations.Atomic;",
            "class Outer_Inner {",
            "  @Atomic int b;",
            "}");
    Compilation compilation = GoldenSourceTest.compile(nested, flat);
    assertThat(compilation).failed();
    assertEquals(1, compilation.errors().size(), () -> compilation.errors().toString());
    assertThat(compilation)
        .hadErrorContaining(
            "the accessor class p.Outer_InnerAtomics of p.Outer_Inner would have"
                + " the same name as that of p.Outer.Inner; rename one of the two classes")
        .inFile(flat)
        .onLine(3);
  }

  @Test
  void localClass() {
    JavaFileObject file =
        classC("  void m() {", "    class Local {", "      @Atomic int x;", "    }", "  }");
    assertOneError(
        file,
        6,
        19,
        "@Atomic field 'x' is in a local or anonymous class: the generated accessor class is a"
            + " top-level class and cannot name it; move the class to a member or top-level class");
  }

  /** A member {@code @Atomic} field beside the local one must not keep the check from running. */
  @Test
  void localClassBesideAMemberField() {
    JavaFileObject file =
        classC(
            "  @Atomic int member;",
            "  Runnable r = () -> {",
            "    class Local {",
            "      @Atomic int x;",
            "    }",
            "  };");
    assertOneError(file, 7, 19, "@Atomic field 'x' is in a local or anonymous class");
  }

  @Test
  void anonymousClassInAFieldInitializerWithQualifiedAnnotation() {
    JavaFileObject file =
        source(
            "p.C",
            "package p;",
            "class C {",
            "  Object o = new Object() {",
            "    @org.jatomics.annotations.Atomic long y;",
            "  };",
            "}");
    assertOneError(file, 4, 43, "@Atomic field 'y' is in a local or anonymous class");
  }

  @Test
  void enumConstantBody() {
    JavaFileObject file =
        source(
            "p.E",
            "package p;",
            "import org.jatomics.annotations.*;",
            "enum E {",
            "  A {",
            "    @Atomic int z;",
            "  };",
            "}");
    assertOneError(file, 5, 17, "@Atomic field 'z' is in a local or anonymous class");
  }

  @Test
  void recordComponent() {
    JavaFileObject file =
        source(
            "p.R",
            "package p;",
            "import org.jatomics.annotations.Atomic;",
            "record R(@Atomic int count) {}");
    assertOneError(
        file, 3, 22, "@Atomic on record component 'count' of R: the fields of a record are final");
  }

  @Test
  void enumConstant() {
    JavaFileObject file =
        source(
            "p.E",
            "package p;",
            "import org.jatomics.annotations.Atomic;",
            "enum E {",
            "  @Atomic A",
            "}");
    assertOneError(file, 4, 3, "@Atomic on enum constant 'A': enum constants are final");
  }

  @Test
  void privateNestedClass() {
    JavaFileObject file = classC("  private static class Hidden {", "    @Atomic int x;", "  }");
    assertOneError(
        file,
        4,
        18,
        "class 'Hidden' is private, so the generated class C_HiddenAtomics"
            + " cannot name it; make Hidden package-private");
  }

  @Test
  void fieldTypeTheGeneratedCodeCannotName() {
    JavaFileObject file =
        source(
            "p.C",
            "package p;",
            "import java.util.List;",
            "import org.jatomics.annotations.Atomic;",
            "class C {",
            "  private static class Node {}",
            "  @Atomic List<Node> nodes;",
            "}");
    assertOneError(
        file,
        6,
        22,
        "the type of @Atomic field 'nodes' mentions p.C.Node, which code in"
            + " package 'p' cannot name");
  }

  @Test
  void internalFailureIsOneErrorNamingTheClassNotACrash() {
    JavaFileObject file = classC("  @Atomic int x;");
    Compilation compilation =
        com.google.testing.compile.Compiler.javac()
            .withProcessors(
                new AtomicsProcessor(
                    model -> {
                      throw new IllegalStateException("writer bug");
                    }))
            .compile(file);
    assertThat(compilation).failed();
    assertEquals(1, compilation.errors().size());
    assertThat(compilation)
        .hadErrorContaining(
            "internal error in the jatomics processor while generating the"
                + " accessors of p.C: java.lang.IllegalStateException: writer bug")
        .inFile(file)
        .onLine(3);
  }

  @Test
  void validClassesStillGenerateBesideAnInvalidOne() {
    JavaFileObject bad =
        source(
            "p.Bad",
            "package p;",
            "import org.jatomics.annotations.Atomic;",
            "class Bad {",
            "  @Atomic final int x = 0;",
            "}");
    JavaFileObject good =
        source(
            "p.Good",
            "package p;",
            "import org.jatomics.annotations.Atomic;",
            "class Good {",
            "  @Atomic int y;",
            "}");
    JavaFileObject user =
        source(
            "p.User",
            "package p;",
            "class User {",
            "  int y(Good g) { return GoodAtomics.loadY(g, org.jatomics.Ordering.ACQUIRE); }",
            "}");
    Compilation compilation = GoldenSourceTest.compile(bad, good, user);
    assertThat(compilation).failed();
    // only Bad's error: GoodAtomics exists (User compiles against it), and no follow-on errors
    assertEquals(1, compilation.errors().size(), () -> compilation.errors().toString());
    assertThat(compilation).hadErrorContaining("@Atomic on final field 'x'").inFile(bad).onLine(4);
  }
}
