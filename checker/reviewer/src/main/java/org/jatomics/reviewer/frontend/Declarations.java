package org.jatomics.reviewer.frontend;

import java.util.List;
import java.util.Map;

/**
 * The declarations the cross-file index keeps: types with their fields and method signatures, no
 * bodies. Names are kept as written and resolved later against the whole index, because a name may
 * refer to a type declared in a file that was not indexed yet.
 */
public final class Declarations {
  private Declarations() {}

  /** What kind of type a declaration is. */
  public enum Kind {
    /** A class. */
    CLASS,
    /** An interface. */
    INTERFACE,
    /** An enum: immutable as far as RelaxedDependentLoad is concerned. */
    ENUM,
    /** A record: immutable as far as RelaxedDependentLoad is concerned. */
    RECORD,
    /** An annotation interface. */
    ANNOTATION
  }

  /**
   * An annotation as written on a declaration.
   *
   * @param name the name as written ({@code Atomic} or {@code org.jatomics.annotations.Atomic})
   * @param value its single string value when it is a literal ({@code @SafetyContract("...")}), or
   *     null
   * @param valueText the source of its single value (a constant expression such as {@code PREFIX +
   *     " and live"} is evaluated later, when every file is indexed), or null; kept as text so that
   *     the index holds no tree of a file it is done with
   */
  public record AnnotationUse(String name, String value, String valueText) {}

  /**
   * A type declared in one of the given files (not a local or anonymous class).
   *
   * @param type the type it declares ({@code p.Outer.Inner})
   * @param kind class, interface, enum, record or annotation
   * @param scope the imports of its file
   * @param annotations annotations on the type
   * @param superTypes extended and implemented types as written, without type arguments
   * @param fields fields by name
   * @param methods methods and constructors (constructors are named {@code <init>})
   * @param hasOuterInstance whether its instances hold an enclosing instance (a non-static member
   *     class of a class): {@code new Inner()} passes {@code this} on
   */
  public record TypeDecl(
      TypeRef type,
      Kind kind,
      ImportScope scope,
      List<AnnotationUse> annotations,
      List<String> superTypes,
      Map<String, FieldDecl> fields,
      List<MethodDecl> methods,
      boolean hasOuterInstance) {

    /** The canonical name, nested types separated by dots ({@code p.Outer.Inner}). */
    public String qualifiedName() {
      return type.qualifiedName();
    }

    /** The type's simple name. */
    public String simpleName() {
      return type.simpleName();
    }
  }

  /**
   * A field.
   *
   * @param name the field's name
   * @param type its type as written, without type arguments ({@code Node}, {@code int[]})
   * @param typeText its type exactly as written ({@code Node<T>}), for generated code in fixes
   * @param isStatic declared static (or an interface constant)
   * @param isFinal declared final (or an interface constant, or a record component)
   * @param isVolatile declared volatile
   * @param annotations annotations on the field
   * @param constant for a final field whose initializer may be a string constant, the initializer's
   *     source (for constants used in annotations), else null
   * @param varHandleTarget for a {@code VarHandle} field initialized (in its declaration or a
   *     static initializer) with {@code findVarHandle(K.class, "f", ...)}: the field it accesses;
   *     else null
   */
  public record FieldDecl(
      String name,
      String type,
      String typeText,
      boolean isStatic,
      boolean isFinal,
      boolean isVolatile,
      List<AnnotationUse> annotations,
      String constant,
      VarHandleTarget varHandleTarget) {}

  /**
   * The field a {@code VarHandle} was looked up for.
   *
   * @param targetClass the class literal's type as written ({@code Queue}, {@code p.Queue})
   * @param fieldNameSource the field's name as written: a string literal or a constant expression
   *     ({@code HEAD}, {@code PREFIX + "head"}), evaluated once every file is indexed
   */
  public record VarHandleTarget(String targetClass, String fieldNameSource) {}

  /**
   * A method or constructor signature.
   *
   * @param name the method's name, {@code <init>} for a constructor
   * @param parameterTypes parameter types as written, without type arguments (a varargs parameter
   *     {@code T...} as {@code T[]})
   * @param varargs the last parameter is declared {@code T...}: calls may pass any number of
   *     arguments there (a parameter declared {@code T[]} takes exactly one)
   * @param returnType the return type as written, without type arguments ({@code void} for
   *     constructors)
   * @param isStatic declared static
   * @param annotations annotations on the method
   */
  public record MethodDecl(
      String name,
      List<String> parameterTypes,
      boolean varargs,
      String returnType,
      boolean isStatic,
      List<AnnotationUse> annotations) {}
}
