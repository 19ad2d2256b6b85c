package corpus.nonatomicaccess;

import java.util.ArrayList;
import java.util.List;
import org.jatomics.annotations.Atomic;

/**
 * The object under construction is private until the constructor lets this escape: registered
 * with a listener list, captured by a lambda or an anonymous class. Subclass constructors may
 * initialize inherited fields plainly.
 */
class ConstructorEscape {
  static final List<ConstructorEscape> REGISTRY = new ArrayList<>();

  @Atomic int state;
  @Atomic Runnable onClose;

  ConstructorEscape() {
    state = 1;
    this.onClose = null;
    init();
    state = 2;
    REGISTRY.add(this);
    // BUG: Diagnostic contains: NonAtomicAccess
    state = 3;
  }

  ConstructorEscape(boolean verbose) {
    state = 0;
    Runnable quiet = () -> System.out.println("closed");
    state = 1;
    // BUG: Diagnostic contains: NonAtomicAccess
    onClose = () -> System.out.println(state);
    // BUG: Diagnostic contains: NonAtomicAccess
    state = verbose ? 2 : 3;
    quiet.run();
  }

  ConstructorEscape(String name) {
    state = name.length();
    Runnable r =
        new Runnable() {
          @Override
          public void run() {}
        };
    // BUG: Diagnostic contains: NonAtomicAccess
    this.state = 0;
    r.run();
  }

  private void init() {
    // BUG: Diagnostic contains: NonAtomicAccess
    state = 0;
  }

  static final class Closing extends ConstructorEscape {
    @Atomic boolean closed;

    Closing() {
      super();
      closed = false;
      state = 4;
      super.state = 5;
    }

    Closing(ConstructorEscape other) {
      if (other == this) {
        throw new IllegalArgumentException();
      }
      closed = true;
      // BUG: Diagnostic contains: NonAtomicAccess
      other.state = 6;
    }
  }
}
