package corpus.nonatomicaccess;

import java.util.concurrent.Executor;
import org.jatomics.annotations.Atomic;

/**
 * A constructor that makes an instance of an inner class hands {@code this} to it (the implicit
 * enclosing instance), as surely as {@code new Helper(this)} does: the object under construction
 * may be seen from there on. A static nested class, or an inner class of another object, gets no
 * {@code this}.
 */
class InnerClassInConstructor {
  @Atomic int state;
  Runnable task;

  /** Holds InnerClassInConstructor.this. */
  final class Drain implements Runnable {
    @Override
    public void run() {
      // BUG: Diagnostic contains: NonAtomicAccess
      state = 0;
    }
  }

  /** Holds nothing of the outer object. */
  static final class Stats {
    int runs;
  }

  /** Is handed the outer object explicitly. */
  static final class Watcher {
    final InnerClassInConstructor watched;

    Watcher(InnerClassInConstructor watched) {
      this.watched = watched;
    }
  }

  InnerClassInConstructor(Executor executor) {
    state = 1;
    Stats stats = new Stats();
    stats.runs = 0;
    state = 2;
    task = new Drain();
    // BUG: Diagnostic contains: NonAtomicAccess
    state = 3;
    executor.execute(task);
  }

  InnerClassInConstructor(InnerClassInConstructor parent) {
    state = 1;
    task = parent.new Drain();
    state = 2;
    Watcher watcher = new Watcher(this);
    // BUG: Diagnostic contains: NonAtomicAccess
    state = 4;
    watcher.watched.task = null;
  }

  /** A subclass's constructor: the inherited inner class takes this subclass instance too. */
  static final class Prioritized extends InnerClassInConstructor {
    @Atomic int priority;

    Prioritized(Executor executor) {
      super(executor);
      priority = 1;
      Runnable drain = new Drain();
      // BUG: Diagnostic contains: NonAtomicAccess
      priority = 2;
      executor.execute(drain);
    }
  }

  /** An inner class's constructor: a sibling inner class takes the outer object, not this one. */
  final class Batch {
    @Atomic int size;

    Batch() {
      size = 1;
      Runnable drain = new Drain();
      size = 2;
      drain.run();
    }
  }
}
