package org.jatomics.reviewer.frontend;

import java.util.List;
import java.util.Set;

/**
 * Library types the reviewer knows by name without a class path: what jatomics and the JDK
 * declare that the checks talk about. An on-demand import ({@code import java.lang.foreign.*;})
 * resolves a simple name only to one of these or to a type declared in the given files.
 */
public final class KnownTypes {
  private KnownTypes() {}

  private static final Set<String> NAMES =
      Set.of(
          "org.jatomics.annotations.Atomic",
          "org.jatomics.annotations.Consume",
          "org.jatomics.annotations.SafetyContract",
          "org.jatomics.Ordering",
          "org.jatomics.Ordering.AcquireOrRelaxed",
          "org.jatomics.Ordering.ReleaseOrRelaxed",
          "org.jatomics.raw.RawAtomics",
          "java.lang.Object",
          "java.lang.String",
          "java.lang.Boolean",
          "java.lang.Byte",
          "java.lang.Short",
          "java.lang.Character",
          "java.lang.Integer",
          "java.lang.Long",
          "java.lang.Float",
          "java.lang.Double",
          "java.lang.Void",
          "java.lang.Class",
          "java.lang.System",
          "java.lang.Runtime",
          "java.lang.Thread",
          "java.lang.Override",
          "java.lang.SuppressWarnings",
          "java.lang.Deprecated",
          "java.lang.FunctionalInterface",
          "java.lang.SafeVarargs",
          "java.lang.Math",
          "java.lang.StringBuilder",
          "java.lang.Enum",
          "java.lang.Record",
          "java.lang.invoke.VarHandle",
          "java.lang.invoke.MethodHandles",
          "java.lang.invoke.MethodHandles.Lookup",
          "java.lang.foreign.MemorySegment",
          "java.lang.foreign.Linker",
          "java.lang.foreign.SymbolLookup",
          "java.lang.foreign.AddressLayout",
          "java.lang.foreign.ValueLayout",
          "java.lang.foreign.Arena",
          "java.lang.foreign.FunctionDescriptor",
          "java.lang.foreign.MemoryLayout",
          "java.util.concurrent.atomic.AtomicIntegerFieldUpdater",
          "java.util.concurrent.atomic.AtomicLongFieldUpdater",
          "java.util.concurrent.atomic.AtomicReferenceFieldUpdater",
          "java.util.concurrent.atomic.AtomicInteger",
          "java.util.concurrent.atomic.AtomicLong",
          "java.util.concurrent.atomic.AtomicReference",
          "javax.annotation.processing.Generated",
          "javax.annotation.Generated",
          "javax.annotation.concurrent.Immutable",
          "com.google.errorprone.annotations.Immutable",
          "sun.misc.Unsafe",
          "jdk.internal.misc.Unsafe");

  /** Whether {@code qualifiedName} is a known library type. */
  public static boolean contains(String qualifiedName) {
    return NAMES.contains(qualifiedName);
  }

  /**
   * Resolves {@code simpleName} through {@code import module} declarations: only {@code java.base}
   * (or {@code java.se}, which requires it transitively) is known.
   */
  static String inModules(List<String> modules, String simpleName) {
    if (!modules.contains("java.base") && !modules.contains("java.se")) {
      return null;
    }
    String found = null;
    for (String name : NAMES) {
      int dot = name.lastIndexOf('.');
      String owner = name.substring(0, dot);
      boolean topLevel = Character.isLowerCase(owner.charAt(owner.lastIndexOf('.') + 1));
      boolean inJavaBase =
          (name.startsWith("java.") || name.startsWith("javax.annotation.processing."));
      if (topLevel && inJavaBase && name.substring(dot + 1).equals(simpleName)) {
        if (found != null) {
          return null;
        }
        found = name;
      }
    }
    return found;
  }
}
