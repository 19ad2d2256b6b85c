package org.jatomics.processor;

import java.util.List;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;

/**
 * The model of one class with {@code @Atomic} fields: everything the writer needs, validated.
 *
 * @param element the annotated class
 * @param packageName its package ({@code ""} for the default package)
 * @param generatedSimpleName the generated class's simple name: {@code QueueAtomics}, or {@code
 *     Outer_InnerAtomics} for a nested class
 * @param isPublic whether the generated class and its methods are public (they are exactly when the
 *     annotated class can be named from outside its package)
 * @param typeParameters the type parameters in scope of the class's instances (its own and, for an
 *     inner class, its enclosing classes'), outermost first; instance accessors repeat them
 * @param suppressDeprecation whether the class or a field type is deprecated, so the generated code
 *     must suppress the warning its references would raise
 * @param fields the {@code @Atomic} fields, in declaration order
 */
record AtomicClass(
    TypeElement element,
    String packageName,
    String generatedSimpleName,
    boolean isPublic,
    List<? extends TypeParameterElement> typeParameters,
    boolean suppressDeprecation,
    List<AtomicField> fields) {

  /** The generated class's qualified name. */
  String generatedQualifiedName() {
    return packageName.isEmpty() ? generatedSimpleName : packageName + "." + generatedSimpleName;
  }
}
