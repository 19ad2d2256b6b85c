package org.jatomics.docs;

import java.util.List;
import org.jatomics.docs.MarkdownPages.Block;

/**
 * The context a ```java block or a Javadoc example leaves out (JavaSnippets' third and fourth
 * conventions; a Javadoc example's page is its source file): for a block of statements or of
 * members of a class the page does not show, the class it belongs in, written here so that the page
 * stays short; for a block of generated code, the source it is generated from. A host is found by
 * the block's page and first line (so one host serves a check page's "Example" and its "What to
 * write instead" when they start alike) and holds only what the block does not show: the block's
 * own names, types and imports stay the page's, so a wrong one fails the build. A host that no
 * block uses any more fails {@link DocumentedJavaTest} too.
 */
final class SnippetHosts {
  sealed interface Host {
    String page();

    String firstLine();

    /** Whether the page's previous example (its last compiled unit) is compiled too. */
    boolean withExample();
  }

  /**
   * The block goes where {@code text} has the line {@code FRAGMENT} (re-indented), its {@code
   * import} lines after the host's package declaration.
   */
  record In(String page, String firstLine, boolean withExample, String text) implements Host {}

  /**
   * The block shows {@code generatedFile}, what the processor generates from {@code from} (a file
   * of this repository) or, when {@code from} is null, from the page's previous example.
   */
  record Generated(String page, String firstLine, String from, String generatedFile)
      implements Host {
    @Override
    public boolean withExample() {
      return from == null;
    }
  }

