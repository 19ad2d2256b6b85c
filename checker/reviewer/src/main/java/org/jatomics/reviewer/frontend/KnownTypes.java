package org.jatomics.reviewer.frontend;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jatomics.checker.KnownApis;

/**
 * Library types the reviewer knows by name without a class path: what jatomics and the JDK declare
 * that the checks talk about. An on-demand import ({@code import java.lang.foreign.*;}) resolves a
 * simple name only to one of these or to a type declared in the given files. For a few of them it
 * also knows static methods (to resolve static imports) and result types (to follow {@code
 * Linker.nativeLinker().downcallHandle(...)}); for the JDK it asks {@link JdkTypes}.
 */
public final class KnownTypes {
  private KnownTypes() {}

  /** Library types that are not the JDK's (the JDK's own are read from the running JDK). */
  private static final Set<String> NAMES =
      Set.of(
          "org.jatomics.annotations.Atomic",
          "org.jatomics.annotations.Consume",
          "org.jatomics.annotations.SafetyContract",
          "org.jatomics.Ordering",
          "org.jatomics.Ordering.AcquireOrRelaxed",
          "org.jatomics.Ordering.ReleaseOrRelaxed",
          "org.jatomics.raw.RawAtomics",
          "javax.annotation.concurrent.Immutable",
          "com.google.errorprone.annotations.Immutable",
          "jdk.internal.misc.Unsafe",
          // What LombokMembers reads, also through `import lombok.*;`.
          "lombok.Data",
          "lombok.Value",
          "lombok.Getter",
          "lombok.Setter",
          "lombok.ToString",
          "lombok.ToString.Exclude",
          "lombok.ToString.Include",
          "lombok.EqualsAndHashCode",
          "lombok.EqualsAndHashCode.Exclude",
          "lombok.EqualsAndHashCode.Include",
          "lombok.AccessLevel",
          "lombok.Generated",
          "javax.annotation.Generated");

  /** Static methods of known non-JDK types, for unqualified calls through static imports. */
  private static final Map<String, Set<String>> STATIC_METHODS =
      Map.of(KnownApis.RAW_ATOMICS, KnownApis.RAW_ATOMICS_METHODS);

  /** The packages of {@code java.base} that {@code import module java.base;} brings in. */
  private static final List<String> JAVA_BASE_PACKAGES =
      List.of(
          "java.lang",
          "java.lang.foreign",
          "java.lang.invoke",
          "java.lang.reflect",
          "java.io",
          "java.math",
          "java.net",
          "java.nio",
          "java.nio.file",
          "java.time",
          "java.util",
          "java.util.concurrent",
          "java.util.concurrent.atomic",
          "java.util.concurrent.locks",
          "java.util.function",
          "java.util.stream");

  /** Whether {@code qualifiedName} is a known library type (jatomics', Lombok's or the JDK's). */
  public static boolean contains(String qualifiedName) {
    return NAMES.contains(qualifiedName) || JdkTypes.exists(qualifiedName);
  }

  /** Whether the known type {@code owner} declares a static method {@code name}. */
  static boolean declaresStaticMethod(TypeRef owner, String name) {
    return (owner.isKnown()
            && STATIC_METHODS.getOrDefault(owner.qualifiedName(), Set.of()).contains(name))
        || JdkTypes.hasStaticMethod(owner, name);
  }

  /** The result type of {@code owner.method(...)} for JDK types, else unknown. */
  static TypeRef resultType(TypeRef owner, String method, int arity) {
    return JdkTypes.resultType(owner, method, arity);
  }

  /** The type of the JDK's static field {@code owner.field}, else unknown. */
  static TypeRef fieldType(TypeRef owner, String field) {
    return JdkTypes.fieldType(owner, field);
  }

  /**
   * Resolves {@code simpleName} through {@code import module} declarations: only {@code java.base}
   * (or {@code java.se}, which requires it) is known, through its common packages.
   */
  static String inModules(List<String> modules, String simpleName) {
    if (!modules.contains("java.base") && !modules.contains("java.se")) {
      return null;
    }
    String found = null;
    for (String pkg : JAVA_BASE_PACKAGES) {
      String candidate = pkg + "." + simpleName;
      if (JdkTypes.exists(candidate)) {
        if (found != null) {
          return null; // ambiguous: javac would reject it
        }
        found = candidate;
      }
    }
    return found;
  }
}
