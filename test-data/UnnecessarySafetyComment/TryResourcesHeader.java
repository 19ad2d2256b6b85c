package corpus.unnecessarysafetycomment;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.jatomics.annotations.SafetyContract;

/** Above try, a SAFETY comment covers the resources; the try body needs its own comments. */
class TryResourcesHeader {
  static final class Mapping implements AutoCloseable {
    @SafetyContract("the file stays open while the mapping exists")
    Mapping(int fd) {}

    @Override
    public void close() {}
  }

  void used(int fd) {
    // SAFETY: fd stays open until after the mapping is closed.
    try (Mapping m = new Mapping(fd)) {
      m.hashCode();
    }
  }

  long unused(MemorySegment address) {
    // BUG: Diagnostic contains: UnnecessarySafetyComment
    // SAFETY: the address is live.
    try (Arena arena = Arena.ofConfined()) {
      // BUG: Diagnostic contains: MissingSafetyComment
      return address.reinterpret(8, arena, null).byteSize();
    }
  }
}
