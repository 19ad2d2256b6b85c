package corpus.relaxeddependentload;

import static org.jatomics.Ordering.RELAXED;

import org.jatomics.annotations.Atomic;

/** Types annotated @Immutable (any package) need no ordering; others do. */
class RelaxedImmutableAnnotated {
  /** A stand-in for javax.annotation.concurrent.Immutable or com.google.errorprone.annotations.Immutable. */
  @interface Immutable {}

  @Immutable
  static final class Money {
    private final long cents;

    Money(long cents) {
      this.cents = cents;
    }

    long cents() {
      return cents;
    }
  }

  static final class Wallet {
    private long cents;

    long cents() {
      return cents;
    }
  }

  @Atomic Money price = new Money(0);
  @Atomic Wallet wallet = new Wallet();

  long total() {
    long p = RelaxedImmutableAnnotatedAtomics.loadPrice(this, RELAXED).cents();
    // BUG: Diagnostic contains: RelaxedDependentLoad
    return p + RelaxedImmutableAnnotatedAtomics.loadWallet(this, RELAXED).cents();
  }
}
