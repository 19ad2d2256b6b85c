package org.jatomics.reviewer.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The index answers for its current content: what it remembers ({@link TypeIndex#superTypesOf})
 * follows the changes the language server makes as files change.
 */
class TypeIndexTest {
  @Test
  void supertypesFollowTheIndexAsFilesChange() {
    TypeIndex index = new TypeIndex();
    index.add(Sources.parse("package p; class A extends Base implements Marker {}"));
    TypeRef a = TypeRef.of("p.A");
    // Neither supertype is declared anywhere yet: both left out (and the answer remembered).
    assertEquals(List.of(), index.superTypesOf(a));

    index.add(Sources.parse("package p; class Base {}"));
    assertEquals(List.of(TypeRef.of("p.Base")), index.superTypesOf(a));

    TypeIndex marker = new TypeIndex();
    marker.add(Sources.parse("package p; interface Marker {}"));
    index.addAll(marker);
    assertEquals(List.of(TypeRef.of("p.Base"), TypeRef.of("p.Marker")), index.superTypesOf(a));

    index.remove(List.of("p.Base"));
    assertEquals(List.of(TypeRef.of("p.Marker")), index.superTypesOf(a));
  }

  @Test
  void contractMethodNamesFollowTheIndexAsFilesChange() {
    TypeIndex index = new TypeIndex();
    index.add(Sources.parse("package p; class A { void peek(long a) {} }"));
    assertFalse(index.mayHaveSafetyContract("peek"));

    index.add(
        Sources.parse(
            "package q; import org.jatomics.annotations.SafetyContract;"
                + " class B { @SafetyContract(\"a is live\") void peek(long a) {}"
                + " @org.jatomics.annotations.SafetyContract(\"b\") void poke() {} }"));
    assertTrue(index.mayHaveSafetyContract("peek"));
    assertTrue(index.mayHaveSafetyContract("poke"));
    assertFalse(index.mayHaveSafetyContract("get"));

    index.remove(List.of("q.B"));
    assertFalse(index.mayHaveSafetyContract("peek"));
  }
}
