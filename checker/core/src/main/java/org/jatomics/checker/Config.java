package org.jatomics.checker;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The checker's options, parsed once. Error Prone passes them as
 * {@code -XepOpt:Jatomics:UnsafeMethods=...}; the reviewer takes the same keys on its command
 * line. Nothing else in the checker reads options.
 *
 * @param unsafeMethods methods whose calls are unsafe operations (option {@value #UNSAFE_METHODS})
 * @param fieldOffsetMethods helpers that compute a field offset from a class and a field name,
 *     such as JCTools' {@code UnsafeAccess.fieldOffset(Class, String)}; MixedAccessMode treats
 *     their calls like {@code Unsafe.objectFieldOffset} (option {@value #FIELD_OFFSET_METHODS})
 */
public record Config(List<MethodRef> unsafeMethods, List<MethodRef> fieldOffsetMethods) {

  /** Option key: comma-separated {@code Type#method} entries that are unsafe operations. */
  public static final String UNSAFE_METHODS = "Jatomics:UnsafeMethods";

  /** Option key: comma-separated {@code Type#method} field-offset helpers. */
  public static final String FIELD_OFFSET_METHODS = "Jatomics:FieldOffsetMethods";

  /** The configuration without options. */
  public static final Config DEFAULT = new Config(List.of(), List.of());

  /** Copies the lists. */
  public Config {
    unsafeMethods = List.copyOf(unsafeMethods);
    fieldOffsetMethods = List.copyOf(fieldOffsetMethods);
  }

  /**
   * Reads the options through {@code option}, which maps a key (such as {@value #UNSAFE_METHODS})
   * to its value if it was given.
   *
   * @throws IllegalArgumentException for a malformed entry, naming the option and the entry
   */
  public static Config parse(Function<String, Optional<String>> option) {
    return new Config(
        methods(UNSAFE_METHODS, option.apply(UNSAFE_METHODS)),
        methods(FIELD_OFFSET_METHODS, option.apply(FIELD_OFFSET_METHODS)));
  }

  private static List<MethodRef> methods(String key, Optional<String> value) {
    List<MethodRef> result = new ArrayList<>();
    for (String entry : value.orElse("").split(",")) {
      if (!entry.isBlank()) {
        result.add(MethodRef.parse(key, entry.trim()));
      }
    }
    return result;
  }
}
