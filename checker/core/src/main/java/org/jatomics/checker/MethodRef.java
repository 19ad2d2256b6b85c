package org.jatomics.checker;

/**
 * A method named in an option as {@code fully.qualified.Type#method} (all overloads).
 *
 * @param type the qualified name of the declaring class, nested classes joined with {@code '.'}
 * @param method the method's simple name
 */
public record MethodRef(String type, String method) {

  /**
   * Parses {@code Type#method}.
   *
   * @throws IllegalArgumentException naming the option and the expected form
   */
  static MethodRef parse(String option, String text) {
    int hash = text.indexOf('#');
    if (hash <= 0 || hash == text.length() - 1 || text.indexOf('#', hash + 1) >= 0) {
      throw new IllegalArgumentException(
          "option " + option + ": '" + text + "' is not of the form fully.qualified.Type#method");
    }
    return new MethodRef(text.substring(0, hash).trim(), text.substring(hash + 1).trim());
  }

  /** Whether this names the method {@code method} of {@code type}; a null type matches any. */
  boolean matches(String type, String method) {
    return this.method.equals(method) && (type == null || this.type.equals(type));
  }

  @Override
  public String toString() {
    return type + "#" + method;
  }
}
