package org.jatomics.accessors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated accessors are clean under Error Prone's default checks (error_prone_core of the
 * root pom, no jatomics checks) and {@code -Xlint:all -Werror}, without {@code
 * -XepDisableWarningsInGeneratedCode}: fields with non-ASCII names, generic and static fields,
 * nested classes, records and enums.
 *
 * <p>One default check concerns names, not code: {@code UnicodeInCode} (an error) rejects every
 * non-ASCII identifier, the user's own field declaration first; it cannot be suppressed on a class
 * (it looks at the whole file), so code with such names is compiled with {@code
 * -Xep:UnicodeInCode:OFF}, and then the accessors named after those fields are clean too.
 */
class GeneratedCodeErrorProneTest {

  /**
   * javac under Error Prone with {@code errorProneFlags} (such as {@code -Xep:Name:OFF}), and the
   * exports this JVM got from surefire passed on with -J, then {@code more} javac options.
   */
  static List<String> errorProne(String errorProneFlags, String... more) {
    List<String> options = new ArrayList<>();
    for (String flag : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (flag.startsWith("--add-exports") || flag.startsWith("--add-opens")) {
        options.add("-J" + flag);
      }
    }
    options.addAll(
        List.of(
            "-XDcompilePolicy=simple",
            "--should-stop=ifError=FLOW",
            ("-Xplugin:ErrorProne " + errorProneFlags).strip()));
    options.addAll(List.of(more));
    return options;
  }

  private static final Map<String, String> SOURCES =
      Map.of(
          "ep/Größen.java",
          """
                package ep;

                import java.util.List;
                import org.jatomics.annotations.Atomic;
                import org.jatomics.annotations.Consume;

                /** Non-ASCII names, generics, static and nested. */
                public class Größen<T extends Comparable<? super T>> {
                  @Atomic private long größe;
                  @Atomic int ñandú;
                  @Atomic volatile double 値;
                  @Atomic @Consume Größen<T> nächste;
                  @Atomic List<? extends T> élements;
                  @Atomic static volatile String ünïcödé;
                  @Atomic boolean flag;
                  @Atomic char zeichen;

                  /** Inner class of a generic class. */
                  public class Innen {
                    @Atomic T wert;
                  }

                  /** A record's static field. */
                  public record Punkt(int x) {
                    @Atomic static Punkt größter;
                  }

                  /** An enum's static field (an instance field would be ImmutableEnumChecker's). */
                  public enum Art {
                    EINS;
                    @Atomic static long zähler;
                  }
                }
                """);

  @Test
  void generatedCodeIsCleanUnderDefaultChecksAndStrictLint(@TempDir Path dir) throws Exception {
    Javac.Result result =
        Javac.compile(dir, SOURCES, errorProne("-Xep:UnicodeInCode:OFF", "-Xlint:all", "-Werror"));
    assertTrue(result.success(), result.output());
    assertEquals("", result.output(), "not a single diagnostic");
    assertTrue(result.generatedSource("ep/GrößenAtomics.java").contains("fetchAddGröße"));
  }

  /** With every default check on, the user's own declarations already fail UnicodeInCode. */
  @Test
  void unicodeInCodeRejectsTheUsersOwnNonAsciiFieldFirst(@TempDir Path dir) throws Exception {
    Javac.Result result = Javac.compile(dir, SOURCES, errorProne(""));
    assertFalse(result.success());
    assertTrue(
        result.output().contains("src/ep/Größen.java:8: error: [UnicodeInCode]"), result.output());
  }
}
