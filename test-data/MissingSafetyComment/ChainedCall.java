package corpus.missingsafetycomment;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;

import java.lang.foreign.MemorySegment;

/** The operation in the middle of a call chain: the comment above the statement counts. */
class ChainedCall {
  byte justified(MemorySegment address) {
    // SAFETY: address comes from malloc(16) in native code and stays allocated while we read.
    return address
        .reinterpret(16)
        .asSlice(8)
        .get(JAVA_BYTE, 0);
  }

  byte unjustified(MemorySegment address) {
    return address
        // BUG: Diagnostic contains: MissingSafetyComment
        .reinterpret(16)
        .get(JAVA_BYTE, 0);
  }
}
