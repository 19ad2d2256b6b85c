package org.jatomics.reviewer.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Name resolution without a class path: annotations by qualified name through imports and
 * same-package declarations across files, generated accessors by shape, and no finding where a name
 * cannot be resolved.
 */
class FrontEndTest {
  private static final String QUEUE =
      """
      package q;

      import org.jatomics.annotations.Atomic;
      import org.jatomics.annotations.Consume;

      public class Queue {
        public static final class Node { public Node next; }
        @Atomic @Consume public Node head;
        public static class Inner {
          @Atomic public int size;
        }
      }
      """;

  @Test
  void atomicDeclaredInAnotherFileCounts() {
    Sources sources =
        new Sources()
            .file("q/Queue.java", QUEUE)
            .file(
                "q/Reader.java",
                """
        package q;

        class Reader {
          Queue.Node peek(Queue queue) {
            return queue.head;
          }
        }
        """);
    assertEquals(List.of("5:NonAtomicAccess"), sources.findings("q/Reader.java"));
  }

  @Test
  void atomicResolvedThroughImportsFromAnotherPackage() {
    Sources sources =
        new Sources()
            .file("q/Queue.java", QUEUE)
            .file(
                "r/Reader.java",
                """
        package r;

        import q.*;

        class Reader {
          int size(Queue.Inner inner) {
            return inner.size;
          }
        }
        """);
    assertEquals(List.of("7:NonAtomicAccess"), sources.findings("r/Reader.java"));
  }

  @Test
  void anAnnotationNamedAtomicFromElsewhereDoesNotCount() {
    Sources sources =
        new Sources()
            .file(
                "o/Other.java",
                """
        package o;

        import com.example.Atomic;

        class Other {
          @Atomic int n;

          int read() {
            return n;
          }
        }
        """);
    assertEquals(List.of(), sources.findings("o/Other.java"));
  }

  @Test
  void sameNameInTheSamePackageShadowsAnOnDemandImport() {
    Sources sources =
        new Sources()
            .file("s/Atomic.java", "package s;\n\npublic @interface Atomic {}\n")
            .file(
                "s/User.java",
                """
            package s;

            import org.jatomics.annotations.*;

            class User {
              @Atomic int n;

              int read() {
                return n;
              }
            }
            """);
    assertEquals(List.of(), sources.findings("s/User.java"));
  }

  @Test
  void generatedAccessorsAreRecognisedByShapeIncludingNestedOwners() {
    Sources sources =
        new Sources()
            .file("q/Queue.java", QUEUE)
            .file(
                "q/Use.java",
                """
        package q;

        import static org.jatomics.Ordering.RELAXED;

        class Use {
          Queue.Node second(Queue queue) {
            return QueueAtomics.loadHead(queue, RELAXED).next;
          }

          int size(Queue.Inner inner) {
            return Queue_InnerAtomics.loadSize(inner, RELAXED);
          }
        }
        """);
    assertEquals(List.of("7:RelaxedDependentLoad"), sources.findings("q/Use.java"));
    var loads = sources.facts("q/Use.java").loads();
    assertEquals(2, loads.size());
    assertEquals("Inner", loads.get(1).field().ownerName().substring(6));
    assertEquals("size", loads.get(1).field().name());
  }

  @Test
  void unresolvableNamesGiveNoFinding() {
    Sources sources =
        new Sources()
            .file(
                "u/Unknown.java",
                """
        package u;

        import static org.jatomics.Ordering.RELAXED;

        import com.example.Library;

        class Unknown {
          Object peek(Library library) {
            // Library and its fields are unknown: nothing can be said about them.
            library.count++;
            return LibraryAtomics.loadHead(library, RELAXED).next;
          }
        }
        """);
    assertEquals(List.of(), sources.findings("u/Unknown.java"));
  }

  @Test
  void localVariablesShadowFields() {
    Sources sources =
        new Sources()
            .file("q/Queue.java", QUEUE)
            .file(
                "q/Shadow.java",
                """
        package q;

        import org.jatomics.annotations.Atomic;

        class Shadow {
          @Atomic int count;

          int local() {
            int count = 3;
            return count;
          }

          int lambda(java.util.List<Integer> xs) {
            return xs.stream().mapToInt(count -> count).sum();
          }

          int field() {
            return count;
          }
        }
        """);
    assertEquals(List.of("18:NonAtomicAccess"), sources.findings("q/Shadow.java"));
  }

  @Test
  void staticallyImportedAccessorAndRawAtomics() {
    Sources sources =
        new Sources()
            .file("q/Queue.java", QUEUE)
            .file(
                "q/Static.java",
                """
        package q;

        import static org.jatomics.Ordering.*;
        import static org.jatomics.raw.RawAtomics.*;
        import static q.QueueAtomics.loadHead;

        import java.lang.foreign.MemorySegment;
        import java.lang.foreign.ValueLayout;

        class Static {
          Queue.Node second(Queue queue) {
            return loadHead(queue, RELAXED).next;
          }

          int raw(MemorySegment s) {
            return atomicLoad(s, ValueLayout.JAVA_INT, 0, ACQUIRE);
          }
        }
        """);
    assertEquals(
        List.of("12:RelaxedDependentLoad", "16:MissingSafetyComment"),
        sources.findings("q/Static.java"));
  }

  @Test
  void jdkTypesAreKnownWithoutAClassPath() {
    Sources sources =
        new Sources()
            .file(
                "j/Jdk.java",
                """
        package j;

        import java.lang.foreign.*;
        import java.util.*;

        class Jdk {
          MemorySegment wide(List<MemorySegment> segments) {
            for (MemorySegment s : segments) {
              // SAFETY: every segment is the start of a live 16-byte native block.
              s = s.reinterpret(16);
            }
            segments.forEach(s -> s.reinterpret(8));
            return MemorySegment.NULL.reinterpret(1);
          }
        }
        """);
    assertEquals(
        List.of("12:MissingSafetyComment", "13:MissingSafetyComment"),
        sources.findings("j/Jdk.java"));
  }

  @Test
  void generatedAccessorClassesAreExempt() {
    Sources sources =
        new Sources()
            .file("q/Queue.java", QUEUE)
            .file(
                "q/QueueAtomics.java",
                """
        package q;

        @javax.annotation.processing.Generated("org.jatomics.processor.AtomicsProcessor")
        final class QueueAtomics {
          static Queue.Node peek(Queue queue) {
            return queue.head;
          }
        }
        """);
    assertEquals(List.of(), sources.findings("q/QueueAtomics.java"));
  }

  @Test
  void aTrailingArrayParameterIsNotVarargs() {
    // Only `Object...` takes any number of arguments: `put(x, y)` cannot call put(Object[]) (and
    // javac would reject it), while `putAll(x, y)` calls putAll(Object...).
    Sources sources =
        new Sources()
            .file(
                "v/Calls.java",
                """
        package v;

        import org.jatomics.annotations.SafetyContract;

        class Calls {
          @SafetyContract("pinned") static void put(Object[] values) {}
          @SafetyContract("pinned") static void putAll(Object... values) {}

          void use(Object x, Object y) {
            put(x, y);
            putAll(x, y);
          }
        }
        """);
    assertEquals(List.of("11:MissingSafetyComment"), sources.findings("v/Calls.java"));
  }
}
