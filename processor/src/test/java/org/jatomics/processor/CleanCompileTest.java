package org.jatomics.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Odd but legal code whose generated accessors must compile without a single warning under {@code
 * --release 17 -Xlint:all -Werror}: each case once triggered, or could trigger, a lint category or
 * a name clash in generated code.
 */
class CleanCompileTest {

  private static void assertCompilesCleanly(JavaFileObject... sources) {
    Compilation compilation = GoldenSourceTest.compile(sources);
    assertThat(compilation).succeededWithoutWarnings();
  }

  private static JavaFileObject source(String name, String... lines) {
    return JavaFileObjects.forSourceLines(name, lines);
  }

  @Test
  void deprecatedClassAndDeprecatedFieldType() {
    assertCompilesCleanly(
        source("p.Old", "package p;", "@Deprecated(forRemoval = true) public class Old {}"),
        source(
            "p.Legacy",
            "package p;",
            "import org.jatomics.annotations.Atomic;",
            "@Deprecated",
            "public class Legacy {",
            "  @SuppressWarnings(\"removal\") @Atomic Old old;",
            "  @Atomic int count;",
            "}"),
        source(
            "p.UsesOld",
            "package p;",
            "import org.jatomics.annotations.Atomic;",
            "class UsesOld {",
            "  @SuppressWarnings(\"removal\") @Atomic Old old;",
            "}"));
  }

  @Test
  void rawTypeField() {
    assertCompilesCleanly(
        source(
            "p.Raw",
            "package p;",
            "import java.util.List;",
            "import org.jatomics.annotations.Atomic;",
            "class Raw {",
            "  @SuppressWarnings(\"rawtypes\") @Atomic List list;",
            "}"));
  }

  @Test
  void packageTypesNamedLikeJavaLangTypesTheGeneratedCodeUses() {
    assertCompilesCleanly(
        source("p.RuntimeException", "package p;", "class RuntimeException {}"),
        source("p.NullPointerException", "package p;", "class NullPointerException {}"),
        source("p.Objects", "package p;", "class Objects {}"),
        source(
            "p.VarHandle",
            "package p;",
            "import org.jatomics.annotations.Atomic;",
            "class VarHandle {",
            "  @Atomic Objects objects;",
            "  @Atomic RuntimeException exception;",
            "}"));
  }

  @Test
  void classNamedOrderingWithTypeVariablesShadowingEverything() {
    assertCompilesCleanly(
        source(
            "p.Ordering",
            "package p;",
            "import org.jatomics.annotations.Atomic;",
            "class Ordering<MethodHandles, Generated extends Comparable<Generated>> {",
            "  @Atomic MethodHandles handles;",
            "  @Atomic Generated generated;",
            "  @Atomic int lookup;",
            "}"));
  }

  @Test
  void recursiveBoundsWildcardsAndGenericArrays() {
    assertCompilesCleanly(
        source(
            "p.Graph",
            "package p;",
            "import java.util.*;",
            "import org.jatomics.annotations.Atomic;",
            "public class Graph<N extends Comparable<? super N>, E extends Map.Entry<N, ? extends"
                + " N>> {",
            "  @Atomic Map<N, List<? extends Set<E>>> adjacency;",
            "  @Atomic N[] nodes;",
            "  @Atomic List<? super E>[] buckets;",
            "  public class Walker<S extends Deque<N>> {",
            "    @Atomic S stack;",
            "    @Atomic E edge;",
            "  }",
            "}"));
  }

  @Test
  void staticFieldsOfARecordAndAnEnumInAnInterface() {
    assertCompilesCleanly(
        source(
            "p.Shapes",
            "package p;",
            "import org.jatomics.annotations.Atomic;",
            "public interface Shapes {",
            "  record Square(int side) {",
            "    @Atomic static Square largest;",
            "  }",
            "  enum Kind {",
            "    ROUND, SQUARE;",
            "    @Atomic long made;",
            "  }",
            "}"));
  }

  @Test
  void defaultPackage() {
    assertCompilesCleanly(
        source(
            "Counter",
            "import org.jatomics.annotations.Atomic;",
            "class Counter {",
            "  @Atomic private static long total;",
            "  @Atomic private int count;",
            "}"));
  }

  @Test
  void generatedJavadocPassesDoclint() {
    JavaFileObject documented =
        source(
            "p.Doc",
            "package p;",
            "import java.util.List;",
            "import org.jatomics.annotations.Atomic;",
            "/**",
            " * Documented.",
            " *",
            " * @param <T> the type",
            " */",
            "public class Doc<T extends CharSequence> {",
            "  /** Constructor. */",
            "  public Doc() {}",
            "  /** V. */",
            "  @Atomic private T value;",
            "  /** C. */",
            "  @Atomic int count;",
            "  /** S. */",
            "  @Atomic static long total;",
            "  /** L. */",
            "  @Atomic List<String> names;",
            "  /**",
            "   * Inner.",
            "   *",
            "   * @param <U> u",
            "   */",
            "  public class Inner<U> {",
            "    /** Constructor. */",
            "    public Inner() {}",
            "    /** U. */",
            "    @Atomic U u;",
            "  }",
            "}");
    Compilation compilation =
        javac()
            .withProcessors(new LocalClassProcessor(), new AtomicsProcessor())
            .withOptions("--release", "17", "-Xlint:all", "-Xdoclint:all", "-Werror")
            .compile(documented);
    assertThat(compilation).succeededWithoutWarnings();
  }
}
