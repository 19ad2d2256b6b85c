package org.jatomics.samples.accessors;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The two contention scenarios the samples show; {@link Main} prints them, the tests check them.
 */
public final class Demos {
  private Demos() {}

  /**
   * What a run of {@link #treiberStack} saw.
   *
   * @param pushed the number of elements pushed, over all threads
   * @param popped the number of elements popped, over all threads
   * @param lost how many pushed values never came out
   * @param duplicated how many values came out more than once
   */
  public record StackRun(int pushed, int popped, int lost, int duplicated) {
    /**
     * Whether every pushed value was popped exactly once.
     *
     * @return true if nothing was lost or duplicated
     */
    public boolean eachExactlyOnce() {
      return lost == 0 && duplicated == 0 && popped == pushed;
    }
  }

  /**
   * {@code threads} threads each push {@code perThread} distinct values while popping, then drain
   * the stack; counts how often each value came out.
   *
   * @param threads the number of threads pushing and popping at once
   * @param perThread the number of values each thread pushes
   * @return the counts
   * @throws InterruptedException if interrupted while waiting for the threads
   */
  public static StackRun treiberStack(int threads, int perThread) throws InterruptedException {
    TreiberStack<Integer> stack = new TreiberStack<>();
    int[] timesPopped = new int[threads * perThread];
    List<List<Integer>> poppedBy = new ArrayList<>();
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int first = t * perThread;
      List<Integer> mine = new ArrayList<>();
      poppedBy.add(mine);
      workers.add(
          started(
              () -> {
                awaitQuietly(start);
                for (int i = 0; i < perThread; i++) {
                  stack.push(first + i);
                  if (i % 2 == 1) { // pop about half as often as we push, to keep the top contended
                    Integer value = stack.pop();
                    if (value != null) {
                      mine.add(value);
                    }
                  }
                }
              }));
    }
    start.countDown();
    for (Thread worker : workers) {
      worker.join();
    }
    int popped = 0;
    for (List<Integer> values : poppedBy) { // join() made the lists visible
      for (int value : values) {
        timesPopped[value]++;
        popped++;
      }
    }
    for (Integer value = stack.pop(); value != null; value = stack.pop()) {
      timesPopped[value]++;
      popped++;
    }
    int lost = 0;
    int duplicated = 0;
    for (int times : timesPopped) {
      lost += times == 0 ? 1 : 0;
      duplicated += times > 1 ? 1 : 0;
    }
    return new StackRun(threads * perThread, popped, lost, duplicated);
  }

  /**
   * What a run of {@link #ringBuffer} saw.
   *
   * @param sent the number of messages the producer sent
   * @param received the number of messages the consumer received
   * @param inOrder whether every message arrived in sending order, none missing or repeated
   * @param checksum the sum of the received messages
   * @param expectedChecksum the sum of the sent messages
   * @param fullOffers how often the producer found the buffer full (shows that it wrapped)
   */
  public record RingRun(
      long sent,
      long received,
      boolean inOrder,
      long checksum,
      long expectedChecksum,
      long fullOffers) {}

  /**
   * One producer sends {@code 0..messages-1} through a ring buffer of {@code capacity} slots to one
   * consumer, which checks order and sums what it receives.
   *
   * @param messages the number of messages
   * @param capacity the ring's capacity (a power of two); small values force it to wrap often
   * @return what the consumer saw
   * @throws InterruptedException if interrupted while waiting for the threads
   */
  public static RingRun ringBuffer(long messages, int capacity) throws InterruptedException {
    SpscRingBuffer<Long> ring = new SpscRingBuffer<>(capacity);
    long[] full = new long[1];
    AtomicReference<long[]> result = new AtomicReference<>();
    Thread producer =
        started(
            () -> {
              for (long m = 0; m < messages; m++) {
                while (!ring.offer(m)) {
                  full[0]++;
                  Thread.onSpinWait();
                }
              }
            });
    Thread consumer =
        started(
            () -> {
              long received = 0;
              long checksum = 0;
              boolean inOrder = true;
              while (received < messages) {
                Long m = ring.poll();
                if (m == null) {
                  Thread.onSpinWait();
                  continue;
                }
                inOrder &= m == received;
                checksum += m;
                received++;
              }
              result.set(new long[] {received, checksum, inOrder ? 1 : 0});
            });
    producer.join();
    consumer.join();
    long[] r = result.get();
    return new RingRun(messages, r[0], r[2] == 1, r[1], messages * (messages - 1) / 2, full[0]);
  }

  private static Thread started(Runnable body) {
    Thread thread = new Thread(body);
    thread.start();
    return thread;
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
