import static org.jatomics.Ordering.ACQUIRE;
import static org.jatomics.Ordering.FULL;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The processor handles package-private classes in the default package. */
class DefaultPackageTest {
  @Test
  void accessorsOfADefaultPackageClass() {
    DefaultPackageCounter counter = new DefaultPackageCounter();
    assertEquals(0, DefaultPackageCounterAtomics.fetchAddCount(counter, 3, FULL));
    assertEquals(3, DefaultPackageCounterAtomics.loadCount(counter, ACQUIRE));
  }
}
