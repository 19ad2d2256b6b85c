package org.jatomics.reviewer;

import java.io.Console;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A one-line progress bar on standard error. It is drawn only when the reviewer runs in a terminal
 * and the run is long (still busy after {@link #DELAY_NANOS}); piped or redirected runs, as in CI,
 * get nothing extra.
 */
public final class Progress {
  /** How long a run must last before a bar appears: short runs stay silent. */
  static final long DELAY_NANOS = 1_000_000_000L;

  private static final int WIDTH = 30;

  private final PrintStream out;
  private final String phase;
  private final int total;
  private final long start = System.nanoTime();
  private final AtomicInteger done = new AtomicInteger();
  private volatile long lastDrawn;
  private volatile boolean drawn;

  private Progress(PrintStream out, String phase, int total) {
    this.out = out;
    this.phase = phase;
    this.total = total;
  }

  /**
   * A bar over {@code total} files that draws on standard error when it is interactive, or a silent
   * one otherwise.
   */
  public static Progress forTerminal(String phase, int total) {
    return new Progress(isTerminal() ? System.err : null, phase, total);
  }

  /** A bar that never draws. */
  public static Progress silent() {
    return new Progress(null, "", 0);
  }

  /** Counts one more file done, redrawing at most ten times a second. */
  public void step() {
    int now = done.incrementAndGet();
    if (out == null) {
      return;
    }
    long t = System.nanoTime();
    if (t - start < DELAY_NANOS || t - lastDrawn < 100_000_000L) {
      return;
    }
    lastDrawn = t;
    synchronized (this) {
      int filled = total == 0 ? WIDTH : (int) ((long) now * WIDTH / total);
      out.print(
          "\r"
              + phase
              + " ["
              + "#".repeat(filled)
              + " ".repeat(WIDTH - filled)
              + "] "
              + now
              + "/"
              + total
              + " files");
      out.flush();
      drawn = true;
    }
  }

  /** Erases the bar, if one was drawn, so the report starts on a clean line. */
  public synchronized void finish() {
    if (out != null && drawn) {
      out.print("\r" + " ".repeat(phase.length() + WIDTH + 30) + "\r");
      out.flush();
    }
  }

  /**
   * Whether the process talks to a terminal. On JDK 22+ {@code System.console()} exists even when
   * redirected, and {@code Console.isTerminal()} tells; on older JDKs a console exists only for a
   * terminal.
   */
  @SuppressWarnings("SystemConsoleNull") // the reviewer runs on Java 17, where console() is null
  static boolean isTerminal() {
    Console console = System.console();
    if (console == null || "dumb".equals(System.getenv("TERM"))) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }
}
