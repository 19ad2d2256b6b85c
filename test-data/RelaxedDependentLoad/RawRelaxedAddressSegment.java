package corpus.relaxeddependentload;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static org.jatomics.Ordering.ACQUIRE;
import static org.jatomics.Ordering.RELAXED;

import java.lang.foreign.MemorySegment;
import org.jatomics.raw.RawAtomics;

/** A pointer RELAXED-loaded from native memory and then dereferenced. */
class RawRelaxedAddressSegment {
  int readThroughPointer(MemorySegment slot) {
    // SAFETY: every writer of slot publishes with an atomic store.
    // BUG: Diagnostic contains: RelaxedDependentLoad
    MemorySegment target = RawAtomics.atomicLoad(slot, ADDRESS, 0, RELAXED);
    // SAFETY: target points to a live, int-aligned block of at least 4 bytes owned by the producer.
    return target.reinterpret(4).get(JAVA_INT, 0);
  }

  int readThroughPointerAcquire(MemorySegment slot) {
    // SAFETY: every writer of slot publishes with an atomic store.
    MemorySegment target = RawAtomics.atomicLoad(slot, ADDRESS, 0, ACQUIRE);
    // SAFETY: target points to a live, int-aligned block of at least 4 bytes owned by the producer.
    return target.reinterpret(4).get(JAVA_INT, 0);
  }
}
