package corpus.mixedaccessmode;

import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;

/** In a constructor, writing another instance's field is not construction. */
class UpdaterThroughOtherInstance {
  private static final AtomicIntegerFieldUpdater<UpdaterThroughOtherInstance> WAITERS =
      AtomicIntegerFieldUpdater.newUpdater(UpdaterThroughOtherInstance.class, "waiters");

  volatile int waiters;

  UpdaterThroughOtherInstance(UpdaterThroughOtherInstance queue) {
    waiters = 0;
    // BUG: Diagnostic contains: MixedAccessMode
    queue.waiters++;
    WAITERS.incrementAndGet(queue);
  }
}
