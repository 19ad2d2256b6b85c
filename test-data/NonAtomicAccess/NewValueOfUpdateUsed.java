package corpus.nonatomicaccess;

import org.jatomics.annotations.Atomic;

/**
 * The value of {@code ++x}, {@code --x} and {@code x += d} is the new value, but fetchAdd returns
 * the old one: the suggested call adds the delta back ({@code fetchAddX(this, 1, FULL) + 1}).
 */
class NewValueOfUpdateUsed {
  @Atomic int count;
  @Atomic long total;

  int next() {
    // BUG: Diagnostic contains: NonAtomicAccess
    int y = ++count;
    return y;
  }

  int previous() {
    // BUG: Diagnostic contains: NonAtomicAccess
    return --count;
  }

  long add(long amount) {
    // BUG: Diagnostic contains: NonAtomicAccess
    return total += amount;
  }

  long subtract(long amount) {
    // BUG: Diagnostic contains: NonAtomicAccess
    return total -= amount;
  }
}
