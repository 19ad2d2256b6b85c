package org.jatomics.accessors;

import static org.jatomics.Ordering.ACQUIRE;
import static org.jatomics.Ordering.FULL;
import static org.jatomics.Ordering.RELAXED;
import static org.jatomics.Ordering.RELEASE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jatomics.Ordering;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Threads hammering one field through the generated read-modify-writes lose no update. */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class ContentionTest {
  private static final int THREADS = 2;
  private static final int PER_THREAD = 500_000;

  /** Runs {@code body} on {@link #THREADS} threads released together, and waits for all. */
  private static void hammer(Runnable body) throws Exception {
    CyclicBarrier start = new CyclicBarrier(THREADS);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        done.add(
            pool.submit(
                () -> {
                  start.await();
                  body.run();
                  return null;
                }));
      }
      for (Future<?> f : done) {
        f.get(1, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void fetchAddLosesNoUpdateInAnyOrdering() throws Exception {
    for (Ordering o : List.of(Ordering.RELAXED, Ordering.ACQUIRE, Ordering.RELEASE, FULL)) {
      Counters counters = new Counters();
      hammer(
          () -> {
            for (int i = 0; i < PER_THREAD; i++) {
              CountersAtomics.fetchAddAdded(counters, 1, o);
            }
          });
      assertEquals(
          THREADS * PER_THREAD, CountersAtomics.loadAdded(counters, ACQUIRE), o.toString());
    }
  }

  @Test
  void cmpxchgLoopLosesNoUpdate() throws Exception {
    Counters counters = new Counters();
    hammer(
        () -> {
          for (int i = 0; i < PER_THREAD; i++) {
            long seen = CountersAtomics.loadCasLoop(counters, RELAXED);
            long witness;
            while ((witness = CountersAtomics.cmpxchgCasLoop(counters, seen, seen + 1, FULL))
                != seen) {
              seen = witness; // the witness is the current value: retry from it without reloading
            }
          }
        });
    assertEquals((long) THREADS * PER_THREAD, CountersAtomics.loadCasLoop(counters, ACQUIRE));
  }

  /**
   * A spin lock built from {@code xchg} (ACQUIRE, take the token) and {@code store} (RELEASE, put
   * it back) guards a plain counter: if two threads ever held the token at once, or the orderings
   * did not publish the counter, increments would be lost.
   */
  @Test
  void xchgAcquireAndStoreReleaseMakeALock() throws Exception {
    Counters counters = new Counters();
    CountersAtomics.storeToken(counters, new Object(), RELEASE);
    int sections = PER_THREAD / 5;
    hammer(
        () -> {
          for (int i = 0; i < sections; i++) {
            Object token;
            while ((token = CountersAtomics.xchgToken(counters, null, ACQUIRE)) == null) {
              Thread.onSpinWait();
            }
            counters.guarded++;
            CountersAtomics.storeToken(counters, token, RELEASE);
          }
        });
    assertEquals(THREADS * sections, counters.guarded);
  }
}
