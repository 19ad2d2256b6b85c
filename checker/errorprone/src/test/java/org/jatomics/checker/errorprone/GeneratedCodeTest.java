package org.jatomics.checker.errorprone;

import com.google.errorprone.BugCheckerRefactoringTestHelper;
import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

/**
 * Code other processors generate (contract section 5): Lombok 1.18.48 runs with the jatomics
 * processor, as in a user's build. What Lombok generates into the class reads the {@code @Atomic}
 * field plainly; the finding is reported once, on the field's {@code @Atomic}, and never inside the
 * generated members (which carry the position of the annotation they came from). Classes another
 * tool generated ({@code @Generated}) are never flagged.
 */
class GeneratedCodeTest {
  /** The jatomics processor and Lombok's, as a build with both on the processor path runs them. */
  static final String[] WITH_LOMBOK = {
    "-processor", "org.jatomics.processor.AtomicsProcessor," + Compiler.LOMBOK_PROCESSOR
  };

  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(NonAtomicAccess.class, getClass()).setArgs(WITH_LOMBOK);

  @Test
  void toStringAndEqualsAreReportedOnceOnTheField() {
    helper
        .addSourceLines(
            "p/Account.java",
            "package p;",
            "import lombok.EqualsAndHashCode;",
            "import lombok.ToString;",
            "import org.jatomics.annotations.Atomic;",
            "@ToString",
            "@EqualsAndHashCode",
            "class Account {",
            "  // BUG: Diagnostic contains: `balance` is @Atomic, but the code Lombok generates for"
                + " @ToString and @EqualsAndHashCode accesses it plainly",
            "  @Atomic private long balance;",
            "  private final String owner = \"ann\";",
            "  @ToString.Exclude @EqualsAndHashCode.Exclude @Atomic private long excluded;",
            "}")
        .doTest();
  }

  @Test
  void dataGettersAndSettersNameTheWayOut() {
    helper
        .addSourceLines(
            "p/Counter.java",
            "package p;",
            "import static org.jatomics.Ordering.ACQUIRE;",
            "import lombok.Data;",
            "import lombok.Getter;",
            "import org.jatomics.annotations.Atomic;",
            "@Data",
            "class Counter {",
            // The hand-written getter is atomic, and Lombok's toString() and equals call it: only
            // the generated setter is left.
            "  // BUG: Diagnostic contains: write its setter yourself with the generated accessors",
            "  @Atomic private int hits;",
            "  // BUG: Diagnostic contains: for @Getter accesses it plainly",
            "  @Atomic @Getter private static int created;",
            "  public int getHits() {",
            "    return CounterAtomics.loadHits(this, ACQUIRE);",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void theFixExcludesTheField() {
    BugCheckerRefactoringTestHelper.newInstance(NonAtomicAccess.class, getClass())
        .setArgs(WITH_LOMBOK)
        .addInputLines(
            "p/Account.java",
            "package p;",
            "import org.jatomics.annotations.Atomic;",
            "@lombok.ToString",
            "class Account {",
            "  @Atomic private long balance;",
            "}")
        .addOutputLines(
            "p/Account.java",
            "package p;",
            "import lombok.ToString;",
            "import org.jatomics.annotations.Atomic;",
            "@lombok.ToString",
            "class Account {",
            "  @ToString.Exclude @Atomic private long balance;",
            "}")
        .doTest();
  }

  @Test
  void classesOtherToolsGeneratedAreNeverFlagged() {
    helper
        .addSourceLines(
            "p/Order.java",
            "package p;",
            "import org.jatomics.annotations.Atomic;",
            "public class Order {",
            "  @Atomic public int quantity;",
            "}")
        .addSourceLines(
            "p/OrderMapperImpl.java",
            "package p;",
            "@javax.annotation.processing.Generated(\"org.mapstruct.ap.MappingProcessor\")",
            "class OrderMapperImpl {",
            "  Order toOrder(int quantity) {",
            "    Order order = new Order();",
            "    org.jatomics.Ordering.class.getName();",
            "    order.quantity = quantity;",
            "    return order;",
            "  }",
            "  int quantity(Order order) {",
            "    return order.quantity;",
            "  }",
            "}")
        .doTest();
  }
}
