package org.jatomics.reviewer;

/** How a failure inside one file's review is named in its problem. */
final class Failures {
  private Failures() {}

  /** The exception's simple class name and message, e.g. {@code IllegalStateException: ...}. */
  static String describe(Throwable e) {
    return e.getMessage() == null
        ? e.getClass().getSimpleName()
        : e.getClass().getSimpleName() + ": " + e.getMessage();
  }
}
