package org.jatomics.raw;

import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;
import java.util.Objects;

/**
 * The var handles {@link RawAtomics} invokes: one {@code static final} handle per canonical layout
 * (the fast path, which the JIT folds to the same code as a hand-written FFM var handle), and the
 * general path for every other layout of the same carrier.
 *
 * <p>Every {@link RawAtomics} method tests for its canonical layout first and then invokes the
 * {@code static final} handle itself, not a local variable holding one of two handles: a compiled
 * method that does not inline its caller's constants (C1, and C2 at a lukewarm call site) folds an
 * invocation of a {@code static final} handle, but runs the generic var-handle linkage for a handle
 * that is not a constant, about 15 ns per access.
 */
final class Handles {
  static final VarHandle BYTE = exact(ValueLayout.JAVA_BYTE);
  static final VarHandle BOOLEAN = exact(ValueLayout.JAVA_BOOLEAN);
  static final VarHandle SHORT = exact(ValueLayout.JAVA_SHORT);
  static final VarHandle CHAR = exact(ValueLayout.JAVA_CHAR);
  static final VarHandle INT = exact(ValueLayout.JAVA_INT);
  static final VarHandle LONG = exact(ValueLayout.JAVA_LONG);
  static final VarHandle FLOAT = exact(ValueLayout.JAVA_FLOAT);
  static final VarHandle DOUBLE = exact(ValueLayout.JAVA_DOUBLE);
  static final VarHandle ADDRESS = exact(ValueLayout.ADDRESS);

  private Handles() {}

  /** A canonical layout's handle; exact, so a wrong cast at a call site fails instead of boxing. */
  private static VarHandle exact(ValueLayout layout) {
    return layout.varHandle().withInvokeExactBehavior();
  }

  /**
   * The handle for a layout that is not the canonical constant of its carrier: another byte order,
   * a name, a stricter alignment or (for addresses) a target layout. The JDK caches it in the
   * layout, and it performs the same checks and conversions as the canonical one; only the call is
   * not folded to a constant. Unaligned layouts are rejected, since atomicity needs natural
   * alignment.
   */
  static VarHandle of(ValueLayout layout) {
    requireAligned(layout);
    return layout.varHandle();
  }

  /**
   * Throws unless {@code layout} is aligned at least to its size (so no access through it tears).
   */
  static void requireAligned(ValueLayout layout) {
    Objects.requireNonNull(layout, "layout");
    if (layout.byteAlignment() < layout.byteSize()) {
      throw new IllegalArgumentException(
          "unaligned layout "
              + layout
              + " ("
              + layout.carrier().getSimpleName()
              + ", byte alignment "
              + layout.byteAlignment()
              + ", size "
              + layout.byteSize()
              + "): an atomic access needs a layout aligned to its size; use"
              + " layout.withByteAlignment("
              + layout.byteSize()
              + "), e.g. the canonical ValueLayout constant instead of a *_UNALIGNED one");
    }
  }
}
