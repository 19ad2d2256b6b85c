package corpus.nonatomicaccess;

import java.util.function.IntSupplier;
import org.jatomics.annotations.Atomic;

/**
 * Fields declared in local and anonymous classes (guava's CollectSpliterators declares
 * {@code final class WithCharacteristics} inside a method): their owners have no canonical name,
 * and the front end must name them without assuming one. Their plain fields are nobody's
 * business; a plain read of the enclosing class's @Atomic field from inside them still is.
 */
class LocalClassFields {
  @Atomic int state;

  int localClass(int start) {
    final class Box {
      private final int first;
      int count;

      Box(int first) {
        this.first = first;
      }

      int next() {
        count++;
        return first + count;
      }

      int outerState() {
        // BUG: Diagnostic contains: NonAtomicAccess
        return state;
      }
    }
    Box box = new Box(start);
    box.count = 2;
    return box.next() + box.outerState();
  }

  IntSupplier anonymousClass() {
    return new IntSupplier() {
      int calls;

      @Override
      public int getAsInt() {
        return ++calls;
      }
    };
  }
}
