package org.jatomics.reviewer.frontend;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.TypeVariable;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the JDK the reviewer runs on says about its own types ({@code java.*}, {@code javax.*}):
 * whether a type exists, is an enum or a record, the types of its public static fields and the
 * result types of its methods. The user's code needs no class path for this: the JDK's classes are
 * loaded from the platform class loader without being initialized, so nothing runs.
 */
final class JdkTypes {
  private static final Map<String, Optional<Class<?>>> CACHE = new ConcurrentHashMap<>();

  private JdkTypes() {}

  /** The JDK class {@code type} names, if there is one. */
  static Optional<Class<?>> find(TypeRef type) {
    return find(type.qualifiedNameOrNull());
  }

  /** The JDK class with canonical name {@code qualifiedName}, if there is one. */
  static Optional<Class<?>> find(String qualifiedName) {
    if (qualifiedName == null || !isJdkName(qualifiedName)) {
      return Optional.empty();
    }
    return CACHE.computeIfAbsent(qualifiedName, JdkTypes::load);
  }

  private static boolean isJdkName(String name) {
    return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("sun.misc.");
  }

  private static Optional<Class<?>> load(String canonical) {
    // p.Outer.Inner is p.Outer$Inner: try the dots from the right as nesting separators.
    String binary = canonical;
    for (int i = 0; i < 4; i++) {
      try {
        Class<?> type = Class.forName(binary, false, ClassLoader.getPlatformClassLoader());
        return Modifier.isPublic(type.getModifiers()) ? Optional.of(type) : Optional.empty();
      } catch (ClassNotFoundException | LinkageError e) {
        int dot = binary.lastIndexOf('.');
        if (dot < 0) {
          break;
        }
        binary = binary.substring(0, dot) + "$" + binary.substring(dot + 1);
      }
    }
    return Optional.empty();
  }

  /** Whether the JDK declares a public type named {@code qualifiedName}. */
  static boolean exists(String qualifiedName) {
    return find(qualifiedName).isPresent();
  }

  /** Whether the JDK type is an enum or a record: immutable for RelaxedDependentLoad. */
  static boolean isEnumOrRecord(TypeRef type) {
    return find(type).map(c -> c.isEnum() || c.isRecord()).orElse(false);
  }

  /** The type a class object stands for (unknown for a local or anonymous class). */
  static TypeRef type(Class<?> type) {
    return type.isArray()
        ? type(type.getComponentType()).arrayOf()
        : TypeRef.of(type.getCanonicalName());
  }

  /** The type of the public field {@code owner.field}, or unknown. */
  static TypeRef fieldType(TypeRef owner, String field) {
    return find(owner)
        .map(
            c -> {
              try {
                Field f = c.getField(field);
                return f.getGenericType() instanceof TypeVariable<?>
                    ? TypeRef.UNKNOWN
                    : type(f.getType());
              } catch (NoSuchFieldException | LinkageError e) {
                return TypeRef.UNKNOWN;
              }
            })
        .orElse(TypeRef.UNKNOWN);
  }

  /** Whether {@code owner} (or a supertype) has a non-private field named {@code field}. */
  static boolean hasField(TypeRef owner, String field) {
    Optional<Class<?>> type = find(owner);
    if (type.isEmpty()) {
      return false;
    }
    for (Class<?> c = type.get(); c != null; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        if (f.getName().equals(field) && !Modifier.isPrivate(f.getModifiers())) {
          return true;
        }
      }
    }
    try {
      return type.get().getField(field) != null; // interface constants (never null: it throws)
    } catch (NoSuchFieldException | LinkageError e) {
      return false;
    }
  }

  /**
   * The result type of {@code owner.method(...)} with {@code arity} arguments when every public
   * overload agrees on it and it is not a type variable; else null.
   */
  static TypeRef resultType(TypeRef owner, String method, int arity) {
    Optional<Class<?>> type = find(owner);
    if (type.isEmpty()) {
      return TypeRef.UNKNOWN;
    }
    Set<TypeRef> results = new HashSet<>();
    try {
      for (Method m : type.get().getMethods()) {
        if (m.getName().equals(method)
            && (m.getParameterCount() == arity
                || (m.isVarArgs() && arity >= m.getParameterCount() - 1))) {
          if (m.getGenericReturnType() instanceof TypeVariable<?>) {
            return TypeRef.UNKNOWN;
          }
          results.add(type(m.getReturnType()));
        }
      }
    } catch (LinkageError e) {
      return TypeRef.UNKNOWN;
    }
    return results.size() == 1 ? results.iterator().next() : TypeRef.UNKNOWN;
  }

  /** Whether {@code owner} has a public static method {@code method} (for static imports). */
  static boolean hasStaticMethod(TypeRef owner, String method) {
    try {
      return find(owner)
          .map(
              c -> {
                for (Method m : c.getMethods()) {
                  if (m.getName().equals(method) && Modifier.isStatic(m.getModifiers())) {
                    return true;
                  }
                }
                return false;
              })
          .orElse(false);
    } catch (LinkageError e) {
      return false;
    }
  }

  /** Whether the JDK type {@code type} is a subtype of {@code superType}. */
  static boolean isSubtype(TypeRef type, Class<?> superType) {
    return find(type).map(superType::isAssignableFrom).orElse(false);
  }
}
