package org.jatomics.processor;

import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * One {@code @Atomic} field, as the writer needs it.
 *
 * @param element the field
 * @param name the field's name
 * @param accessorSuffix the name with its first letter upper-cased: {@code head} gives {@code
 *     Head}, so the accessors are {@code loadHead}, {@code storeHead}, ...
 * @param handleName the name of the {@code private static final VarHandle} in the generated class
 * @param type the field's declared type (may mention the class's type variables)
 * @param erasedType the erasure of {@code type}: the type the {@code VarHandle} is looked up and
 *     invoked with
 * @param isStatic whether the field is static
 * @param uncheckedResult whether returning {@code type} from an invocation typed {@code erasedType}
 *     is an unchecked cast (type variables, parameterized types)
 * @param rawType whether {@code type} mentions a raw type (the generated method then suppresses
 *     javac's raw-type lint warning, which the user's own declaration already carries)
 */
record AtomicField(
    VariableElement element,
    String name,
    String accessorSuffix,
    String handleName,
    TypeMirror type,
    TypeMirror erasedType,
    boolean isStatic,
    boolean uncheckedResult,
    boolean rawType) {}
