package org.jatomics.reviewer.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;
import org.jatomics.checker.CheckName;
import org.jatomics.checker.Checks;
import org.junit.jupiter.api.Test;

/**
 * The reviewer sees Lombok's annotations, never its output: the members Lombok would generate that
 * read or write an {@code @Atomic} field plainly give one finding on the field's {@code @Atomic},
 * as the Error Prone front end reports from the generated code (the agreement tests run both over
 * the corpus's Lombok cases).
 */
class LombokMembersTest {
  private static List<String> findings(String text) {
    Sources sources = new Sources().file("p/A.java", text);
    return Checks.run(
            sources.facts("p/A.java"),
            org.jatomics.checker.Config.DEFAULT,
            EnumSet.allOf(CheckName.class))
        .stream()
        .map(f -> f.start().line() + ":" + f.start().column() + " " + f.text() + " | " + f.hint())
        .toList();
  }

  private static String message(String field, String generators) {
    return "`"
        + field
        + "` is @Atomic, but the code Lombok generates for "
        + generators
        + " accesses it plainly, racing with its atomic accesses; that code cannot be edited, so"
        + " the finding is reported on the field";
  }

  @Test
  void toStringAndEqualsReadEveryFieldNotExcluded() {
    assertEquals(
        List.of(
            "9:3 "
                + message("balance", "@ToString and @EqualsAndHashCode")
                + " | exclude the field: @ToString.Exclude @EqualsAndHashCode.Exclude",
            "11:3 " + message("seen", "@ToString") + " | exclude the field: @ToString.Exclude"),
        findings(
            """
            package p;
            import lombok.EqualsAndHashCode;
            import lombok.ToString;
            import org.jatomics.annotations.Atomic;
            @ToString
            @EqualsAndHashCode
            class A {
              private final String owner = "ann";
              @Atomic private long balance;
              @ToString.Exclude @EqualsAndHashCode.Exclude @Atomic private long excluded;
              @Atomic private transient long seen;
              @Atomic static long created;
            }
            """));
  }

  @Test
  void dataUsesTheGettersAndWritesThroughSetters() {
    assertEquals(
        List.of(
            "7:3 "
                + message("hits", "@Data")
                + " | write its setter yourself with the generated accessors (Lombok then"
                + " generates none)",
            "8:3 "
                + message("flag", "@Data")
                + " | write its getter and setter yourself with the generated accessors (Lombok"
                + " then generates none)",
            "9:3 "
                + message("created", "@Getter")
                + " | write its getter yourself with the generated accessors (Lombok then"
                + " generates none)"),
        findings(
            """
            package p;
            import static org.jatomics.Ordering.ACQUIRE;
            import lombok.*;
            import org.jatomics.annotations.Atomic;
            @Data
            class A {
              @Atomic private int hits;
              @Atomic private boolean flag;
              @Atomic @Getter private static int created;
              @Atomic @Getter(AccessLevel.NONE) @Setter(AccessLevel.NONE) private int hidden;
              public int getHits() {
                return AAtomics.loadHits(this, ACQUIRE);
              }
              public int getHidden() {
                return AAtomics.loadHidden(this, ACQUIRE);
              }
            }
            """));
  }

  @Test
  void explicitIncludesExcludesAndOwnMethods() {
    assertEquals(
        List.of("8:21 " + message("b", "@ToString") + " | exclude the field: @ToString.Exclude"),
        findings(
            """
            package p;
            import lombok.*;
            import org.jatomics.annotations.Atomic;
            @ToString(onlyExplicitlyIncluded = true)
            @EqualsAndHashCode(exclude = {"b", "c"})
            class A {
              @Atomic long a;
              @ToString.Include @Atomic long b;
              @Atomic long c;
              @Override public boolean equals(Object o) { return o == this; }
              @Override public int hashCode() { return 1; }
            }
            """));
  }

  @Test
  void withoutLombokNothingIsGenerated() {
    assertEquals(
        List.of(),
        findings(
            """
            package p;
            import com.example.ToString;
            import org.jatomics.annotations.Atomic;
            @ToString
            class A {
              @Atomic long a;
            }
            """));
  }

  @Test
  void classesAnotherToolGeneratedAreNeverFlagged() {
    assertEquals(
        List.of(),
        findings(
            """
            package p;
            import javax.annotation.processing.Generated;
            import org.jatomics.annotations.Atomic;
            @Generated("org.mapstruct.ap.MappingProcessor")
            class A {
              @Atomic public int quantity;
              int quantity(A a) { return a.quantity; }
            }
            """));
  }
}
