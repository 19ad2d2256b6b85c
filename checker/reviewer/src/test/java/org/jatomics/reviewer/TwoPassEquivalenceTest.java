package org.jatomics.reviewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jatomics.checker.CheckName;
import org.jatomics.checker.Config;
import org.jatomics.reviewer.report.Diagnostic;
import org.jatomics.reviewer.report.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reviewer reports exactly the same diagnostics and file problems whether its second pass skips
 * the files {@code Relevance} rules out and reuses the first pass's trees, or parses and analyses
 * every file twice: over every corpus the module's tests use and over cross-file cases where only
 * the index makes a file relevant.
 */
class TwoPassEquivalenceTest {
  private static final Path REPOSITORY =
      Path.of(System.getProperty("jatomics.root", "../..")).toAbsolutePath().normalize();

  /** The reference, the shipped setting, nothing kept, and everything kept with no skipping. */
  private static final List<Reviewer.Tuning> TUNINGS =
      List.of(
          Reviewer.Tuning.EXHAUSTIVE,
          Reviewer.Tuning.defaults(),
          new Reviewer.Tuning(true, 0),
          new Reviewer.Tuning(true, 1),
          new Reviewer.Tuning(false, Long.MAX_VALUE));

  @TempDir Path work;

  @Test
  void conformanceCorpus() throws IOException {
    assertSameEverywhere(REPOSITORY.resolve("test-data"), Config.DEFAULT);
  }

  @Test
  void samples() throws IOException {
    assertSameEverywhere(REPOSITORY.resolve("samples"), Config.DEFAULT);
  }

  /**
   * The bundled example tree (also the Error Prone agreement inputs, with the corpus and samples).
   */
  @Test
  void exampleTree() throws IOException {
    assertSameEverywhere(Cli.tree(), Config.DEFAULT);
  }

  @Test
  void atomicFieldOfOneFileReadPlainlyInAnother() throws IOException {
    write(
        "p/Counter.java",
        """
        package p;
        import org.jatomics.annotations.Atomic;
        class Counter { @Atomic long count; }
        """);
    write(
        "p/Reader.java",
        """
        package p;
        class Reader { long read(Counter c) { return c.count; } }
        """);
    assertFinding(
        assertSameEverywhere(work, Config.DEFAULT), "p/Reader.java", CheckName.NonAtomicAccess);
  }

  @Test
  void fieldRegisteredInOneFileAccessedInAnother() throws IOException {
    write(
        "p/Registered.java",
        """
        package p;
        import java.util.concurrent.atomic.AtomicLongFieldUpdater;
        class Registered {
          volatile long x;
          static final AtomicLongFieldUpdater<Registered> X = AtomicLongFieldUpdater.newUpdater(Registered.class, "x");
          void bump() { x += 2; }
        }
        """);
    write(
        "p/Plain.java",
        """
        package p;
        class Plain { void f(Registered r) { r.x++; } }
        """);
    Report report = assertSameEverywhere(work, Config.DEFAULT);
    assertFinding(report, "p/Registered.java", CheckName.MixedAccessMode);
  }

  @Test
  void contractMethodOfOneFileCalledAndOverriddenInAnother() throws IOException {
    write(
        "p/Contracts.java",
        """
        package p;
        import org.jatomics.annotations.SafetyContract;
        class Contracts {
          @SafetyContract("the address is live") static void poke(long address) {}
          @SafetyContract("the buffer is pinned") void fill() {}
          @SafetyContract("the handle is open") Contracts() {}
          @SafetyContract("only the owner writes it") static int limit;
        }
        """);
    write(
        "p/Caller.java",
        """
        package p;
        class Caller { void f() { Contracts.poke(1); } }
        """);
    write(
        "p/Sub.java",
        """
        package p;
        class Sub extends Contracts { @Override void fill() {} }
        """);
    write(
        "p/Maker.java",
        """
        package p;
        class Maker { Object make() { return new Contracts(); } }
        """);
    write(
        "p/Writer.java",
        """
        package p;
        class Writer { void set() { Contracts.limit = 3; } }
        """);
    Report report = assertSameEverywhere(work, Config.DEFAULT);
    assertFinding(report, "p/Caller.java", CheckName.MissingSafetyComment);
    assertFinding(report, "p/Sub.java", CheckName.MissingSafetyContract);
    assertFinding(report, "p/Maker.java", CheckName.MissingSafetyComment);
    assertFinding(report, "p/Writer.java", CheckName.MissingSafetyComment);
  }

  @Test
  void consumeFieldLoadedRelaxedInAnotherFile() throws IOException {
    write(
        "p/Node.java",
        """
        package p;
        import org.jatomics.annotations.Atomic;
        import org.jatomics.annotations.Consume;
        class Node { @Atomic @Consume Node next; int value; }
        """);
    write(
        "p/Walker.java",
        """
        package p;
        import static org.jatomics.Ordering.RELAXED;
        class Walker { int second(Node n) { Node m = NodeAtomics.loadNext(n, RELAXED); return m.value; } }
        """);
    assertFinding(
        assertSameEverywhere(work, Config.DEFAULT),
        "p/Walker.java",
        CheckName.RelaxedDependentLoad);
  }

