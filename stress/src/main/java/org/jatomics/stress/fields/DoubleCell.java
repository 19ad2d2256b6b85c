package org.jatomics.stress.fields;

import org.jatomics.annotations.Atomic;
import org.openjdk.jcstress.annotations.State;

/** One {@code double} field: the other type whose plain accesses may tear (JLS 17.7). */
@State
public class DoubleCell {
  @Atomic double value;
}
