package org.jatomics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.StringWriter;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The ordering restrictions users rely on: a wrong ordering is a compile error. */
class OrderingTest {

  /** A user-side API shaped like the generated accessors. */
  private static final String API =
      """
      import static org.jatomics.Ordering.*;
      import org.jatomics.Ordering;
      class Use {
        static int load(Ordering.AcquireOrRelaxed o) { return 0; }
        static void store(int v, Ordering.ReleaseOrRelaxed o) {}
        static int xchg(int v, Ordering o) { return 0; }
        void run() { %s; }
      }
      """;

  @ParameterizedTest(name = "{0} compiles: {1}")
  @CsvSource({
    "load(RELAXED), true",
    "load(ACQUIRE), true",
    "load(CONSUME), true",
    "load(RELEASE), false",
    "load(FULL), false",
    "'store(1, RELAXED)', true",
    "'store(1, RELEASE)', true",
    "'store(1, ACQUIRE)', false",
    "'store(1, CONSUME)', false",
    "'store(1, FULL)', false",
    "'xchg(1, RELAXED)', true",
    "'xchg(1, ACQUIRE)', true",
    "'xchg(1, CONSUME)', true",
    "'xchg(1, RELEASE)', true",
    "'xchg(1, FULL)', true",
  })
  void orderingsAcceptedPerOperation(String call, boolean compiles) {
    List<Diagnostic<? extends JavaFileObject>> errors = compile(String.format(API, call));
    if (compiles) {
      assertTrue(errors.isEmpty(), () -> call + " should compile but got " + errors);
    } else {
      assertFalse(errors.isEmpty(), call + " must not compile");
      assertTrue(
          errors.get(0).getMessage(Locale.ROOT).contains("incompatible types"),
          () -> "unexpected error for " + call + ": " + errors);
    }
  }

  @Test
  void constantsHaveTheRestrictedTypesTheContractNames() {
    assertTrue(Ordering.RELAXED instanceof Ordering.AcquireOrRelaxed);
    assertTrue(Ordering.RELAXED instanceof Ordering.ReleaseOrRelaxed);
    assertTrue(Ordering.ACQUIRE instanceof Ordering.AcquireOrRelaxed);
    assertTrue(Ordering.CONSUME instanceof Ordering.AcquireOrRelaxed);
    assertTrue(Ordering.RELEASE instanceof Ordering.ReleaseOrRelaxed);
    Ordering full = Ordering.FULL;
    assertFalse(full instanceof Ordering.AcquireOrRelaxed);
    assertFalse(full instanceof Ordering.ReleaseOrRelaxed);
    Ordering release = Ordering.RELEASE;
    assertFalse(release instanceof Ordering.AcquireOrRelaxed);
    Ordering acquire = Ordering.ACQUIRE;
    assertFalse(acquire instanceof Ordering.ReleaseOrRelaxed);
  }

  @Test
  void orderingsCannotBeExtendedOrInstantiatedByUsers() {
    List<Diagnostic<? extends JavaFileObject>> subclass =
        compile("class Mine implements org.jatomics.Ordering {}");
    assertFalse(subclass.isEmpty(), "Ordering is sealed");
    List<Diagnostic<? extends JavaFileObject>> instance =
        compile("class Mine { Object o = new org.jatomics.Ordering.Relaxed(); }");
    assertFalse(instance.isEmpty(), "orderings are singletons");
  }

  @Test
  void namesPrintAsUsersWriteThem() {
    assertEquals("RELAXED", Ordering.RELAXED.toString());
    assertEquals("ACQUIRE", Ordering.ACQUIRE.toString());
    assertEquals("CONSUME", Ordering.CONSUME.toString());
    assertEquals("RELEASE", Ordering.RELEASE.toString());
    assertEquals("FULL", Ordering.FULL.toString());
  }

  private static List<Diagnostic<? extends JavaFileObject>> compile(String source) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    String name = source.contains("class Use") ? "Use" : "Mine";
    JavaFileObject file =
        new SimpleJavaFileObject(
            URI.create("string:///" + name + ".java"), JavaFileObject.Kind.SOURCE) {
          @Override
          public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return source;
          }
        };
    String classes =
        new File(Ordering.class.getProtectionDomain().getCodeSource().getLocation().getPath())
            .getPath();
    List<String> options =
        List.of("-classpath", classes, "-d", System.getProperty("java.io.tmpdir"), "-proc:none");
    boolean ok =
        javac.getTask(new StringWriter(), null, diagnostics, options, null, List.of(file)).call();
    List<Diagnostic<? extends JavaFileObject>> errors =
        diagnostics.getDiagnostics().stream()
            .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
            .toList();
    assertEquals(ok, errors.isEmpty());
    return errors;
  }
}