  static final List<Host> HOSTS =
      List.of(
          new In(
              "checker/core/MODEL.md",
              "UnitFacts.Builder b = UnitFacts.builder(path, sourceText, packageName);",
              false,
              """
              import java.util.EnumSet;
              import java.util.List;
              import org.jatomics.checker.CheckName;
              import org.jatomics.checker.Checks;
              import org.jatomics.checker.Config;
              import org.jatomics.checker.Finding;
              import org.jatomics.checker.model.UnitFacts;

              /** A front end's last step: one unit's facts through the six checks. */
              class FrontEnd {
                List<Finding> review(String path, String sourceText, String packageName,
                    Config config) {
                  FRAGMENT
                  return findings;
                }
              }
              """),
          new In(
              "docs/checks/MissingSafetyComment.md",
              "@SafetyContract(\"index..index+4 lies inside the buffer and the buffer is not"
                  + " freed\")",
              false,
              """
              import org.jatomics.annotations.SafetyContract;
              import sun.misc.Unsafe;

              /** The page's thin wrappers. */
              class Slice extends Region {
                FRAGMENT
              }

              /** Memory a slice of a native buffer may use; its constructor has a contract. */
              class Region {
                static final Unsafe UNSAFE = Unsafe.getUnsafe();
                final long address;
                final int capacity;

                @SafetyContract("address..address+capacity is memory this region may use")
                Region(long address, int capacity) {
                  this.address = address;
                  this.capacity = capacity;
                }
              }
              """),
          new In(
              "docs/checks/MissingSafetyComment.md",
              "long read(MemorySegment counter) {",
              false,
              """
              import static java.lang.foreign.ValueLayout.JAVA_LONG;
              import static org.jatomics.Ordering.ACQUIRE;

              import java.lang.foreign.MemorySegment;
              import org.jatomics.raw.RawAtomics;

              /** A counter in memory shared with C. */
              class SharedCounter {
                FRAGMENT
              }
              """),
          new In(
              "docs/checks/NonAtomicAccess.md",
              "void offer(E item) {",
              false,
              """
              import org.jatomics.annotations.Atomic;

              /** A linked queue whose nodes' fields are @Atomic. */
              class LinkedQueue<E> {
                static final class Node<E> {
                  @Atomic E item;
                  @Atomic Node<E> next;
                }

                private void linkLast(Node<E> node) {
                  // appends node to the queue, with the accessors
                }

                FRAGMENT
              }
              """),
          new In(
              "docs/checks/RelaxedDependentLoad.md",
              "boolean push(Object item) {",
              false,
              """
              import static org.jatomics.Ordering.*;

              import org.jatomics.annotations.Atomic;

              /** A Treiber stack. */
              class Stack {
                static final class Node {
                  final Object item;
                  @Atomic Node next;

                  Node(Object item) {
                    this.item = item;
                  }
                }

                @Atomic Node head;

                FRAGMENT
              }
              """),
          new In(
              "docs/checks/UnnecessarySafetyComment.md",
              "int read(MemorySegment s, boolean enabled) {",
              false,
              """
              import static java.lang.foreign.ValueLayout.JAVA_INT;
              import static org.jatomics.Ordering.ACQUIRE;

              import java.lang.foreign.MemorySegment;
              import org.jatomics.raw.RawAtomics;

              /** A flag in memory shared with C. */
              class SharedFlag {
                FRAGMENT
              }
              """),
          new Generated(
              "docs/ordering.md",
              "public static <E> long loadTail(SpscRingBuffer<E> obj, Ordering.AcquireOrRelaxed o)"
                  + " {",
              "samples/accessors/src/main/java/org/jatomics/samples/accessors/SpscRingBuffer.java",
              "org/jatomics/samples/accessors/SpscRingBufferAtomics.java"),
          new Generated("docs/processor.md", "/**", null, "p/QueueAtomics.java"),
          new In(
              "docs/processor.md",
              "Queue.Node first = QueueAtomics.loadHead(queue, ACQUIRE);",
              true,
              """
              package p;

              import static org.jatomics.Ordering.*;

              /** Code that uses the page's Queue. */
              class QueueUser {
                void pop(Queue queue) {
                  FRAGMENT
                }
              }
              """),
          new In(
              "docs/raw.md",
              "import static java.lang.foreign.ValueLayout.JAVA_LONG;",
              false,
              """
              import java.lang.foreign.MemorySegment;

              /** Java's side of a ring buffer that C code writes. */
              class RingReader {
                static final long TAIL = 8;

                long tail(MemorySegment ring) {
                  FRAGMENT
                  return tail;
                }
              }
              """),
          new In(
              "docs/raw.md",
              "// SAFETY: only this consumer stores `head`, and the C producer loads it only with",
              false,
              """
              import static java.lang.foreign.ValueLayout.JAVA_LONG;
              import static org.jatomics.Ordering.RELEASE;

              import java.lang.foreign.MemorySegment;
              import org.jatomics.raw.RawAtomics;

              /** The consumer's side of a ring buffer shared with C (samples/native-ring). */
              class RingConsumer {
                static final long HEAD = 0;

                void consumed(MemorySegment memory, long head) {
                  FRAGMENT
                }
              }
              """),
          // The Javadoc's examples: the page is the source file.
          new In(
              "annotations/src/main/java/org/jatomics/annotations/SafetyContract.java",
              "@SafetyContract(\"any concurrent store to these bytes, from Java or native code, is"
                  + " atomic\")",
              false,
              """
              import static java.lang.foreign.ValueLayout.JAVA_INT;
              import static org.jatomics.Ordering.ACQUIRE;

              import java.lang.foreign.MemorySegment;
              import java.lang.foreign.ValueLayout;
              import org.jatomics.Ordering;
              import org.jatomics.annotations.SafetyContract;

              /** Java's side of a ring buffer that C code writes. */
              class Ring {
                static final long TAIL = 8;

                FRAGMENT
              }
              """),
          new In(
              "raw/src/main/java/org/jatomics/raw/RawAtomics.java",
              "long tail(MemorySegment ring) {",
              false,
              """
              import static java.lang.foreign.ValueLayout.JAVA_LONG;
              import static org.jatomics.Ordering.ACQUIRE;

              import java.lang.foreign.MemorySegment;
              import org.jatomics.raw.RawAtomics;

              /** Java's side of a ring buffer that C code writes. */
              class RingReader {
                static final long TAIL = 8;

                FRAGMENT
              }
              """));

  private SnippetHosts() {}

  /** The host of {@code block}, or null. */
  static Host find(Block block) {
    for (Host host : HOSTS) {
      if (host.page().equals(block.page()) && host.firstLine().equals(block.firstLine())) {
        return host;
      }
    }
    return null;
  }
}
