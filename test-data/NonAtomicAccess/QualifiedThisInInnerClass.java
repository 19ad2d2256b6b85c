package corpus.nonatomicaccess;

import org.jatomics.annotations.Atomic;

/** Outer.this in an inner class's constructor names an already shared object. */
class QualifiedThisInInnerClass {
  @Atomic int children;

  class Child {
    Child() {
      // BUG: Diagnostic contains: NonAtomicAccess
      QualifiedThisInInnerClass.this.children++;
    }
  }
}
