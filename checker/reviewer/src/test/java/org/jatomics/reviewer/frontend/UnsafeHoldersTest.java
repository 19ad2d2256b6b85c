package org.jatomics.reviewer.frontend;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The names under which the reviewer suspects an {@code Unsafe} it cannot resolve. */
class UnsafeHoldersTest {
  @Test
  void namesMentioningUnsafeInAnyCaseAndTheConventionalU() {
    for (String name :
        List.of("U", "UNSAFE", "unsafe", "theUnsafe", "UnsafeAccess", "getUNSAFE", "xUnSaFe")) {
      assertTrue(UnsafeHolders.mayName(name), name);
    }
  }

  @Test
  void otherNames() {
    for (String name : List.of("", "u", "UU", "Unsaf", "nsafe", "UNSAF_E", "Usafe", "safe")) {
      assertFalse(UnsafeHolders.mayName(name), name);
    }
  }
}
