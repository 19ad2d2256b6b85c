package org.jatomics.reviewer.frontend;

/**
 * How the reviewer, which has no class path, recognizes a receiver that may be {@code
 * sun.misc.Unsafe} when it cannot resolve its type: the name it is reached through mentions {@code
 * unsafe} in any case ({@code UNSAFE}, {@code theUnsafe}, {@code UnsafeAccess.UNSAFE}, {@code
 * unsafe()}) or is {@code U}, the JDK's and JCTools' convention. Such calls of Unsafe's memory
 * accessors are counted and listed as unresolved (contract section 9), and a file that writes such
 * a name is analysed.
 */
final class UnsafeHolders {
  private UnsafeHolders() {}

  /** Whether the identifier may name an {@code Unsafe} instance or its holder. */
  static boolean mayName(String identifier) {
    if (identifier.equals("U")) {
      return true;
    }
    // The case-insensitive search without a lower-cased copy: every identifier of every file is
    // asked (Relevance), and the copies were 1.5% of the reviewer's time.
    for (int i = 0; i + UNSAFE.length() <= identifier.length(); i++) {
      char c = identifier.charAt(i);
      if ((c == 'u' || c == 'U') && identifier.regionMatches(true, i, UNSAFE, 0, UNSAFE.length())) {
        return true;
      }
    }
    return false;
  }

  private static final String UNSAFE = "unsafe";
}
