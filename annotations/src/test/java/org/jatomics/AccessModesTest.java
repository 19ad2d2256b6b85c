package org.jatomics;

import static java.lang.invoke.VarHandle.AccessMode.COMPARE_AND_EXCHANGE;
import static java.lang.invoke.VarHandle.AccessMode.COMPARE_AND_EXCHANGE_ACQUIRE;
import static java.lang.invoke.VarHandle.AccessMode.COMPARE_AND_EXCHANGE_RELEASE;
import static java.lang.invoke.VarHandle.AccessMode.GET_ACQUIRE;
import static java.lang.invoke.VarHandle.AccessMode.GET_AND_ADD;
import static java.lang.invoke.VarHandle.AccessMode.GET_AND_SET;
import static java.lang.invoke.VarHandle.AccessMode.GET_OPAQUE;
import static java.lang.invoke.VarHandle.AccessMode.SET_OPAQUE;
import static java.lang.invoke.VarHandle.AccessMode.SET_RELEASE;
import static org.jatomics.Ordering.ACQUIRE;
import static org.jatomics.Ordering.CONSUME;
import static org.jatomics.Ordering.FULL;
import static org.jatomics.Ordering.RELAXED;
import static org.jatomics.Ordering.RELEASE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The ordering-to-access-mode table (contract section 4): never weaker than the ordering, and the
 * choices docs/ordering.md measured where it is stronger.
 */
class AccessModesTest {
  @Test
  void loadsAndStores() {
    assertEquals(GET_OPAQUE, AccessModes.load(RELAXED));
    assertEquals(GET_ACQUIRE, AccessModes.load(ACQUIRE));
    assertEquals(GET_ACQUIRE, AccessModes.load(CONSUME));
    assertEquals(SET_OPAQUE, AccessModes.store(RELAXED));
    assertEquals(SET_RELEASE, AccessModes.store(RELEASE));
  }

  @Test
  void readModifyWrites() {
    for (Ordering o : new Ordering[] {RELAXED, ACQUIRE, CONSUME, RELEASE, FULL}) {
      assertEquals(GET_AND_SET, AccessModes.exchange(o), "volatile getAndSet is one instruction");
      assertEquals(GET_AND_ADD, AccessModes.fetchAdd(o), "volatile getAndAdd is one instruction");
    }
    assertEquals(COMPARE_AND_EXCHANGE_ACQUIRE, AccessModes.compareAndExchange(RELAXED));
    assertEquals(COMPARE_AND_EXCHANGE_ACQUIRE, AccessModes.compareAndExchange(ACQUIRE));
    assertEquals(COMPARE_AND_EXCHANGE_ACQUIRE, AccessModes.compareAndExchange(CONSUME));
    assertEquals(COMPARE_AND_EXCHANGE_RELEASE, AccessModes.compareAndExchange(RELEASE));
    assertEquals(COMPARE_AND_EXCHANGE, AccessModes.compareAndExchange(FULL));
  }

  @Test
  void nullIsRefusedByEveryOperation() {
    for (Runnable call :
        new Runnable[] {
          () -> AccessModes.load(null),
          () -> AccessModes.store(null),
          () -> AccessModes.exchange(null),
          () -> AccessModes.compareAndExchange(null),
          () -> AccessModes.fetchAdd(null)
        }) {
      NullPointerException e = assertThrows(NullPointerException.class, call::run);
      assertTrue(e.getMessage().contains("pass RELAXED, ACQUIRE, CONSUME, RELEASE or FULL"));
    }
  }
}
