package org.jatomics.accessors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * jatomics' processor in the same compilation as Lombok, AutoValue and MapStruct (the versions in
 * this module's pom), each discovered from the processor path as a build finds them, at {@code
 * --release 17 -Xlint:all}: the accessor class is generated, compiles, and works, and the other
 * processor's output works with it. With Lombok not a single warning ({@code -Werror}); AutoValue
 * and MapStruct claim none of their annotations, so javac's processing lint names them (and only
 * them).
 */
class OtherProcessorsTest {
  /** Compiles under {@code -Xlint:all -Werror}: not a single warning. */
  private static Javac.Result compileCleanly(Path dir, Map<String, String> sources)
      throws Exception {
    Javac.Result result = Javac.compile(dir, sources, List.of("-Xlint:all", "-Werror"));
    assertTrue(result.success(), result.output());
    assertEquals("", result.output(), "no warning at all");
    return result;
  }

  /**
   * Compiles under {@code -Xlint:all}, for a processor that claims nothing (AutoValue, MapStruct):
   * javac's processing lint then names that processor's annotations (its {@code @Generated} among
   * them), which {@code -Werror} would turn into errors whatever jatomics does. Every warning must
   * be that one, naming no jatomics annotation.
   */
  private static Javac.Result compileWithOnlyTheirProcessingWarnings(
      Path dir, Map<String, String> sources) throws Exception {
    Javac.Result result = Javac.compile(dir, sources, List.of("-Xlint:all"));
    assertTrue(result.success(), result.output());
    assertFalse(result.warnings().isEmpty(), "the other processor claims its annotations now?");
    for (String warning : result.warnings()) {
      assertTrue(
          warning.startsWith(
              "warning: [processing] No processor claimed any of these annotations: "),
          result.output());
      assertFalse(warning.contains("org.jatomics"), result.output());
    }
    return result;
  }

  private static Object call(ClassLoader loader, String type, String method, Object... args)
      throws Exception {
    for (Method m : loader.loadClass(type).getDeclaredMethods()) {
      if (m.getName().equals(method) && m.getParameterCount() == args.length) {
        m.setAccessible(true);
        return m.invoke(null, args);
      }
    }
    throw new AssertionError("no method " + type + "." + method);
  }

  @Test
  void lombokGetterAndToStringOnAClassWithAnAtomicField(@TempDir Path dir) throws Exception {
    Javac.Result result =
        compileCleanly(
            dir,
            Map.of(
                "interop/Account.java",
                """
                package interop;

                import static org.jatomics.Ordering.FULL;

                import lombok.Getter;
                import lombok.ToString;
                import org.jatomics.annotations.Atomic;

                @Getter
                @ToString
                public class Account {
                  @Atomic private long balance;
                  private final String owner;

                  public Account(String owner) {
                    this.owner = owner;
                  }

                  public static Account opened(String owner, long deposit) {
                    Account account = new Account(owner);
                    AccountAtomics.fetchAddBalance(account, deposit, FULL);
                    return account;
                  }
                }
                """));
    assertTrue(result.generatedSource("interop/AccountAtomics.java").contains("fetchAddBalance"));
    Object account = call(result.loader(), "interop.Account", "opened", "ann", 42L);
    // Lombok's getter and toString read the field plainly: the checker's business, not the
    // processor's; here they show that Lombok's members and jatomics' accessors share the field.
    assertEquals(42L, account.getClass().getMethod("getBalance").invoke(account));
    assertEquals("Account(balance=42, owner=ann)", account.toString());
  }

  @Test
  void autoValueTypeAsAnAtomicFieldIncludingTheGeneratedClass(@TempDir Path dir) throws Exception {
    Javac.Result result =
        compileWithOnlyTheirProcessingWarnings(
            dir,
            Map.of(
                "interop/Money.java",
                """
                package interop;

                import com.google.auto.value.AutoValue;

                @AutoValue
                public abstract class Money {
                  public abstract long cents();

                  public static Money of(long cents) {
                    return new AutoValue_Money(cents);
                  }
                }
                """,
                "interop/Wallet.java",
                """
                package interop;

                import static org.jatomics.Ordering.ACQUIRE;
                import static org.jatomics.Ordering.FULL;

                import org.jatomics.annotations.Atomic;

                public class Wallet {
                  @Atomic Money money = Money.of(0);
                  // a field of the type AutoValue generates: resolved in a later round
                  @Atomic AutoValue_Money exact;

                  public static long swap(long cents) {
                    Wallet wallet = new Wallet();
                    Money old = wallet.money;
                    Money now = Money.of(cents);
                    Money witness = WalletAtomics.cmpxchgMoney(wallet, old, now, FULL);
                    WalletAtomics.storeExact(wallet, (AutoValue_Money) now, org.jatomics.Ordering.RELEASE);
                    return witness == old ? WalletAtomics.loadExact(wallet, ACQUIRE).cents() : -1;
                  }
                }
                """));
    assertTrue(
        result.generatedSource("interop/WalletAtomics.java").contains("AutoValue_Money xchgExact"));
    assertEquals(7L, call(result.loader(), "interop.Wallet", "swap", 7L));
  }

  @Test
  void mapStructMapperOverAClassWhoseAccessorsUseTheGeneratedAccessors(@TempDir Path dir)
      throws Exception {
    Javac.Result result =
        compileWithOnlyTheirProcessingWarnings(
            dir,
            Map.of(
                "interop/Order.java",
                """
                package interop;

                import static org.jatomics.Ordering.ACQUIRE;
                import static org.jatomics.Ordering.RELEASE;

                import org.jatomics.annotations.Atomic;

                public class Order {
                  @Atomic private int quantity;

                  public int getQuantity() {
                    return OrderAtomics.loadQuantity(this, ACQUIRE);
                  }

                  public void setQuantity(int quantity) {
                    OrderAtomics.storeQuantity(this, quantity, RELEASE);
                  }
                }
                """,
                "interop/OrderDto.java",
                """
                package interop;

                public class OrderDto {
                  private int quantity;

                  public int getQuantity() {
                    return quantity;
                  }

                  public void setQuantity(int quantity) {
                    this.quantity = quantity;
                  }
                }
                """,
                "interop/OrderMapper.java",
                """
                package interop;

                import org.mapstruct.Mapper;

                @Mapper
                public interface OrderMapper {
                  Order toOrder(OrderDto dto);
                }
                """,
                "interop/OrderMapping.java",
                """
                package interop;

                // Not in OrderMapper: MapStruct would take an int -> int method there for the mapping.
                public final class OrderMapping {
                  static int roundTrip(int quantity) {
                    OrderDto dto = new OrderDto();
                    dto.setQuantity(quantity);
                    return new OrderMapperImpl().toOrder(dto).getQuantity();
                  }
                }
                """));
    assertTrue(result.generatedSource("interop/OrderMapperImpl.java").contains("setQuantity"));
    assertEquals(5, call(result.loader(), "interop.OrderMapping", "roundTrip", 5));
  }
}
