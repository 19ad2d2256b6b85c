package corpus.relaxeddependentload;

import static org.jatomics.Ordering.ACQUIRE;
import static org.jatomics.Ordering.CONSUME;

import org.jatomics.annotations.Atomic;
import org.jatomics.annotations.Consume;

/** ACQUIRE and CONSUME loads of a @Consume field are what it asks for. */
class ConsumeFieldAcquire {
  static final class Table {
    int[] entries = new int[4];
  }

  @Atomic @Consume Table table = new Table();

  int first() {
    return ConsumeFieldAcquireAtomics.loadTable(this, CONSUME).entries[0];
  }

  int second() {
    Table t = ConsumeFieldAcquireAtomics.loadTable(this, ACQUIRE);
    return t.entries[1];
  }
}
