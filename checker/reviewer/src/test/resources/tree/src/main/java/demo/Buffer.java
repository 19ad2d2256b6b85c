package demo;

import static org.jatomics.Ordering.*;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.jatomics.annotations.Atomic;
import org.jatomics.annotations.Consume;
import org.jatomics.annotations.SafetyContract;
import org.jatomics.raw.RawAtomics;

/** A buffer whose slots are published with release stores. */
public class Buffer {
  static final class Slot {
    Slot next;
  }

  @Atomic @Consume Slot head;

  Slot second(Counter counter) {
    Slot first = BufferAtomics.loadHead(this, RELAXED);
    return first.next;
  }

  long read(MemorySegment segment) {
    return RawAtomics.atomicLoad(segment, ValueLayout.JAVA_LONG, 0, ACQUIRE);
  }

  long readJustified(MemorySegment segment) {
    // SAFETY: the producer writes this word only with RawAtomics.atomicStore.
    return RawAtomics.atomicLoad(segment, ValueLayout.JAVA_LONG, 0, ACQUIRE);
  }

  int notUnsafe() {
    // SAFETY: stale, nothing here is unsafe
    return 1;
  }

  @SafetyContract(" ")
  void reset() {}
}
