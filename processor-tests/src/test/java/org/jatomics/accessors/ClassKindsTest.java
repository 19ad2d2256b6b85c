package org.jatomics.accessors;

import static org.jatomics.Ordering.ACQUIRE;
import static org.jatomics.Ordering.CONSUME;
import static org.jatomics.Ordering.FULL;
import static org.jatomics.Ordering.RELAXED;
import static org.jatomics.Ordering.RELEASE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Accessors of fields in every kind of class the contract allows, and of odd but legal code:
 * nested, inner, interface-nested, enum, record, unusual names, deep generics, shadowing type
 * parameters, a class already named {@code ...Atomics}. Assignments to typed locals prove that the
 * generic accessors keep their type arguments.
 */
class ClassKindsTest {

  @Test
  void staticNestedClass() {
    Outer.Nested nested = new Outer.Nested();
    Outer_NestedAtomics.storeCount(nested, 1L << 40, RELEASE);
    assertEquals(1L << 40, Outer_NestedAtomics.fetchAddCount(nested, 1, FULL));
    assertEquals((1L << 40) + 1, Outer_NestedAtomics.loadCount(nested, ACQUIRE));
  }

  @Test
  void innerClassOfGenericClassKeepsBothTypeArguments() {
    Outer<StringBuilder> outer = new Outer<>();
    Outer<StringBuilder>.Inner<String> inner = outer.new Inner<>();
    Outer_InnerAtomics.storeMine(inner, "mine", RELEASE);
    String mine = Outer_InnerAtomics.loadMine(inner, ACQUIRE);
    assertEquals("mine", mine);
    StringBuilder shared = new StringBuilder("outer's");
    assertNull(Outer_InnerAtomics.xchgOuters(inner, shared, FULL));
    StringBuilder loaded = Outer_InnerAtomics.loadOuters(inner, CONSUME);
    assertSame(shared, loaded);
  }

  @Test
  void classNestedInAnInterface() {
    Outer.Holder.Impl impl = new Outer.Holder.Impl();
    assertEquals(0, Outer_Holder_ImplAtomics.cmpxchgX(impl, 0, 9, RELEASE));
    assertEquals(9, Outer_Holder_ImplAtomics.loadX(impl, RELAXED));
  }

  @Test
  void enumInstanceAndStaticFields() {
    assertEquals(0, ModeAtomics.fetchAddUses(Mode.ON, 1, RELAXED));
    assertEquals(0, ModeAtomics.loadUses(Mode.OFF, ACQUIRE), "each constant has its own field");
    assertSame(Mode.ON, ModeAtomics.cmpxchgCurrent(Mode.ON, Mode.OFF, FULL));
    Mode current = ModeAtomics.loadCurrent(ACQUIRE);
    assertSame(Mode.OFF, current);
    ModeAtomics.storeCurrent(Mode.ON, RELEASE);
  }

  @Test
  void recordStaticField() {
    Point origin = PointAtomics.loadOrigin(ACQUIRE);
    Point moved = new Point(1, 2);
    assertSame(origin, PointAtomics.cmpxchgOrigin(origin, moved, FULL));
    assertSame(moved, PointAtomics.xchgOrigin(origin, RELAXED));
  }

  @Test
  void oddFieldNames() {
    OddNames odd = new OddNames();
    OddNamesAtomics.store_int(odd, 1, RELEASE);
    OddNamesAtomics.storeDefault_(odd, 2, RELEASE);
    OddNamesAtomics.storeInt(odd, 3, RELEASE);
    OddNamesAtomics.storeGröße(odd, 4, RELEASE);
    OddNamesAtomics.storeÑandú(odd, 5, RELEASE);
    OddNamesAtomics.store$dollar(odd, 6, RELEASE);
    OddNamesAtomics.storeO(odd, 7, RELEASE);
    OddNamesAtomics.storeObj(odd, 8, RELEASE);
    OddNamesAtomics.storeLookup(odd, 9, RELEASE);
    OddNamesAtomics.storeHeadIndex(odd, 10, RELEASE);
    OddNamesAtomics.storeHead_index(odd, 11, RELEASE);
    assertEquals(1, odd._int);
    assertEquals(2, odd.default_);
    assertEquals(3, odd.Int);
    assertEquals(4, odd.größe);
    assertEquals(5, odd.ñandú);
    assertEquals(6, odd.$dollar);
    assertEquals(7, odd.o);
    assertEquals(8, odd.obj);
    assertEquals(9, odd.lookup);
    assertEquals(10, odd.headIndex, "headIndex and head_index have distinct handles");
    assertEquals(11, odd.head_index);
    OddNamesAtomics.storeClass(odd, 12, RELEASE);
    assertEquals(12, odd.Class);
    assertEquals(null, OddNamesAtomics.xchgString(odd, "s", FULL));
    assertEquals("s", odd.String);
    assertEquals(false, OddNamesAtomics.cmpxchgBoolean(odd, false, true, FULL));
    assertTrue(odd.Boolean);
    Object marker = new Object();
    OddNamesAtomics.storeOrdering(odd, marker, RELEASE);
    OddNamesAtomics.storeVarHandle(odd, "vh", RELEASE);
    assertSame(marker, OddNamesAtomics.loadOrdering(odd, ACQUIRE));
    assertEquals("vh", OddNamesAtomics.loadVarHandle(odd, ACQUIRE));
  }

