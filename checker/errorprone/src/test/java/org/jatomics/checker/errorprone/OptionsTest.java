package org.jatomics.checker.errorprone;

import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

/** The -XepOpt:Jatomics:... options. */
class OptionsTest {

  @Test
  void unsafeMethodsOptionAddsUnsafeOperations() {
    CompilationTestHelper.newInstance(MissingSafetyComment.class, getClass())
        .setArgs("-XepOpt:Jatomics:UnsafeMethods=p.Native#poke,p.Native#peek")
        .addSourceLines(
            "p/Native.java",
            "package p;",
            "class Native {",
            "  static void poke(long a) {}",
            "  static long peek(long a) { return 0; }",
            "  static long size() { return 0; }",
            "  void use() {",
            "    // BUG: Diagnostic contains: `Native.poke` is an unsafe operation: its caller must guarantee that the documented preconditions of p.Native#poke hold",
            "    poke(1);",
            "    // SAFETY: 1 is a valid address in the test's fake address space.",
            "    peek(1);",
            "    size();",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void withoutTheOptionTheSameCallsAreSafe() {
    CompilationTestHelper.newInstance(MissingSafetyComment.class, getClass())
        .addSourceLines(
            "p/Native.java",
            "package p;",
            "class Native {",
            "  static void poke(long a) {}",
            "  void use() { poke(1); }",
            "}")
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void fieldOffsetMethodsOptionRegistersFieldsForMixedAccessMode() {
    CompilationTestHelper.newInstance(MixedAccessMode.class, getClass())
        .setArgs("-XepOpt:Jatomics:FieldOffsetMethods=p.UnsafeAccess#fieldOffset")
        .addSourceLines(
            "p/UnsafeAccess.java",
            "package p;",
            "final class UnsafeAccess {",
            "  static long fieldOffset(Class<?> c, String name) { return 0; }",
            "}")
        .addSourceLines(
            "p/Queue.java",
            "package p;",
            "class Queue {",
            "  static final long PRODUCER_INDEX = UnsafeAccess.fieldOffset(Queue.class, \"producerIndex\");",
            "  long producerIndex;",
            "  long consumerIndex;",
            "  long size() {",
            "    // BUG: Diagnostic contains: `producerIndex` is accessed through a field-offset helper (line 3) and also read plainly here",
            "    return producerIndex - consumerIndex;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void varHandleFactoriesOptionRegistersFieldsForMixedAccessMode() {
    CompilationTestHelper.newInstance(MixedAccessMode.class, getClass())
        .setArgs("-XepOpt:Jatomics:VarHandleFactories=p.Handles#findVarHandle")
        .addSourceLines(
            "p/Handles.java",
            "package p;",
            "import java.lang.invoke.VarHandle;",
            "final class Handles {",
            "  static VarHandle findVarHandle(Class<?> owner, String name, Class<?> type) { return null; }",
            "}")
        .addSourceLines(
            "p/Gate.java",
            "package p;",
            "import java.lang.invoke.VarHandle;",
            "class Gate {",
            "  static final VarHandle OPEN = Handles.findVarHandle(Gate.class, \"open\", boolean.class);",
            "  boolean open;",
            "  boolean isOpen() {",
            "    // BUG: Diagnostic contains: `open` is accessed through a VarHandle factory (line 4) and also read plainly here",
            "    return open;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void malformedOptionIsReportedNotThrown(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    java.nio.file.Path file = dir.resolve("A.java");
    java.nio.file.Files.writeString(file, "package p;\nclass A {}\n");
    Compiler.Result result =
        Compiler.compile(java.util.List.of("-XepOpt:Jatomics:UnsafeMethods=NoHashHere"), file);
    org.junit.jupiter.api.Assertions.assertTrue(
        result.diagnostics().stream()
            .anyMatch(
                d ->
                    d.getMessage(java.util.Locale.ROOT)
                        .contains(
                            "option Jatomics:UnsafeMethods: 'NoHashHere' is not of the form fully.qualified.Type#method")),
        () -> "diagnostics: " + result.diagnostics());
  }

  /** A typo in an option key must fail the build, never switch the checks off silently. */
  @Test
  void unknownOrMalformedOptionsFailTheCompilationOnce(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
    java.nio.file.Path a =
        java.nio.file.Files.writeString(dir.resolve("A.java"), "package p;\nclass A {}\n");
    java.nio.file.Path b =
        java.nio.file.Files.writeString(dir.resolve("B.java"), "package p;\nclass B {}\n");
    for (String option :
        java.util.List.of(
            "-XepOpt:Jatomics:UnsafeMethod=p.A#f", "-XepOpt:Jatomics:DocsUrl=docs/checks")) {
      Compiler.Result result = Compiler.compile(java.util.List.of(option), a, b);
      java.util.List<String> errors =
          result.diagnostics().stream()
              .filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR)
              .map(d -> d.getMessage(java.util.Locale.ROOT))
              .toList();
      org.junit.jupiter.api.Assertions.assertEquals(1, errors.size(), option + ": " + errors);
      org.junit.jupiter.api.Assertions.assertTrue(
          errors
              .get(0)
              .contains(
                  option.startsWith("-XepOpt:Jatomics:UnsafeMethod=")
                      ? "unknown option Jatomics:UnsafeMethod; the jatomics options are Jatomics:UnsafeMethods,"
                          + " Jatomics:FieldOffsetMethods, Jatomics:VarHandleFactories, Jatomics:DocsUrl"
                      : "option Jatomics:DocsUrl: 'docs/checks' is not an absolute http(s) URL"),
          errors.get(0));
    }
  }

  @Test
  void docsUrlLinksDiagnosticsOnlyWhenSet(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    java.nio.file.Path file =
        java.nio.file.Files.writeString(
            dir.resolve("A.java"),
            "package p;\nclass A {\n  // SAFETY: nothing unsafe here\n  int x = 1;\n}\n");
    String linked =
        Compiler.compile(
                java.util.List.of("-XepOpt:Jatomics:DocsUrl=https://docs.example.org/jatomics"),
                file)
            .diagnostics()
            .toString();
    org.junit.jupiter.api.Assertions.assertTrue(
        linked.contains("https://docs.example.org/jatomics/UnnecessarySafetyComment.md"), linked);
    String plain = Compiler.compile(java.util.List.of(), file).diagnostics().toString();
    org.junit.jupiter.api.Assertions.assertTrue(
        plain.contains("[UnnecessarySafetyComment]"), plain);
    org.junit.jupiter.api.Assertions.assertFalse(plain.contains("http"), plain);
  }
}
