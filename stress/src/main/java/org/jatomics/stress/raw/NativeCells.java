package org.jatomics.stress.raw;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.openjdk.jcstress.annotations.State;

/**
 * Sixteen bytes of zeroed native memory, 8-byte aligned: two {@code int} cells {@code x} at {@link
 * #X} and {@code y} at {@link #Y}, or one {@code long}/{@code double}/address at offset 0, or a
 * 32-bit word of sub-word cells at offset 0.
 *
 * <p>The memory comes from an automatic arena: shared-access native memory (as {@code
 * Arena.ofShared()} gives) that the garbage collector frees. jcstress creates millions of states
 * per second; closing a shared arena per state would each time wait for a handshake with every
 * thread, and a global arena would never free them.
 */
@State
public class NativeCells {
  /** Offset of the first {@code int} cell. */
  static final long X = 0;

  /** Offset of the second {@code int} cell. */
  static final long Y = 8;

  /** The cells. */
  final MemorySegment memory = Arena.ofAuto().allocate(16, 8);
}
