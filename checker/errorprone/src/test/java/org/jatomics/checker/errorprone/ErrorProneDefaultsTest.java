package org.jatomics.checker.errorprone;

import com.google.errorprone.CompilationTestHelper;
import com.google.errorprone.bugpatterns.UnusedVariable;
import org.junit.jupiter.api.Test;

/**
 * jatomics code stays clean under Error Prone's own default checks: a private {@code @Atomic} field
 * that only its generated accessors touch (through a {@code VarHandle}) is not "unused".
 */
class ErrorProneDefaultsTest {
  private final CompilationTestHelper unusedVariable =
      CompilationTestHelper.newInstance(UnusedVariable.class, getClass())
          .setArgs(Sources.PROCESSOR_ARGS);

  @Test
  void privateAtomicFieldUsedOnlyThroughAccessorsIsNotUnused() {
    unusedVariable
        .addSourceLines(
            "p/Counter.java",
            "package p;",
            "import static org.jatomics.Ordering.FULL;",
            "import org.jatomics.annotations.Atomic;",
            "public final class Counter {",
            "  @Atomic private long hits;",
            "  public long hit() { return CounterAtomics.fetchAddHits(this, 1L, FULL); }",
            "}")
        .doTest();
  }

  @Test
  void anUnannotatedUnusedFieldIsStillReported() {
    unusedVariable
        .addSourceLines(
            "p/Counter.java",
            "package p;",
            "public final class Counter {",
            "  // BUG: Diagnostic contains: UnusedVariable",
            "  private long hits;",
            "}")
        .doTest();
  }
}