  @Test
  void deeplyNestedGenericsKeepTheirTypes() {
    DeepGenerics<String, ArrayList<Map<String, Object>>> deep = new DeepGenerics<>();
    Map<String, List<Map<String, ? extends ArrayList<Map<String, Object>>>>> map = Map.of();
    assertNull(DeepGenericsAtomics.xchgMap(deep, map, FULL));
    Map<String, List<Map<String, ? extends ArrayList<Map<String, Object>>>>> back =
        DeepGenericsAtomics.loadMap(deep, ACQUIRE);
    assertSame(map, back);
    ArrayList<Map<String, Object>> v = new ArrayList<>();
    DeepGenericsAtomics.storeV(deep, v, RELEASE);
    ArrayList<Map<String, Object>> loadedV = DeepGenericsAtomics.loadV(deep, ACQUIRE);
    assertSame(v, loadedV);
    String[] keys = {"k"};
    assertNull(DeepGenericsAtomics.cmpxchgKeys(deep, null, keys, RELEASE));
    String[] loadedKeys = DeepGenericsAtomics.loadKeys(deep, RELAXED);
    assertArrayEquals(keys, loadedKeys);
  }

  @Test
  void typeParametersNamedLikeTheGeneratedCodesTypes() {
    Shadowing<String, Integer, StringBuilder> s = new Shadowing<>();
    ShadowingAtomics.storeOrdering(s, "ordering", RELEASE);
    String ordering = ShadowingAtomics.loadOrdering(s, ACQUIRE);
    assertEquals("ordering", ordering);
    Integer handle = ShadowingAtomics.xchgHandle(s, 5, FULL);
    assertNull(handle);
  }

  @Test
  void aClassAlreadyNamedAtomicsGetsAtomicsAtomics() {
    QueueAtomics q = new QueueAtomics();
    assertEquals(0, QueueAtomicsAtomics.fetchAddN(q, 5, FULL));
    assertEquals(5, QueueAtomicsAtomics.loadN(q, ACQUIRE));
  }

  @Test
  void nullObjectThrowsNullPointerException() {
    org.junit.jupiter.api.Assertions.assertThrows(
        NullPointerException.class, () -> Outer_NestedAtomics.loadCount(null, ACQUIRE));
    org.junit.jupiter.api.Assertions.assertThrows(
        NullPointerException.class, () -> Outer_NestedAtomics.fetchAddCount(null, 1, FULL));
  }

  @Test
  void generatedClassShape() throws ReflectiveOperationException {
    for (Class<?> generated :
        List.of(AllTypesAtomics.class, Outer_InnerAtomics.class, ModeAtomics.class)) {
      assertTrue(Modifier.isFinal(generated.getModifiers()), generated + " is final");
      assertTrue(
          Modifier.isPrivate(generated.getDeclaredConstructor().getModifiers()),
          generated + " has a private constructor");
      for (Method method : generated.getDeclaredMethods()) {
        assertTrue(Modifier.isStatic(method.getModifiers()), method + " is static");
      }
      for (java.lang.reflect.Field field : generated.getDeclaredFields()) {
        if (field.getType() == java.lang.invoke.VarHandle.class) {
          field.setAccessible(true);
          assertTrue(
              ((java.lang.invoke.VarHandle) field.get(null)).hasInvokeExactBehavior(),
              field + " fails loudly on an inexact invocation");
        }
      }
      long handles =
          java.util.Arrays.stream(generated.getDeclaredFields())
              .filter(f -> f.getType() == java.lang.invoke.VarHandle.class)
              .peek(
                  f ->
                      assertTrue(
                          Modifier.isPrivate(f.getModifiers())
                              && Modifier.isStatic(f.getModifiers())
                              && Modifier.isFinal(f.getModifiers()),
                          f + " is private static final"))
              .count();
      assertTrue(handles > 0);
    }
  }
}
