package org.jatomics.checker.errorprone;

/** Shared settings of the Error Prone tests. */
final class Sources {
  /** Runs the jatomics processor, so that the generated accessors exist as in a user's build. */
  static final String[] PROCESSOR_ARGS = {"-processor", "org.jatomics.processor.AtomicsProcessor"};

  private Sources() {}
}
