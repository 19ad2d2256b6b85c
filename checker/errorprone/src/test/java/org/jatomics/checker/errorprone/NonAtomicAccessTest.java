package org.jatomics.checker.errorprone;

import com.google.errorprone.BugCheckerRefactoringTestHelper;
import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

class NonAtomicAccessTest {
  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(NonAtomicAccess.class, getClass())
          .setArgs(Sources.PROCESSOR_ARGS);

  @Test
  void flagsPlainReadWriteAndCompoundOutsideConstruction() {
    helper
        .addSourceLines(
            "p/Queue.java",
            "package p;",
            "import org.jatomics.annotations.Atomic;",
            "class Queue {",
            "  @Atomic Object head;",
            "  @Atomic int count;",
            "  Queue() { head = null; this.count = 1; }",
            "  Object peek(Queue q) {",
            "    // BUG: Diagnostic contains: `head` is @Atomic; this plain read races with atomic writers; use QueueAtomics.loadHead(q, ACQUIRE)",
            "    return q.head;",
            "  }",
            "  void bump() {",
            "    // BUG: Diagnostic contains: use QueueAtomics.fetchAddCount(this, 1, FULL)",
            "    count++;",
            "  }",
            "  void set(Object o) {",
            "    // BUG: Diagnostic contains: QueueAtomics.storeHead(this, o, RELEASE)",
            "    this.head = o;",
            "  }",
            "  Object viaAccessor() { return QueueAtomics.loadHead(this, org.jatomics.Ordering.ACQUIRE); }",
            "}")
        .doTest();
  }

  @Test
  void fixesReadWriteAndIncrement() {
    BugCheckerRefactoringTestHelper.newInstance(NonAtomicAccess.class, getClass())
        .setArgs(Sources.PROCESSOR_ARGS)
        .addInputLines(
            "p/Queue.java",
            "package p;",
            "import org.jatomics.annotations.Atomic;",
            "class Queue {",
            "  @Atomic Object head;",
            "  @Atomic long count;",
            "  Object peek(Queue q) { return q.head; }",
            "  void set(Object o) { head = o; }",
            "  void bump(Queue q) { q.count += 2; }",
            "}")
        .addOutputLines(
            "p/Queue.java",
            "package p;",
            "import static org.jatomics.Ordering.ACQUIRE;",
            "import static org.jatomics.Ordering.FULL;",
            "import static org.jatomics.Ordering.RELEASE;",
            "",
            "import org.jatomics.annotations.Atomic;",
            "class Queue {",
            "  @Atomic Object head;",
            "  @Atomic long count;",
            "  Object peek(Queue q) { return QueueAtomics.loadHead(q, ACQUIRE); }",
            "  void set(Object o) { QueueAtomics.storeHead(this, o, RELEASE); }",
            "  void bump(Queue q) { QueueAtomics.fetchAddCount(q, 2, FULL); }",
            "}")
        .doTest();
  }
}
