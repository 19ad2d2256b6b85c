package corpus.mixedaccessmode;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A field read or written on a new expression itself ({@code new Table(n).slots}, as JCTools'
 * NonBlockingHashMap.clear() takes a fresh table): the object was made in that expression and no
 * other thread can see it, as for a local variable holding it.
 */
class FieldOfNewExpression {
  static final class Table {
    private static final VarHandle SLOTS;

    static {
      try {
        SLOTS = MethodHandles.lookup().findVarHandle(Table.class, "slots", Object[].class);
      } catch (ReflectiveOperationException e) {
        throw new ExceptionInInitializerError(e);
      }
    }

    Object[] slots;
    int size;

    Table(int n) {
      slots = new Object[n];
    }

    boolean casSlots(Object[] expected, Object[] update) {
      return SLOTS.compareAndSet(this, expected, update);
    }
  }

  private final Table table = new Table(8);

  void clear() {
    Object[] fresh = new Table(8).slots;
    Object[] wrapped = (new Table(16)).slots;
    Object[] cast = ((Table) new Table(32)).slots;
    new Table(4).slots = fresh;
    while (!table.casSlots((Object[]) Table.SLOTS.getAcquire(table), fresh)) {
      Thread.onSpinWait();
    }
  }

  Object[] other(Table shared) {
    // BUG: Diagnostic contains: MixedAccessMode
    Object[] seen = shared.slots;
    // BUG: Diagnostic contains: MixedAccessMode
    Object[] again = table.slots;
    // A new table passed to a method first: its field is read on the method's result, which may
    // be any table.
    // BUG: Diagnostic contains: MixedAccessMode
    return same(new Table(2)).slots;
  }

  private static Table same(Table t) {
    return t;
  }
}
