package org.jatomics.checker.model;

/**
 * One import declaration of a unit, so that fixes add only the imports the unit lacks.
 *
 * @param name the imported name, without {@code .*}: a type ({@code java.util.List}), a static
 *     member ({@code org.jatomics.Ordering.ACQUIRE}), or for an on-demand import the package or
 *     type whose members it imports ({@code org.jatomics.Ordering})
 * @param isStatic whether it is {@code import static}
 * @param onDemand whether it ends in {@code .*}
 */
public record UnitImport(String name, boolean isStatic, boolean onDemand) {

  /**
   * Whether this import makes {@code qualifiedName} (a type, or with {@code staticMember} a static
   * member) usable by its simple name.
   */
  public boolean covers(String qualifiedName, boolean staticMember) {
    if (isStatic != staticMember) {
      return false;
    }
    if (!onDemand) {
      return name.equals(qualifiedName);
    }
    int dot = qualifiedName.lastIndexOf('.');
    return dot > 0 && name.equals(qualifiedName.substring(0, dot));
  }
}
