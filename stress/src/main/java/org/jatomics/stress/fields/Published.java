package org.jatomics.stress.fields;

import org.jatomics.annotations.Atomic;
import org.jatomics.annotations.Consume;
import org.openjdk.jcstress.annotations.State;

/**
 * A reference published to readers who dereference it: the {@code @Consume} pattern (the kernel's
 * {@code rcu_assign_pointer} / {@code rcu_dereference}).
 */
@State
public class Published {
  @Atomic @Consume Payload payload;

  /** A mutable object whose field is written before the reference is published. */
  public static final class Payload {
    int data;
  }
}
