package org.jatomics.reviewer.frontend;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Library types the reviewer knows by name without a class path: what jatomics and the JDK
 * declare that the checks talk about. An on-demand import ({@code import java.lang.foreign.*;})
 * resolves a simple name only to one of these or to a type declared in the given files. For a few
 * of them it also knows static methods (to resolve static imports) and result types (to follow
 * {@code Linker.nativeLinker().downcallHandle(...)}).
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
          "java.lang.ModuleLayer",
          "java.lang.ModuleLayer.Controller",
          "java.lang.invoke.VarHandle",
          "java.lang.invoke.MethodHandles",
          "java.lang.invoke.MethodHandles.Lookup",
          "java.lang.invoke.MethodHandle",
          "java.lang.foreign.MemorySegment",
          "java.lang.foreign.Linker",
          "java.lang.foreign.SymbolLookup",
          "java.lang.foreign.AddressLayout",
          "java.lang.foreign.ValueLayout",
          "java.lang.foreign.Arena",
          "java.lang.foreign.FunctionDescriptor",
          "java.lang.foreign.MemoryLayout",
          "java.lang.foreign.SegmentAllocator",
          "java.math.BigInteger",
          "java.math.BigDecimal",
          "java.util.UUID",
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

  /** Static methods of known types, for unqualified calls through static imports. */
  private static final Map<String, Set<String>> STATIC_METHODS =
      Map.of(
          "org.jatomics.raw.RawAtomics",
          Set.of("atomicLoad", "atomicStore", "xchg", "cmpxchg", "fetchAdd"),
          "java.lang.System",
          Set.of("load", "loadLibrary"),
          "java.lang.invoke.MethodHandles",
          Set.of("lookup", "privateLookupIn"),
          "java.lang.foreign.SymbolLookup",
          Set.of("libraryLookup", "loaderLookup"),
          "java.lang.foreign.Linker",
          Set.of("nativeLinker"),
          "java.util.concurrent.atomic.AtomicIntegerFieldUpdater",
          Set.of("newUpdater"),
          "java.util.concurrent.atomic.AtomicLongFieldUpdater",
          Set.of("newUpdater"),
          "java.util.concurrent.atomic.AtomicReferenceFieldUpdater",
          Set.of("newUpdater"));

  /** Result types of known methods ({@code Type#method}), for calls used as receivers. */
  private static final Map<String, String> RESULT_TYPES =
      Map.ofEntries(
          Map.entry("java.lang.invoke.MethodHandles#lookup", "java.lang.invoke.MethodHandles.Lookup"),
          Map.entry("java.lang.invoke.MethodHandles#privateLookupIn", "java.lang.invoke.MethodHandles.Lookup"),
          Map.entry("java.lang.foreign.Linker#nativeLinker", "java.lang.foreign.Linker"),
          Map.entry("java.lang.foreign.Linker#defaultLookup", "java.lang.foreign.SymbolLookup"),
          Map.entry("java.lang.foreign.SymbolLookup#libraryLookup", "java.lang.foreign.SymbolLookup"),
          Map.entry("java.lang.foreign.SymbolLookup#loaderLookup", "java.lang.foreign.SymbolLookup"),
          Map.entry("java.lang.foreign.MemorySegment#reinterpret", "java.lang.foreign.MemorySegment"),
          Map.entry("java.lang.foreign.MemorySegment#asSlice", "java.lang.foreign.MemorySegment"),
          Map.entry("java.lang.foreign.MemorySegment#ofAddress", "java.lang.foreign.MemorySegment"),
          Map.entry("java.lang.foreign.MemorySegment#ofArray", "java.lang.foreign.MemorySegment"),
          Map.entry("java.lang.foreign.Arena#allocate", "java.lang.foreign.MemorySegment"),
          Map.entry("java.lang.foreign.SegmentAllocator#allocate", "java.lang.foreign.MemorySegment"),
          Map.entry("java.lang.foreign.AddressLayout#withTargetLayout", "java.lang.foreign.AddressLayout"),
          Map.entry("java.lang.Runtime#getRuntime", "java.lang.Runtime"));

  /** Types of known static fields ({@code Type#field}). */
  private static final Map<String, String> FIELD_TYPES =
      Map.of(
          "java.lang.foreign.ValueLayout#ADDRESS", "java.lang.foreign.AddressLayout",
          "java.lang.foreign.ValueLayout#ADDRESS_UNALIGNED", "java.lang.foreign.AddressLayout",
          "java.lang.foreign.MemorySegment#NULL", "java.lang.foreign.MemorySegment");

  /** Whether {@code qualifiedName} is a known library type. */
  public static boolean contains(String qualifiedName) {
    return NAMES.contains(qualifiedName);
  }

  /** Whether the known type {@code owner} declares a static method {@code name}. */
  static boolean declaresStaticMethod(String owner, String name) {
    return STATIC_METHODS.getOrDefault(owner, Set.of()).contains(name);
  }

  /** The result type of {@code owner.method(...)} for a few JDK factories, else null. */
  static String resultType(String owner, String method) {
    return RESULT_TYPES.get(owner + "#" + method);
  }

  /** The type of the known static field {@code owner.field}, else null. */
  static String fieldType(String owner, String field) {
    return FIELD_TYPES.get(owner + "#" + field);
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
          name.startsWith("java.") || name.startsWith("javax.annotation.processing.");
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
