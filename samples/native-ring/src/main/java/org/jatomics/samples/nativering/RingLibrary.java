package org.jatomics.samples.nativering;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.nio.file.Path;

/**
 * The C side, {@code jatomics_ring.c}, bound with {@code java.lang.foreign}: one downcall handle
 * per exported function. The library stays loaded as long as the arena given to {@link #load} is
 * open; close it only after every task started here has been joined.
 */
final class RingLibrary {
  private final MethodHandle layout;
  private final MethodHandle payload;
  private final MethodHandle startProducer;
  private final MethodHandle startConsumer;
  private final MethodHandle join;

  private RingLibrary(
      MethodHandle layout,
      MethodHandle payload,
      MethodHandle startProducer,
      MethodHandle startConsumer,
      MethodHandle join) {
    this.layout = layout;
    this.payload = payload;
    this.startProducer = startProducer;
    this.startConsumer = startConsumer;
    this.join = join;
  }

  /**
   * Loads the compiled library and checks that C and Java agree on the ring's layout. javac's
   * {@code restricted} lint is suppressed because each restricted call here states why it is sound
   * in its {@code SAFETY} comment, which the jatomics checker verifies is present.
   */
  @SuppressWarnings("restricted")
  static RingLibrary load(Path library, Arena arena) {
    Linker linker = Linker.nativeLinker();
    // SAFETY: `library` is CCompiler's build of this sample's jatomics_ring.c, which has no
    // initialisers; loading it runs no foreign code, and the arena keeps it loaded while in use.
    SymbolLookup symbols = SymbolLookup.libraryLookup(library, arena);
    // SAFETY: matches `void jr_layout(uint64_t out[6])`.
    MethodHandle layout =
        linker.downcallHandle(symbol(symbols, "jr_layout"), FunctionDescriptor.ofVoid(ADDRESS));
    // SAFETY: matches `uint64_t jr_payload(uint64_t seq)`.
    MethodHandle payload =
        linker.downcallHandle(
            symbol(symbols, "jr_payload"), FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));
    // SAFETY: matches `struct jr_task *jr_start_producer(struct jr_ring *ring, uint64_t count)`.
    MethodHandle startProducer =
        linker.downcallHandle(
            symbol(symbols, "jr_start_producer"),
            FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_LONG));
    // SAFETY: matches `struct jr_task *jr_start_consumer(struct jr_ring *ring, uint64_t count)`.
    MethodHandle startConsumer =
        linker.downcallHandle(
            symbol(symbols, "jr_start_consumer"),
            FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_LONG));
    // SAFETY: matches `int jr_join(struct jr_task *task, uint64_t out[4])`.
    MethodHandle join =
        linker.downcallHandle(
            symbol(symbols, "jr_join"), FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
    RingLibrary bound = new RingLibrary(layout, payload, startProducer, startConsumer, join);
    Ring.checkLayoutMatches(bound.cLayout());
    return bound;
  }

  private static MemorySegment symbol(SymbolLookup symbols, String name) {
    return symbols
        .find(name)
        .orElseThrow(() -> new IllegalStateException("the ring library does not export " + name));
  }

  /** {@code jr_layout}: the offsets of {@code struct jr_ring} as the C compiler laid it out. */
  long[] cLayout() {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment out = arena.allocate(JAVA_LONG, 6);
      layout.invokeExact(out);
      return out.toArray(JAVA_LONG);
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  /** {@code jr_payload}: the C twin of {@link Ring#payload}. */
  long payload(long seq) {
    try {
      return (long) payload.invokeExact(seq);
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  /** Starts a C pthread writing {@code count} messages into {@code ring}. */
  Task startProducer(Ring ring, long count) {
    return start(startProducer, ring, count);
  }

  /** Starts a C pthread reading and checking {@code count} messages from {@code ring}. */
  Task startConsumer(Ring ring, long count) {
    return start(startConsumer, ring, count);
  }

  private Task start(MethodHandle function, Ring ring, long count) {
    MemorySegment task;
    try {
      // The C thread reads and writes ring.memory() until joined; the caller keeps it alive.
      task = (MemorySegment) function.invokeExact(ring.memory(), count);
    } catch (Throwable t) {
      throw rethrow(t);
    }
    if (task.equals(MemorySegment.NULL)) {
      throw new IllegalStateException("the C side could not start its thread");
    }
    return new Task(task);
  }

  private static RuntimeException rethrow(Throwable t) {
    if (t instanceof RuntimeException e) {
      throw e;
    }
    if (t instanceof Error e) {
      throw e;
    }
    return new IllegalStateException(t);
  }

  /** A running C thread; {@link #join} it exactly once. */
  final class Task {
    private final MemorySegment handle;

    private Task(MemorySegment handle) {
      this.handle = handle;
    }

    /** {@code jr_join}: waits for the thread and returns what it saw; frees the task. */
    Ring.Side join() {
      try (Arena arena = Arena.ofConfined()) {
        MemorySegment out = arena.allocate(JAVA_LONG, 4);
        int status = (int) join.invokeExact(handle, out);
        if (status != 0) {
          throw new IllegalStateException("pthread_join failed with error " + status);
        }
        // first_bad is UINT64_MAX when there was none: -1 as a Java long, as Ring.Side expects.
        return new Ring.Side(
            out.getAtIndex(JAVA_LONG, 0),
            out.getAtIndex(JAVA_LONG, 1),
            out.getAtIndex(JAVA_LONG, 2),
            out.getAtIndex(JAVA_LONG, 3));
      } catch (Throwable t) {
        throw rethrow(t);
      }
    }
  }
}
