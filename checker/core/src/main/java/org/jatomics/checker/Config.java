package org.jatomics.checker;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The checker's options, parsed once. Error Prone passes them as {@code
 * -XepOpt:Jatomics:UnsafeMethods=...}; the reviewer takes the same keys on its command line.
 * Nothing else in the checker reads options.
 *
 * @param unsafeMethods methods whose calls are unsafe operations (option {@value #UNSAFE_METHODS})
 * @param fieldOffsetMethods helpers that compute a field offset from a class and a field name, such
 *     as JCTools' {@code UnsafeAccess.fieldOffset(Class, String)}; MixedAccessMode treats their
 *     calls like {@code Unsafe.objectFieldOffset} (option {@value #FIELD_OFFSET_METHODS})
 * @param docsUrl where a team hosts the check pages ({@code docs/checks/*.md}), or null: the base
 *     URL diagnostics link to (option {@value #DOCS_URL}); without it nothing links anywhere and
 *     the pages come from the jar ({@link CheckDocs})
 * @param varHandleFactories helpers that return a {@code VarHandle} for a class and a field name,
 *     such as a project's {@code ReflectionUtil.findVarHandle(Class, String, Class)};
 *     MixedAccessMode treats their calls like {@code Lookup.findVarHandle} (option {@value
 *     #VAR_HANDLE_FACTORIES})
 */
public record Config(
    List<MethodRef> unsafeMethods,
    List<MethodRef> fieldOffsetMethods,
    String docsUrl,
    List<MethodRef> varHandleFactories) {

  /** Option key: comma-separated {@code Type#method} entries that are unsafe operations. */
  public static final String UNSAFE_METHODS = "Jatomics:UnsafeMethods";

  /** Option key: comma-separated {@code Type#method} field-offset helpers. */
  public static final String FIELD_OFFSET_METHODS = "Jatomics:FieldOffsetMethods";

  /** Option key: comma-separated {@code Type#method} helpers that return a {@code VarHandle}. */
  public static final String VAR_HANDLE_FACTORIES = "Jatomics:VarHandleFactories";

  /** Option key: the base URL of the check pages; {@code <DocsUrl>/<Name>.md} is a check's page. */
  public static final String DOCS_URL = "Jatomics:DocsUrl";

  /** The prefix of every jatomics option key. */
  public static final String PREFIX = "Jatomics:";

  /** Every option key, in the order documentation lists them. */
  public static final List<String> KEYS =
      List.of(UNSAFE_METHODS, FIELD_OFFSET_METHODS, VAR_HANDLE_FACTORIES, DOCS_URL);

  /** The configuration without options. */
  public static final Config DEFAULT = new Config(List.of(), List.of(), null, List.of());

  /** A configuration without {@code VarHandle} factories. */
  public Config(List<MethodRef> unsafeMethods, List<MethodRef> fieldOffsetMethods, String docsUrl) {
    this(unsafeMethods, fieldOffsetMethods, docsUrl, List.of());
  }

  /**
   * The configuration given by {@code options}, every key checked: a key with the {@value #PREFIX}
   * prefix that is not one of {@link #KEYS} is an error (a typo must never switch a check off
   * silently). Keys without the prefix belong to other tools and are ignored.
   *
   * @throws IllegalArgumentException for an unknown key or a malformed value, naming it and, for an
   *     unknown key, listing the valid ones
   */
  public static Config parseChecked(Map<String, String> options) {
    for (String key : options.keySet()) {
      if (key.startsWith(PREFIX) && !KEYS.contains(key)) {
        throw new IllegalArgumentException(
            "unknown option " + key + "; the jatomics options are " + String.join(", ", KEYS));
      }
    }
    return parse(key -> Optional.ofNullable(options.get(key)));
  }

  /** The URL of {@code check}'s page, when {@value #DOCS_URL} is set. */
  public Optional<String> docsUrl(CheckName check) {
    return Optional.ofNullable(docsUrl).map(base -> base + check.name() + ".md");
  }

  /** Copies the lists; the docs URL ends with {@code /}. */
  public Config {
    unsafeMethods = List.copyOf(unsafeMethods);
    fieldOffsetMethods = List.copyOf(fieldOffsetMethods);
    varHandleFactories = List.copyOf(varHandleFactories);
    if (docsUrl != null && !docsUrl.endsWith("/")) {
      docsUrl = docsUrl + "/";
    }
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
        methods(FIELD_OFFSET_METHODS, option.apply(FIELD_OFFSET_METHODS)),
        url(DOCS_URL, option.apply(DOCS_URL)),
        methods(VAR_HANDLE_FACTORIES, option.apply(VAR_HANDLE_FACTORIES)));
  }

  private static String url(String key, Optional<String> value) {
    if (value.isEmpty() || value.get().isBlank()) {
      return null;
    }
    String text = value.get().trim();
    try {
      URI uri = new URI(text);
      if (uri.isAbsolute()
          && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
          && uri.getHost() != null) {
        return text;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "option " + key + ": '" + text + "' is not an absolute http(s) URL");
  }

  private static List<MethodRef> methods(String key, Optional<String> value) {
    List<MethodRef> result = new ArrayList<>();
    for (String entry : value.orElse("").split(",", -1)) {
      if (!entry.isBlank()) {
        result.add(MethodRef.parse(key, entry.trim()));
      }
    }
    return result;
  }
}
