package org.jatomics.samples.mistakes;

import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.jatomics.Ordering.ACQUIRE;

import java.lang.foreign.MemorySegment;
import org.jatomics.raw.RawAtomics;

/** MissingSafetyComment: a RawAtomics call nobody justified. */
public final class SharedCounter {
  private final MemorySegment word;

  /**
   * Wraps an 8-byte word of shared native memory.
   *
   * @param word the word
   */
  public SharedCounter(MemorySegment word) {
    this.word = word;
  }

  /**
   * Reads the counter without saying why that is sound (the mistake).
   *
   * @return the value
   */
  public long readUnjustified() {
    return RawAtomics.atomicLoad(word, JAVA_LONG, 0, ACQUIRE);
  }

  /**
   * Reads the counter.
   *
   * @return the value
   */
  public long read() {
    // SAFETY: every writer of this word, in Java or C, uses an atomic store.
    return RawAtomics.atomicLoad(word, JAVA_LONG, 0, ACQUIRE);
  }
}
