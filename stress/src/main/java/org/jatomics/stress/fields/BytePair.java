package org.jatomics.stress.fields;

import org.jatomics.annotations.Atomic;
import org.openjdk.jcstress.annotations.State;

/** Two neighbouring {@code byte} fields, likely to share one machine word. */
@State
public class BytePair {
  @Atomic byte first;
  @Atomic byte second;
}
