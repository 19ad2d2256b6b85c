package corpus.nonatomicaccess;

import static org.jatomics.Ordering.ACQUIRE;

import org.jatomics.annotations.Atomic;

/** Static @Atomic fields read from another class. */
class StaticFieldFromOtherClass {
  @Atomic static volatile boolean stopped;

  static final class Worker {
    boolean shouldStop() {
      // BUG: Diagnostic contains: NonAtomicAccess
      return StaticFieldFromOtherClass.stopped;
    }

    boolean shouldStopAtomically() {
      return StaticFieldFromOtherClassAtomics.loadStopped(ACQUIRE);
    }
  }
}
