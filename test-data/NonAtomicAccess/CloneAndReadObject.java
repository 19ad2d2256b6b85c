package corpus.nonatomicaccess;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import org.jatomics.annotations.Atomic;

/**
 * The copy super.clone() makes inside clone() and the object readObject fills in are not seen
 * by other threads yet: they may be reset plainly, until they escape.
 */
class CloneAndReadObject implements Cloneable, Serializable {
  private static final long serialVersionUID = 1L;

  @Atomic transient int modCount;
  @Atomic transient Object cache;

  @Override
  public CloneAndReadObject clone() {
    try {
      CloneAndReadObject copy = (CloneAndReadObject) super.clone();
      copy.modCount = 0;
      copy.cache = null;
      return copy;
    } catch (CloneNotSupportedException e) {
      throw new AssertionError(e);
    }
  }

  CloneAndReadObject copy() throws CloneNotSupportedException {
    CloneAndReadObject copy = (CloneAndReadObject) super.clone();
    // BUG: Diagnostic contains: NonAtomicAccess
    copy.modCount = 0;
    return copy;
  }

  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    modCount = 0;
    this.cache = null;
  }

  private void readObjectNoData() {
    modCount = 0;
  }

  void reset() {
    // BUG: Diagnostic contains: NonAtomicAccess
    modCount = 0;
  }
}
