package org.jatomics.reviewer.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jatomics.checker.Config;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The first pass's summary of a file and the decision whether the second pass needs it. */
class RelevanceTest {
  private static final Set<String> LOCAL = Relevance.localNames(Config.DEFAULT);

  private static Relevance.Summary summary(String text) {
    return Relevance.summarize(Sources.parse(text), LOCAL);
  }

  private static boolean needsAnalysis(String file, String... others) {
    TypeIndex index = new TypeIndex();
    index.add(Sources.parse(file));
    for (String other : others) {
      index.add(Sources.parse(other));
    }
    return Relevance.of(index).needsAnalysis(summary(file));
  }

  @Test
  void ordinaryCodeIsNotRelevantAndKeepsItsNames() {
    Relevance.Summary s =
        summary("package p; class Plain { int count; int get() { return count + 1; } }");
    assertFalse(s.relevant());
    assertTrue(java.util.Arrays.binarySearch(s.names(), "count".hashCode()) >= 0);
    assertTrue(java.util.Arrays.binarySearch(s.names(), "Plain".hashCode()) >= 0);
    assertFalse(java.util.Arrays.binarySearch(s.names(), "missing".hashCode()) >= 0);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "class A { java.lang.invoke.VarHandle h; }",
        "class A { Object u = sun.misc.Unsafe.getUnsafe(); }",
        "class A { Object f() { return java.util.concurrent.atomic.AtomicLongFieldUpdater.newUpdater(A.class, \"x\"); } volatile long x; }",
        "class A { void f(java.lang.foreign.MemorySegment s) { s.reinterpret(8); } }",
        "class A { void f() { System.loadLibrary(\"z\"); } }",
        "class A { @org.jatomics.annotations.Atomic long x; }",
        "import org.jatomics.annotations.SafetyContract; class A {}",
        "class A { void f() { QueueAtomics.loadHead(this, null); } }",
        "class A { void f(Object l) { l.varHandle(); } }",
        "class A { void f() { // SAFETY: fine\n } }",
        "class A { /* Safety: the index is in bounds */ }",
        "class A { int \\u0061b; }",
      })
  void localTriggersMakeAFileRelevant(String text) {
    assertTrue(summary(text).relevant(), text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "class A { /** Thread safety: none. */ void f() {} }",
        "class A { /* the safety of this (no tag) */ }",
        "class A { String s = \"\\u0041 SAFETY: in a string\"; }",
        "class A { // a \\u000a comment: the rules read comments as written, as JavaParser does\n }",
        "class A { Atomics a; }",
        "class A { void f() { java.util.Map<String, Integer> m = null; m.get(\"k\"); } }",
      })
  void otherTextDoesNot(String text) {
    assertFalse(summary(text).relevant(), text);
  }

  @Test
  void configuredMethodsAreLocalTriggers() {
    Config config =
        Config.parse(
            key ->
                key.equals(Config.UNSAFE_METHODS)
                    ? Optional.of("p.Native#peek")
                    : Optional.empty());
    Set<String> local = Relevance.localNames(config);
    assertTrue(local.contains("peek"));
    assertTrue(local.contains("Native"));
    assertTrue(
        Relevance.summarize(
                Sources.parse("class A { long f() { return p.Native.peek(8); } }"), local)
            .relevant());
  }

  @Test
  void globalNamesComeFromTheIndex() {
    String reader = "package p; class Reader { long f(Counter c) { return c.count; } }";
    assertTrue(
        needsAnalysis(
            reader, "package p; class Counter { @org.jatomics.annotations.Atomic long count; }"));
    assertTrue(
        needsAnalysis(
            reader,
            "package p; import org.jatomics.annotations.Consume; class Counter { @Consume long count; }"));
    assertTrue(
        needsAnalysis(
            reader,
            "package p; class Counter { @org.jatomics.annotations.SafetyContract(\"x\") static long count; }"));
    assertTrue(
        needsAnalysis(
            reader,
            "package p; class Counter { java.util.List<java.lang.invoke.VarHandle> count; }"));
    assertTrue(
        needsAnalysis(
            reader,
            "package p; class Counter { static sun.misc.Unsafe count() { return null; } }"));
    assertTrue(
        needsAnalysis(
            reader,
            "package p; class Counter { @org.jatomics.annotations.SafetyContract(\"x\") void count() {} }"));
    assertFalse(needsAnalysis(reader, "package p; class Counter { volatile long count; }"));
    assertFalse(needsAnalysis(reader, "package p; class Counter { long count() { return 0; } }"));
  }

  @Test
  void aContractConstructorMakesItsTypeNameGlobal() {
    String maker = "package p; class Maker { Object f() { return new Resource(); } }";
    assertTrue(
        needsAnalysis(
            maker,
            "package p; class Resource { @org.jatomics.annotations.SafetyContract(\"open\") Resource() {} }"));
    assertFalse(needsAnalysis(maker, "package p; class Resource { Resource() {} }"));
  }

  @Test
  void typeTextsAreSplitIntoNames() {
    assertTrue(
        Relevance.mentionsReceiverType("java.util.Map<String, java.lang.invoke.VarHandle[]>"));
    assertTrue(Relevance.mentionsReceiverType("sun.misc.Unsafe"));
    assertFalse(Relevance.mentionsReceiverType("VarHandles"));
    assertFalse(Relevance.mentionsReceiverType("MyUnsafeHelper"));
  }

  /**
   * The resolver asks the JDK for the declared types of members: every JDK method or field declared
   * as a {@code VarHandle} or an {@code Unsafe} must be a local trigger, or a file reaching one
   * without naming the type would be skipped.
   */
  @Test
  void everyJdkMemberYieldingAReceiverTypeIsALocalTrigger() throws IOException {
    Set<String> missing = new TreeSet<>();
    int scanned = 0;
    for (ModuleReference module : ModuleFinder.ofSystem().findAll()) {
      try (ModuleReader reader = module.open();
          Stream<String> names = reader.list()) {
        for (String name : (Iterable<String>) names::iterator) {
          if (!name.endsWith(".class") || name.contains("-") || !isJdkName(name)) {
            continue;
          }
          Class<?> type;
          try {
            type =
                Class.forName(
                    name.substring(0, name.length() - 6).replace('/', '.'),
                    false,
                    ClassLoader.getPlatformClassLoader());
          } catch (ClassNotFoundException | LinkageError e) {
            continue;
          }
          if (!Modifier.isPublic(type.getModifiers())) {
            continue;
          }
          scanned++;
          try {
            for (Method m : type.getMethods()) {
              if (isReceiverType(m.getReturnType()) && !LOCAL.contains(m.getName())) {
                missing.add(type.getName() + "#" + m.getName());
              }
            }
            for (Field f : type.getFields()) {
              if (isReceiverType(f.getType()) && !LOCAL.contains(f.getName())) {
                missing.add(type.getName() + "." + f.getName());
              }
            }
          } catch (LinkageError e) {
            // a type whose members cannot be loaded here is not one the resolver can ask about
          }
        }
      }
    }
    assertTrue(scanned > 1000, "scanned only " + scanned + " JDK types");
    assertEquals(Set.of(), missing);
  }

  private static boolean isJdkName(String resource) {
    return resource.startsWith("java/")
        || resource.startsWith("javax/")
        || resource.startsWith("sun/misc/");
  }

  private static boolean isReceiverType(Class<?> type) {
    while (type.isArray()) {
      type = type.getComponentType();
    }
    return Relevance.mentionsReceiverType(type.getSimpleName());
  }
}
