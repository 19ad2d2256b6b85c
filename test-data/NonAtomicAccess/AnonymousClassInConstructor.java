package corpus.nonatomicaccess;

import org.jatomics.annotations.Atomic;

/** An anonymous class's code is not the declaring class's construction. */
class AnonymousClassInConstructor {
  @Atomic boolean done;
  final Runnable finish;

  AnonymousClassInConstructor() {
    done = false;
    finish =
        new Runnable() {
          @Override
          public void run() {
            // BUG: Diagnostic contains: NonAtomicAccess
            done = true;
          }
        };
  }
}
