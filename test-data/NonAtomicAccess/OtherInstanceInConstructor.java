package corpus.nonatomicaccess;

import org.jatomics.annotations.Atomic;

/** In a constructor, only the object under construction is private: other instances are shared. */
class OtherInstanceInConstructor {
  @Atomic OtherInstanceInConstructor next;

  OtherInstanceInConstructor(OtherInstanceInConstructor previous) {
    next = null;
    // BUG: Diagnostic contains: NonAtomicAccess
    previous.next = this;
  }
}
