package org.jatomics.checker.errorprone;

import com.google.errorprone.BugCheckerRefactoringTestHelper;
import com.google.errorprone.bugpatterns.BugChecker;
import org.junit.jupiter.api.Test;

/**
 * The suggested fixes of every check, applied by Error Prone's refactoring helper (its default
 * TEXT_MATCH mode: the output text, comments included, after formatting).
 */
class FixesTest {

  private BugCheckerRefactoringTestHelper helper(Class<? extends BugChecker> check) {
    return BugCheckerRefactoringTestHelper.newInstance(check, getClass())
        .setArgs(Sources.PROCESSOR_ARGS);
  }

  @Test
  void compoundUpdateWithoutFetchAddBecomesCmpxchgLoop() {
    helper(NonAtomicAccess.class)
        .addInputLines(
            "p/Gauge.java",
            "package p;",
            "import org.jatomics.annotations.Atomic;",
            "class Gauge {",
            "  @Atomic double level;",
            "  void scale(Gauge g, double factor) {",
            "    g.level *= factor;",
            "  }",
            "}")
        .addOutputLines(
            "p/Gauge.java",
            "package p;",
            "import static org.jatomics.Ordering.FULL;",
            "import static org.jatomics.Ordering.RELAXED;",
            "import org.jatomics.annotations.Atomic;",
            "class Gauge {",
            "  @Atomic double level;",
            "  void scale(Gauge g, double factor) {",
            "    {",
            "      var prevLevel = GaugeAtomics.loadLevel(g, RELAXED);",
            "      while (true) {",
            "        var witnessLevel = GaugeAtomics.cmpxchgLevel(g, prevLevel, (double) (prevLevel * (factor)), FULL);",
            "        if (Double.doubleToRawLongBits(witnessLevel) == Double.doubleToRawLongBits(prevLevel)) {",
            "          break;",
            "        }",
            "        prevLevel = witnessLevel;",
            "      }",
            "    }",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void staticFieldFixesHaveNoReceiver() {
    helper(NonAtomicAccess.class)
        .addInputLines(
            "p/Stats.java",
            "package p;",
            "import org.jatomics.annotations.Atomic;",
            "class Stats {",
            "  @Atomic static int requests;",
            "  static void hit() { requests++; }",
            "  static int read() { return Stats.requests; }",
            "}")
        .addOutputLines(
            "p/Stats.java",
            "package p;",
            "import static org.jatomics.Ordering.ACQUIRE;",
            "import static org.jatomics.Ordering.FULL;",
            "import org.jatomics.annotations.Atomic;",
            "class Stats {",
            "  @Atomic static int requests;",
            "  static void hit() { StatsAtomics.fetchAddRequests(1, FULL); }",
            "  static int read() { return StatsAtomics.loadRequests(ACQUIRE); }",
            "}")
        .doTest();
  }

  @Test
  void relaxedDependentLoadBecomesAcquire() {
    helper(RelaxedDependentLoad.class)
        .addInputLines(
            "p/Stack.java",
            "package p;",
            "import static org.jatomics.Ordering.RELAXED;",
            "import org.jatomics.Ordering;",
            "import org.jatomics.annotations.Atomic;",
            "class Stack {",
            "  static final class Node { Object item; }",
            "  @Atomic Node top;",
            "  Object peek() { return StackAtomics.loadTop(this, RELAXED).item; }",
            "  Object peekQualified() { return StackAtomics.loadTop(this, Ordering.RELAXED).item; }",
            "}")
        .addOutputLines(
            "p/Stack.java",
            "package p;",
            "import static org.jatomics.Ordering.ACQUIRE;",
            "import static org.jatomics.Ordering.RELAXED;",
            "import org.jatomics.Ordering;",
            "import org.jatomics.annotations.Atomic;",
            "class Stack {",
            "  static final class Node { Object item; }",
            "  @Atomic Node top;",
            "  Object peek() { return StackAtomics.loadTop(this, ACQUIRE).item; }",
            "  Object peekQualified() { return StackAtomics.loadTop(this, Ordering.ACQUIRE).item; }",
            "}")
        .doTest();
  }

  @Test
  void varHandleOpaqueLoadBecomesGetAcquire() {
    helper(RelaxedDependentLoad.class)
        .addInputLines(
            "p/Holder.java",
            "package p;",
            "import java.lang.invoke.VarHandle;",
            "class Holder {",
            "  static final class Box { int v; }",
            "  static VarHandle BOX;",
            "  Box box;",
            "  int read() { return ((Box) BOX.getOpaque(this)).v; }",
            "}")
        .addOutputLines(
            "p/Holder.java",
            "package p;",
            "import java.lang.invoke.VarHandle;",
            "class Holder {",
            "  static final class Box { int v; }",
            "  static VarHandle BOX;",
            "  Box box;",
            "  int read() { return ((Box) BOX.getAcquire(this)).v; }",
            "}")
        .doTest();
  }

  @Test
  void missingSafetyCommentGetsATemplateStatingTheContract() {
    helper(MissingSafetyComment.class)
        .addInputLines(
            "p/Reader.java",
            "package p;",
            "",
            "import static java.lang.foreign.ValueLayout.JAVA_INT;",
            "import static org.jatomics.Ordering.ACQUIRE;",
            "",
            "import java.lang.foreign.MemorySegment;",
            "import org.jatomics.raw.RawAtomics;",
            "",
            "class Reader {",
            "  int read(MemorySegment s, boolean flag) {",
            "    int v =",
            "        RawAtomics.atomicLoad(s, JAVA_INT, 0, ACQUIRE);",
            "    if (flag) return RawAtomics.atomicLoad(s, JAVA_INT, 4, ACQUIRE);",
            "    return v;",
            "  }",
            "}")
        .addOutputLines(
            "p/Reader.java",
            "package p;",
            "",
            "import static java.lang.foreign.ValueLayout.JAVA_INT;",
            "import static org.jatomics.Ordering.ACQUIRE;",
            "",
            "import java.lang.foreign.MemorySegment;",
            "import org.jatomics.raw.RawAtomics;",
            "",
            "class Reader {",
            "  int read(MemorySegment s, boolean flag) {",
            "    // SAFETY: TODO justify that any concurrent store to these bytes, from Java or native code, is atomic",
            "    int v =",
            "        RawAtomics.atomicLoad(s, JAVA_INT, 0, ACQUIRE);",
            "    if (flag) return RawAtomics.atomicLoad(s, JAVA_INT, 4, ACQUIRE); // SAFETY: TODO justify that any concurrent store to these bytes, from Java or native code, is atomic",
            "    return v;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void unnecessarySafetyCommentIsRemoved() {
    helper(UnnecessarySafetyComment.class)
        .addInputLines(
            "p/Plain.java",
            "package p;",
            "",
            "class Plain {",
            "  int twice(int x) {",
            "    // SAFETY: nothing unsafe here.",
            "    int y = x * 2;",
            "    return y; // SAFETY: nor here.",
            "  }",
            "}")
        .addOutputLines(
            "p/Plain.java",
            "package p;",
            "",
            "class Plain {",
            "  int twice(int x) {",
            "    int y = x * 2;",
            "    return y;",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void overrideGetsTheInheritedContract() {
    helper(MissingSafetyContract.class)
        .addInputLines(
            "p/Impl.java",
            "package p;",
            "",
            "import org.jatomics.annotations.SafetyContract;",
            "",
            "class Impl {",
            "  interface Api {",
            "    @SafetyContract(\"the block is \\\"live\\\"\")",
            "    void free(long block);",
            "  }",
            "",
            "  static final class Free implements Api {",
            "    @Override",
            "    public void free(long block) {}",
            "  }",
            "}")
        .addOutputLines(
            "p/Impl.java",
            "package p;",
            "",
            "import org.jatomics.annotations.SafetyContract;",
            "",
            "class Impl {",
            "  interface Api {",
            "    @SafetyContract(\"the block is \\\"live\\\"\")",
            "    void free(long block);",
            "  }",
            "",
            "  static final class Free implements Api {",
            "    @SafetyContract(\"the block is \\\"live\\\"\")",
            "    @Override",
            "    public void free(long block) {}",
            "  }",
            "}")
        .doTest();
  }
}
