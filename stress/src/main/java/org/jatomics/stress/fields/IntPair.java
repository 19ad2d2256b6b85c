package org.jatomics.stress.fields;

import org.jatomics.annotations.Atomic;
import org.openjdk.jcstress.annotations.State;

/** Two {@code int} fields accessed only through the generated {@code IntPairAtomics}. */
@State
public class IntPair {
  @Atomic int x;
  @Atomic int y;
}
