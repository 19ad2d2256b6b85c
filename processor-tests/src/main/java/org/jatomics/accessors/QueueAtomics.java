package org.jatomics.accessors;

import org.jatomics.annotations.Atomic;

/** A class whose own name ends in Atomics: its accessors are {@code QueueAtomicsAtomics}. */
final class QueueAtomics {
  @Atomic int n;
}
