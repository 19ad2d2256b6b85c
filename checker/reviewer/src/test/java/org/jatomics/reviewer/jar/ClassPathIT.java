package org.jatomics.reviewer.jar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --classpath} (contract section 9): receivers, constants and contracts declared in another
 * library's jar resolve, so that an {@code Unsafe} reached through the library's holder is checked
 * instead of counted as unresolved. The library is compiled and jarred by the test; the reviewer
 * runs as users run it, {@code java -jar} on Java 17.
 */
class ClassPathIT {
  /** A library as Agrona and JCTools write theirs: an Unsafe holder, field names, a contract. */
  private static final String HOLDER =
      """
      package org.example.lib;

      import java.lang.reflect.Field;
      import sun.misc.Unsafe;

      public final class UnsafeAccess {
        public static final Unsafe UNSAFE;

        static {
          try {
            Field f = Unsafe.class.getDeclaredField("theUnsafe");
            f.setAccessible(true);
            UNSAFE = (Unsafe) f.get(null);
          } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
          }
        }

        /** Field names shared by the library's queues. */
        public static final class Names {
          public static final String HEAD = "he" + "ad";

          private Names() {}
        }

        private UnsafeAccess() {}
      }
      """;

  private static final String MEMORY =
      """
      package org.example.lib;

      import org.jatomics.annotations.SafetyContract;

      public final class Memory {
        @SafetyContract("address points to 4 readable bytes")
        public static int peek(long address) {
          return UnsafeAccess.UNSAFE.getInt(address);
        }

        private Memory() {}
      }
      """;

  /** The code under review: uses the library; nothing in it says what the library declares. */
  private static final String QUEUE =
      """
      package app;

      import java.lang.invoke.MethodHandles;
      import java.lang.invoke.VarHandle;
      import org.example.lib.Memory;
      import org.example.lib.UnsafeAccess;

      class Queue {
        private static final VarHandle HEAD;

        static {
          try {
            HEAD =
                MethodHandles.lookup()
                    .findVarHandle(Queue.class, UnsafeAccess.Names.HEAD, Object.class);
          } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
          }
        }

        Object head;

        boolean offer(Object item) {
          return HEAD.compareAndSet(this, null, item);
        }

        Object peekHead() {
          return head;
        }

        int read(long address) {
          return UnsafeAccess.UNSAFE.getInt(address);
        }

        int peek(long address) {
          return Memory.peek(address);
        }

        int pageSize() {
          return UnsafeAccess.UNSAFE.pageSize();
        }
      }
      """;

  /** Names nothing the checks know but the library's contract method. */
  private static final String READER =
      """
      package app;

      import org.example.lib.Memory;

      class Reader {
        int first(long address) {
          return Memory.peek(address);
        }
      }
      """;

  private static Path library;

  @BeforeAll
  static void buildLibrary(@TempDir Path dir) throws IOException {
    Path sources = Files.createDirectories(dir.resolve("src/org/example/lib"));
    Files.writeString(sources.resolve("UnsafeAccess.java"), HOLDER);
    Files.writeString(sources.resolve("Memory.java"), MEMORY);
    Path classes = Files.createDirectories(dir.resolve("classes"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int status =
        javac.run(
            null,
            null,
            null,
            "-nowarn",
            "-XDsuppressNotes",
            "--release",
            "17",
            "-classpath",
            System.getProperty("java.class.path"),
            "-d",
            classes.toString(),
            sources.resolve("UnsafeAccess.java").toString(),
            sources.resolve("Memory.java").toString());
    assertEquals(0, status, "the test library compiles");
    library = dir.resolve("example-lib.jar");
    try (OutputStream file = Files.newOutputStream(library);
        JarOutputStream jar = new JarOutputStream(file);
        Stream<Path> walk = Files.walk(classes)) {
      for (Path c : walk.filter(Files::isRegularFile).sorted().toList()) {
        jar.putNextEntry(new JarEntry(classes.relativize(c).toString().replace('\\', '/')));
        jar.write(Files.readAllBytes(c));
        jar.closeEntry();
      }
    }
  }

  private static Path project(Path dir) throws IOException {
    Path app = Files.createDirectories(dir.resolve("src/app"));
    Files.writeString(app.resolve("Queue.java"), QUEUE);
    Files.writeString(app.resolve("Reader.java"), READER);
    return dir;
  }

  @Test
  void withoutTheJarTheHolderIsReportedUnresolved(@TempDir Path dir) throws Exception {
    ReviewerJar.Result result =
        ReviewerJar.run(project(dir), "review", "--fail-on", "warning", "src");
    assertEquals(0, result.exit(), result.out() + result.err());
    assertEquals(
        "jatomics: no findings in 2 files; 1 call on a receiver that may be Unsafe could not be"
            + " resolved\n",
        result.out());
  }

  @Test
  void theJarResolvesReceiversConstantsAndContracts(@TempDir Path dir) throws Exception {
    ReviewerJar.Result result =
        ReviewerJar.run(
            project(dir),
            "review",
            "--fail-on",
            "warning",
            "--classpath",
            library.toString(),
            "src");
    assertEquals(1, result.exit(), result.out() + result.err());
    List<String> findings =
        result
            .out()
            .lines()
            .filter(l -> l.startsWith("src/"))
            .map(l -> l.split(" ")[0])
            .sorted()
            .toList();
    assertEquals(
        List.of(
            "src/app/Queue.java:28:12:", // head: registered through the jar's constant Names.HEAD
            "src/app/Queue.java:32:32:", // UnsafeAccess.UNSAFE.getInt: the jar's Unsafe
            "src/app/Queue.java:36:19:", // Memory.peek: the jar's @SafetyContract method
            "src/app/Reader.java:7:19:"), // the same in a file that names nothing else
        findings,
        result.out());
    assertTrue(result.out().contains("[MixedAccessMode] `head`"), result.out());
    assertTrue(result.out().contains("`Unsafe.getInt` is an unsafe operation"), result.out());
    assertTrue(result.out().contains("`Memory.peek`"), result.out());
    assertFalse(result.out().contains("could not be resolved"), result.out());
    assertEquals("", result.err());
  }

  @Test
  void aMissingOrDamagedEntryIsAUsageError(@TempDir Path dir) throws Exception {
    project(dir);
    Files.writeString(dir.resolve("notes.jar"), "not a zip file");
    ReviewerJar.Result missing =
        ReviewerJar.run(dir, "review", "--classpath", "lib/missing.jar", "src");
    assertEquals(2, missing.exit(), missing.out() + missing.err());
    assertTrue(
        missing.err().contains("--classpath: no such jar or folder: lib/missing.jar"),
        missing.err());
    ReviewerJar.Result damaged = ReviewerJar.run(dir, "review", "--classpath", "notes.jar", "src");
    assertEquals(2, damaged.exit(), damaged.out() + damaged.err());
    assertTrue(damaged.err().contains("--classpath: notes.jar is not a jar"), damaged.err());
    assertTrue(missing.hasNoStackTrace() && damaged.hasNoStackTrace());
  }
}
