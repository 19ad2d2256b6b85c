package corpus.nonatomicaccess;

import org.jatomics.annotations.Atomic;

/** A lambda created in the constructor may run later, on another thread: not construction. */
class LambdaInConstructor {
  @Atomic int ticks;
  final Runnable tick;

  LambdaInConstructor() {
    ticks = 0;
    // BUG: Diagnostic contains: NonAtomicAccess
    tick = () -> this.ticks++;
  }
}
