package corpus.nonatomicaccess;

import static org.jatomics.Ordering.ACQUIRE;
import static org.jatomics.Ordering.FULL;
import static org.jatomics.Ordering.RELEASE;

import org.jatomics.annotations.Atomic;

/** Every access through the generated accessors: nothing to flag. */
class AccessorsOnly {
  @Atomic Object value;
  @Atomic int version;
  int plainCounter;

  void publish(Object v) {
    AccessorsOnlyAtomics.storeValue(this, v, RELEASE);
    AccessorsOnlyAtomics.fetchAddVersion(this, 1, FULL);
    plainCounter++;
  }

  Object read() {
    Object seen = AccessorsOnlyAtomics.loadValue(this, ACQUIRE);
    int witness = AccessorsOnlyAtomics.cmpxchgVersion(this, 0, 1, FULL);
    return witness == 0 ? seen : AccessorsOnlyAtomics.xchgValue(this, null, FULL);
  }
}