  @Test
  void handlesOfOneFileUsedInAnother() throws IOException {
    write(
        "p/Handles.java",
        """
        package p;
        import java.lang.invoke.MethodHandles;
        import java.lang.invoke.VarHandle;
        class Handles {
          static final class Cell { Object item; }
          volatile Cell top;
          static final VarHandle TOP;
          static {
            try {
              TOP = MethodHandles.lookup().findVarHandle(Handles.class, "top", Cell.class);
            } catch (ReflectiveOperationException e) {
              throw new ExceptionInInitializerError(e);
            }
          }
          static VarHandle top() { return TOP; }
          static final sun.misc.Unsafe U = null;
        }
        """);
    write(
        "p/Peek.java",
        """
        package p;
        class Peek {
          Object peek(Handles h) { Handles.Cell c = (Handles.Cell) Handles.TOP.getOpaque(h); return c.item; }
          Object viaMethod(Handles h) { Handles.Cell c = (Handles.Cell) Handles.top().getOpaque(h); return c.item; }
          long raw(Object o) { return Handles.U.getLong(o, 16L); }
        }
        """);
    Report report = assertSameEverywhere(work, Config.DEFAULT);
    assertFinding(report, "p/Peek.java", CheckName.RelaxedDependentLoad);
    assertFinding(report, "p/Peek.java", CheckName.MissingSafetyComment);
  }

  @Test
  void safetyCommentInAnOtherwiseIrrelevantFile() throws IOException {
    write(
        "p/Lonely.java",
        """
        package p;
        class Lonely {
          int f() {
            // SAFETY: nothing unsafe happens here.
            int x = 1;
            return x;
          }
        }
        """);
    assertFinding(
        assertSameEverywhere(work, Config.DEFAULT),
        "p/Lonely.java",
        CheckName.UnnecessarySafetyComment);
  }

  @Test
  void unicodeEscapesInNamesAndComments() throws IOException {
    write(
        "p/Counter.java",
        """
        package p;
        import org.jatomics.annotations.Atomic;
        class Counter { @Atomic long count; }
        """);
    write(
        "p/Escaped.java",
        """
        package p;
        class Escaped {
          long read(Counter c) { return c.co\\u0075nt; }
          int f() {
            // \\u0053AFETY: spelled with an escape
            int x = 1;
            return x;
          }
        }
        """);
    assertSameEverywhere(work, Config.DEFAULT);
  }

  @Test
  void configuredMethodsCount() throws IOException {
    write(
        "p/Native.java",
        """
        package p;
        class Native { static long peek(long address) { return address; } }
        """);
    write(
        "p/User.java",
        """
        package p;
        class User { long f() { return Native.peek(8); } }
        """);
    Config config =
        Config.parse(
            key ->
                key.equals(Config.UNSAFE_METHODS)
                    ? java.util.Optional.of("p.Native#peek")
                    : java.util.Optional.empty());
    assertFinding(
        assertSameEverywhere(work, config), "p/User.java", CheckName.MissingSafetyComment);
  }

  @Test
  void problemsAreReportedForEveryFile() throws IOException {
    write("p/Broken.java", "package p; class Broken { void f( }");
    write("p/Fine.java", "package p; class Fine {}");
    Report report = assertSameEverywhere(work, Config.DEFAULT);
    assertEquals(1, report.problems().size(), () -> report.problems().toString());
  }

  private void write(String relative, String text) throws IOException {
    Path file = work.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private static void assertFinding(Report report, String file, CheckName check) {
    Set<String> found =
        report.diagnostics().stream()
            .map(d -> d.file() + " " + d.check())
            .collect(Collectors.toSet());
    assertTrue(
        found.contains(file + " " + check.name()),
        () -> "no " + check + " in " + file + ": " + found);
  }

  /** Reviews {@code root} with every tuning; all reports must equal the exhaustive one. */
  private static Report assertSameEverywhere(Path root, Config config) throws IOException {
    assertTrue(Files.isDirectory(root), root::toString);
    Report reference = review(root, config, Reviewer.Tuning.EXHAUSTIVE);
    assertFalse(reference.filesAnalyzed() == 0, "no files under " + root);
    for (Reviewer.Tuning tuning : TUNINGS) {
      Report report = review(root, config, tuning);
      assertEquals(describe(reference), describe(report), "diagnostics with " + tuning);
      assertEquals(
          reference.diagnostics(),
          report.diagnostics(),
          "diagnostics (edits, lines) with " + tuning);
      assertEquals(reference.problems(), report.problems(), "file problems with " + tuning);
    }
    return reference;
  }

  private static Report review(Path root, Config config, Reviewer.Tuning tuning)
      throws IOException {
    Reviewer.Options options =
        new Reviewer.Options(
            List.of(root), root, null, 2, EnumSet.allOf(CheckName.class), config, null, false);
    return new Reviewer(options, tuning).review();
  }

  /** One line per diagnostic, for a readable failure. */
  private static String describe(Report report) {
    Set<String> lines = new TreeSet<>();
    for (Diagnostic d : report.diagnostics()) {
      lines.add(d.file() + ":" + d.line() + ":" + d.column() + " " + d.check() + " " + d.text());
    }
    return String.join("\n", lines);
  }
}
