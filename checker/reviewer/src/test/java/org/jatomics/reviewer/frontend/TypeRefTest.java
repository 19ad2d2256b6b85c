package org.jatomics.reviewer.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import org.jatomics.checker.model.FieldType;
import org.junit.jupiter.api.Test;

/**
 * The reviewer's resolved types: interning, arrays, primitives and their kinds, names, the unknown
 * type; and what the resolver answers with them for expressions of a parsed file.
 */
class TypeRefTest {

  @Test
  void sameNameIsSameInstance() {
    assertSame(TypeRef.of("java.lang.String"), TypeRef.of("java.lang.String"));
    assertSame(TypeRef.STRING, TypeRef.of("java.lang.String"));
    assertSame(TypeRef.of("int[][]"), TypeRef.of("int").arrayOf().arrayOf());
  }

  @Test
  void nullOrEmptyNameIsUnknown() {
    assertSame(TypeRef.UNKNOWN, TypeRef.of(null));
    assertSame(TypeRef.UNKNOWN, TypeRef.of(""));
    assertFalse(TypeRef.UNKNOWN.isKnown());
    assertEquals(null, TypeRef.UNKNOWN.qualifiedNameOrNull());
    assertEquals("<unknown>", TypeRef.UNKNOWN.toString());
    assertThrows(IllegalStateException.class, TypeRef.UNKNOWN::qualifiedName);
    assertThrows(IllegalStateException.class, TypeRef.UNKNOWN::simpleName);
  }

  @Test
  void unknownIsNeitherPrimitiveNorAKnownReferenceNorEqualToANamedType() {
    assertFalse(TypeRef.UNKNOWN.isPrimitive());
    assertFalse(TypeRef.UNKNOWN.isReference());
    assertFalse(TypeRef.UNKNOWN.isArray());
    assertFalse(TypeRef.UNKNOWN.is("java.lang.Object"));
    assertFalse(TypeRef.UNKNOWN.isJavaPlatform());
    assertSame(TypeRef.UNKNOWN, TypeRef.UNKNOWN.arrayOf());
    assertSame(TypeRef.UNKNOWN, TypeRef.UNKNOWN.componentType());
    // Every primitive is known, so a field of an unknown type is a reference field.
    assertEquals(FieldType.Kind.REFERENCE, TypeRef.UNKNOWN.kind());
  }

  @Test
  void primitivesHaveTheCoreModelsKinds() {
    assertEquals(FieldType.Kind.INT, TypeRef.of("int").kind());
    assertEquals(FieldType.Kind.LONG, TypeRef.of("long").kind());
    assertEquals(FieldType.Kind.BOOLEAN, TypeRef.of("boolean").kind());
    assertEquals(FieldType.Kind.DOUBLE, TypeRef.of("double").kind());
    assertTrue(TypeRef.of("char").isPrimitive());
    assertFalse(TypeRef.of("char").isReference());
    assertFalse(TypeRef.of("void").isPrimitive()); // not a type of values
    assertFalse(TypeRef.isPrimitiveName("Integer"));
  }

  @Test
  void arraysAreReferencesWithComponents() {
    TypeRef matrix = TypeRef.of("long[][]");
    assertTrue(matrix.isArray());
    assertTrue(matrix.isReference());
    assertFalse(matrix.isPrimitive());
    assertEquals(2, matrix.dimensions());
    assertEquals(FieldType.Kind.REFERENCE, matrix.kind());
    assertSame(TypeRef.of("long[]"), matrix.componentType());
    assertSame(TypeRef.of("long"), matrix.componentType().componentType());
    assertSame(TypeRef.UNKNOWN, TypeRef.of("long").componentType());
    assertEquals("long[][]", matrix.qualifiedName());
  }

  @Test
  void simpleNameDropsPackageAndEnclosingTypes() {
    assertEquals("Inner", TypeRef.of("p.Outer.Inner").simpleName());
    assertEquals("Inner[]", TypeRef.of("p.Outer.Inner[]").simpleName());
    assertEquals("Top", TypeRef.of("Top").simpleName());
    assertEquals("int", TypeRef.of("int").simpleName());
  }

  @Test
  void comparesWithQualifiedNames() {
    TypeRef handle = TypeRef.of("java.lang.invoke.VarHandle");
    assertTrue(handle.is("java.lang.invoke.VarHandle"));
    assertFalse(handle.is("VarHandle"));
    assertFalse(handle.arrayOf().is("java.lang.invoke.VarHandle"));
    assertTrue(handle.isJavaPlatform());
    assertTrue(TypeRef.of("javax.annotation.processing.Generated").isJavaPlatform());
    assertFalse(TypeRef.of("org.jatomics.raw.RawAtomics").isJavaPlatform());
  }

  @Test
  void rejectsDimensionsWithoutAnElement() {
    assertThrows(IllegalArgumentException.class, () -> TypeRef.of("[]"));
  }

  @Test
  void resolverAnswersWithTypeReferences() {
    CompilationUnit unit =
        StaticJavaParser.parse(
            """
            package p;

            import java.util.List;

            class Holder<T> {
              static class Node { Node next; }
              Node head;
              int[] counts;
              T item;

              void m(List<Node> nodes, String... names) {
                var text = "x";
                var first = counts[0];
                var link = head.next;
                var each = names;
                var generic = item;
                nodes.forEach(n -> n.next = null);
              }
            }
            """);
    TypeIndex index = new TypeIndex();
    index.add(unit);
    Resolver resolver = new Resolver(index, unit);
    assertSame(TypeRef.STRING, resolver.localType(local(unit, "text")));
    assertSame(TypeRef.of("int"), resolver.localType(local(unit, "first")));
    assertSame(TypeRef.of("p.Holder.Node"), resolver.localType(local(unit, "link")));
    assertSame(TypeRef.of("java.lang.String[]"), resolver.localType(local(unit, "each")));
    assertSame(TypeRef.UNKNOWN, resolver.localType(local(unit, "generic"))); // a type variable
    Expression nodes =
        unit.findFirst(
                com.github.javaparser.ast.expr.NameExpr.class,
                n -> n.getNameAsString().equals("nodes"))
            .orElseThrow();
    assertSame(TypeRef.of("java.util.List"), resolver.typeOf(nodes));
    assertSame(TypeRef.of("p.Holder.Node"), resolver.elementType(nodes));
  }

  @Test
  void staticImportsNameTheirOwnerTypes() {
    ImportScope scope =
        ImportScope.of(
            StaticJavaParser.parse(
                """
                import static org.jatomics.Ordering.RELAXED;
                import static java.lang.Math.*;
                class C {}
                """));
    assertSame(TypeRef.of("org.jatomics.Ordering"), scope.staticMembers().get("RELAXED"));
    assertEquals(java.util.List.of(TypeRef.of("java.lang.Math")), scope.staticOnDemand());
  }

  private static VariableDeclarator local(CompilationUnit unit, String name) {
    return unit.findFirst(VariableDeclarator.class, v -> v.getNameAsString().equals(name))
        .orElseThrow();
  }
}
