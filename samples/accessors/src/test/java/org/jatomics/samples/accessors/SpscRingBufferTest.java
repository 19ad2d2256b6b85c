package org.jatomics.samples.accessors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class SpscRingBufferTest {

  @Test
  void fifoAndBounded() {
    SpscRingBuffer<String> ring = new SpscRingBuffer<>(2);
    assertNull(ring.poll());
    assertTrue(ring.offer("a"));
    assertTrue(ring.offer("b"));
    assertFalse(ring.offer("c"), "full");
    assertEquals("a", ring.poll());
    assertTrue(ring.offer("c"), "a slot was freed");
    assertEquals("b", ring.poll());
    assertEquals("c", ring.poll());
    assertNull(ring.poll());
  }

  @Test
  void rejectsBadCapacityAndNull() {
    assertThrows(IllegalArgumentException.class, () -> new SpscRingBuffer<>(3));
    assertThrows(IllegalArgumentException.class, () -> new SpscRingBuffer<>(0));
    assertThrows(NullPointerException.class, () -> new SpscRingBuffer<String>(4).offer(null));
  }

  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void producerAndConsumerThreadsLoseAndReorderNothing() throws InterruptedException {
    Demos.RingRun run = Demos.ringBuffer(300_000, 16);
    assertEquals(run.sent(), run.received());
    assertTrue(run.inOrder(), "in order, none missing or repeated");
    assertEquals(run.expectedChecksum(), run.checksum());
  }
}
