package org.jatomics.samples.accessors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class TreiberStackTest {

  @Test
  void lastInFirstOut() {
    TreiberStack<String> stack = new TreiberStack<>();
    assertTrue(stack.isEmpty());
    assertNull(stack.pop());
    stack.push("a");
    stack.push("b");
    stack.push(null);
    assertNull(stack.pop());
    assertEquals("b", stack.pop());
    assertEquals("a", stack.pop());
    assertNull(stack.pop());
    assertTrue(stack.isEmpty());
  }

  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void underContentionEveryValueIsPoppedExactlyOnce() throws InterruptedException {
    Demos.StackRun run = Demos.treiberStack(4, 100_000);
    assertEquals(400_000, run.pushed());
    assertEquals(0, run.lost(), "values lost");
    assertEquals(0, run.duplicated(), "values popped twice");
    assertEquals(run.pushed(), run.popped());
    assertTrue(run.eachExactlyOnce(), "every value popped exactly once");
  }
}
