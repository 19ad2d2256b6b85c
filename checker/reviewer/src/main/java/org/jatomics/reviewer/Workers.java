package org.jatomics.reviewer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The review's threads: {@code jobs} workers, each reviewing one file at a time on a large stack
 * (JavaParser and the front end recurse once per nesting level, and javac compiles a 5,000-term
 * concatenation or 500 nested parentheses; only the pages a thread touches cost memory).
 */
final class Workers {
  /** The stack of each worker thread (reserved address space; memory only as it is used). */
  static final long STACK_BYTES = 512L << 20;

  private Workers() {}

  /**
   * Runs {@code action} for each of {@code files} on {@code jobs} threads and returns when all are
   * done, stepping {@code progress} per file.
   *
   * @throws IllegalStateException when an action throws (actions report their files' failures
   *     themselves; this is a bug)
   */
  static void forEach(List<Path> files, int jobs, Progress progress, Consumer<Path> action) {
    ExecutorService pool = pool(jobs);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (Path file : files) {
        futures.add(
            pool.submit(
                () -> {
                  action.accept(file);
                  progress.step();
                }));
      }
      for (Future<?> future : futures) {
        await(future);
      }
    } finally {
      pool.shutdownNow();
      progress.finish();
    }
  }

  /** Files submitted per thread ahead of the one whose result is awaited by {@link #inOrder}. */
  static final int WINDOW_PER_JOB = 4;

  /** Takes the results of {@link #inOrder}, one at a time. */
  interface InOrder<R> {
    void accept(R result) throws IOException;
  }

  /**
   * Runs {@code work} for each of {@code files} on {@code jobs} threads and hands the results to
   * {@code results} in the order of {@code files}, on this thread, as soon as each result and those
   * before it are ready. At most {@link #WINDOW_PER_JOB} files per thread are submitted ahead of
   * the one awaited, so the results waiting for an earlier file stay few.
   *
   * @throws IOException when {@code results} throws it (the workers are stopped)
   */
  static <R> void inOrder(
      List<Path> files, int jobs, Progress progress, Function<Path, R> work, InOrder<R> results)
      throws IOException {
    int threads = Math.max(1, jobs);
    ExecutorService pool = pool(threads);
    try {
      Deque<Future<R>> pending = new ArrayDeque<>();
      Iterator<Path> next = files.iterator();
      while (next.hasNext() || !pending.isEmpty()) {
        while (next.hasNext() && pending.size() < threads * WINDOW_PER_JOB) {
          Path file = next.next();
          pending.add(
              pool.submit(
                  () -> {
                    R result = work.apply(file);
                    progress.step();
                    return result;
                  }));
        }
        results.accept(await(pending.removeFirst()));
      }
    } finally {
      pool.shutdownNow();
      progress.finish();
    }
  }

  private static ExecutorService pool(int jobs) {
    return Executors.newFixedThreadPool(
        Math.max(1, jobs),
        runnable -> {
          Thread thread = new Thread(null, runnable, "jatomics-review", STACK_BYTES);
          thread.setDaemon(true);
          return thread;
        });
  }

  private static <R> R await(Future<R> future) {
    try {
      return future.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("reviewer failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
