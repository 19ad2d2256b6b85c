package corpus.nonatomicaccess;

import org.jatomics.annotations.Atomic;

/** A static @Atomic field may be initialized plainly in its own class's static initializer. */
class StaticInitializer {
  @Atomic static int instances;
  @Atomic static long startedAt = System.nanoTime();

  static {
    instances = 0;
    startedAt += 1;
  }

  StaticInitializer() {
    // BUG: Diagnostic contains: NonAtomicAccess
    instances++;
  }

  static long uptime() {
    // BUG: Diagnostic contains: NonAtomicAccess
    return System.nanoTime() - startedAt;
  }

  static class Other {
    static {
      // BUG: Diagnostic contains: NonAtomicAccess
      StaticInitializer.instances = 5;
    }
  }
}
