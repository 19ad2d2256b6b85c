package org.jatomics.reviewer.frontend;

import java.util.concurrent.ConcurrentHashMap;
import org.jatomics.checker.model.FieldType;

/**
 * A type as the reviewer resolved it: a class or interface by its canonical name ({@code
 * java.lang.String}, {@code p.Outer.Inner}), a primitive, or an array of either; or {@link
 * #UNKNOWN} when the reviewer cannot know it without a class path (a type variable, a type nobody
 * declared, the type of an expression it does not follow). Types are erased: {@code List<Node>} is
 * {@code java.util.List}.
 *
 * <p>A resolved type is never a name as written: {@code Node} or {@code Outer.Inner} in source are
 * strings until {@link TypeIndex#resolve} finds what they denote. The primitive kinds are the core
 * model's ({@link FieldType.Kind}), so a field's kind is read from here.
 *
 * <p>Instances are interned: {@link #of} returns the same instance for the same name, so resolution
 * allocates nothing once a type has been seen, and equality is identity.
 */
public final class TypeRef {
  /** Every type seen, by name ({@code int[]} included); bounded by the types the code names. */
  private static final ConcurrentHashMap<String, TypeRef> INTERNED = new ConcurrentHashMap<>();

  /** A type the reviewer cannot know: it is never primitive and never equal to a known type. */
  public static final TypeRef UNKNOWN = new TypeRef(null, null, 0, FieldType.Kind.REFERENCE);

  /** {@code java.lang.Object}. */
  public static final TypeRef OBJECT = of("java.lang.Object");

  /** {@code java.lang.String}. */
  public static final TypeRef STRING = of("java.lang.String");

  /** The full name, with {@code []} per dimension; null only for {@link #UNKNOWN}. */
  private final String name;

  /** The element type's name: the name without its dimensions. */
  private final String elementName;

  private final int dimensions;

  /** The element type's kind: a primitive kind, or {@link FieldType.Kind#REFERENCE}. */
  private final FieldType.Kind elementKind;

  private TypeRef(String name, String elementName, int dimensions, FieldType.Kind elementKind) {
    this.name = name;
    this.elementName = elementName;
    this.dimensions = dimensions;
    this.elementKind = elementKind;
  }

  /**
   * The type named {@code name}: a canonical class name or a primitive keyword, each followed by
   * {@code []} per array dimension; {@link #UNKNOWN} for null or an empty name.
   */
  public static TypeRef of(String name) {
    if (name == null || name.isEmpty()) {
      return UNKNOWN;
    }
    TypeRef known = INTERNED.get(name);
    return known != null ? known : INTERNED.computeIfAbsent(name, TypeRef::parse);
  }

  private static TypeRef parse(String name) {
    int end = name.length();
    int dimensions = 0;
    while (end >= 2 && name.charAt(end - 1) == ']' && name.charAt(end - 2) == '[') {
      end -= 2;
      dimensions++;
    }
    if (end == 0) {
      throw new IllegalArgumentException("not a type name: '" + name + "'");
    }
    String element = name.substring(0, end);
    return new TypeRef(name, element, dimensions, primitiveKind(element));
  }

  /** The kind of a primitive keyword, {@link FieldType.Kind#REFERENCE} for any other name. */
  static FieldType.Kind primitiveKind(String name) {
    return switch (name) {
      case "boolean" -> FieldType.Kind.BOOLEAN;
      case "byte" -> FieldType.Kind.BYTE;
      case "short" -> FieldType.Kind.SHORT;
      case "char" -> FieldType.Kind.CHAR;
      case "int" -> FieldType.Kind.INT;
      case "long" -> FieldType.Kind.LONG;
      case "float" -> FieldType.Kind.FLOAT;
      case "double" -> FieldType.Kind.DOUBLE;
      default -> FieldType.Kind.REFERENCE;
    };
  }

  /** Whether {@code name} is a primitive type's keyword ({@code int}, not {@code void}). */
  static boolean isPrimitiveName(String name) {
    return primitiveKind(name) != FieldType.Kind.REFERENCE;
  }

  /** Whether the reviewer knows this type (it is not {@link #UNKNOWN}). */
  public boolean isKnown() {
    return name != null;
  }

  /**
   * The canonical name with {@code []} per dimension: {@code java.lang.String}, {@code int[][]},
   * {@code p.Outer.Inner}.
   *
   * @throws IllegalStateException for {@link #UNKNOWN}: ask {@link #isKnown} first
   */
  public String qualifiedName() {
    if (name == null) {
      throw new IllegalStateException("the type is unknown");
    }
    return name;
  }

  /**
   * The qualified name, or null for {@link #UNKNOWN}: for the core model, whose facts name types by
   * string and say "unknown" with null.
   */
  public String qualifiedNameOrNull() {
    return name;
  }

  /**
   * The name without its package and enclosing types, with its dimensions: {@code String}, {@code
   * Inner[]}, {@code int}.
   *
   * @throws IllegalStateException for {@link #UNKNOWN}
   */
  public String simpleName() {
    String full = qualifiedName();
    return full.substring(elementName.lastIndexOf('.') + 1);
  }

  /** Whether this is the class or interface with canonical name {@code qualifiedName}. */
  public boolean is(String qualifiedName) {
    return name != null && name.equals(qualifiedName);
  }

  /** Whether this is a primitive type ({@code int}; {@code int[]} is a reference type). */
  public boolean isPrimitive() {
    return dimensions == 0 && elementKind != FieldType.Kind.REFERENCE;
  }

  /** Whether this is a known reference type: a class, an interface or an array. */
  public boolean isReference() {
    return name != null && !isPrimitive();
  }

  /** Whether this is an array type. */
  public boolean isArray() {
    return dimensions > 0;
  }

  /** The number of array dimensions: 0 for a class or a primitive, 2 for {@code int[][]}. */
  public int dimensions() {
    return dimensions;
  }

  /**
   * The type of this array's components ({@code int[][]}: {@code int[]}); {@link #UNKNOWN} when
   * this is not an array.
   */
  public TypeRef componentType() {
    return dimensions == 0 ? UNKNOWN : of(name.substring(0, name.length() - 2));
  }

  /** The array type whose components are of this type; {@link #UNKNOWN} stays unknown. */
  public TypeRef arrayOf() {
    return name == null ? UNKNOWN : of(name + "[]");
  }

  /**
   * The kind of a field of this type, as the core model names it: the primitive's kind, else {@link
   * FieldType.Kind#REFERENCE} (an unknown type is a reference type too: every primitive is known).
   */
  public FieldType.Kind kind() {
    return dimensions == 0 ? elementKind : FieldType.Kind.REFERENCE;
  }

  /**
   * Whether this is a type of the Java platform's API ({@code java.*} or {@code javax.*}, arrays of
   * them included).
   */
  public boolean isJavaPlatform() {
    return name != null && (name.startsWith("java.") || name.startsWith("javax."));
  }

  /** The qualified name, or {@code <unknown>}. */
  @Override
  public String toString() {
    return name == null ? "<unknown>" : name;
  }
}
