package org.jatomics.checker.model;

/**
 * What the rules need to know about a field, wherever it is declared (this compilation unit,
 * another source file, or a class file): the front end resolves the access to its declaration and
 * fills this in. Equality is by value, so two references to the same field compare equal.
 *
 * @param ownerPackage the package of the declaring class, {@code ""} for the default package
 * @param ownerName the declaring class's name inside its package, nested classes joined with {@code
 *     '.'}: {@code "Queue"}, {@code "Outer.Inner"}
 * @param name the field's name
 * @param type the field's type
 * @param atomic annotated {@code @org.jatomics.annotations.Atomic}
 * @param consume annotated {@code @org.jatomics.annotations.Consume}
 * @param isVolatile declared {@code volatile}
 * @param isStatic declared {@code static}
 * @param isFinal declared {@code final}
 * @param safetyContract the value of the field's {@code @SafetyContract}, or {@code null} if it has
 *     none (an annotation whose value is not a constant counts as {@code ""})
 */
public record FieldRef(
    String ownerPackage,
    String ownerName,
    String name,
    FieldType type,
    boolean atomic,
    boolean consume,
    boolean isVolatile,
    boolean isStatic,
    boolean isFinal,
    String safetyContract) {

  /**
   * The declaring class's qualified name with {@code '.'} between nested classes: {@code
   * p.Outer.Inner}.
   */
  public String ownerQualifiedName() {
    return ownerPackage.isEmpty() ? ownerName : ownerPackage + "." + ownerName;
  }

  /**
   * The simple name of the class the processor generates for the declaring class (contract section
   * 5): {@code QueueAtomics}, {@code Outer_InnerAtomics}.
   */
  public String accessorClassSimpleName() {
    return ownerName.replace('.', '_') + "Atomics";
  }

  /** The field's name with its first letter upper-cased, as in {@code loadHead}. */
  public String capitalizedName() {
    return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
