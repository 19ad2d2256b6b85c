package corpus.missingsafetycomment;

import org.jatomics.annotations.SafetyContract;

/** Writes of a @SafetyContract field outside construction are unsafe operations. */
class SafetyContractFieldWrite {
  @SafetyContract("address points to a live native block of at least capacity bytes")
  long address;

  long capacity;

  SafetyContractFieldWrite(long address, long capacity) {
    this.address = address;
    this.capacity = capacity;
  }

  void remap(long newAddress, long newCapacity) {
    // SAFETY: newAddress was just returned by mremap for newCapacity bytes.
    address = newAddress;
    capacity = newCapacity;
  }

  void reset() {
    // BUG: Diagnostic contains: MissingSafetyComment
    this.address = 0;
    capacity = 0;
  }

  long read() {
    return address;
  }
}
