package org.jatomics.checker.model;

import java.util.List;
import java.util.Optional;

/**
 * A method call that names a field reflectively by class literal and string: {@code
 * lookup.findVarHandle(Queue.class, "head", Node.class)}, {@code
 * AtomicLongFieldUpdater.newUpdater(Counter.class, "count")}, {@code
 * UNSAFE.objectFieldOffset(Queue.class.getDeclaredField("head"))}, {@code
 * UnsafeAccess.fieldOffset(Queue.class, "head")}.
 *
 * <p>Front ends describe each argument of a call as an {@link Argument} and emit one fact for every
 * call for which {@link #namedField} finds a field. Whether the call registers an atomic access (a
 * {@code VarHandle}, a field updater, an {@code Unsafe} field offset or a configured field-offset
 * helper) is decided by {@link org.jatomics.checker.KnownApis#registration}, not by the front end.
 *
 * @param calleeType qualified name of the class declaring the called method ({@code
 *     java.lang.invoke.MethodHandles.Lookup}, {@code sun.misc.Unsafe}), or {@code null} when the
 *     front end cannot resolve it (then the method name alone decides)
 * @param methodName the called method's simple name
 * @param targetClass the qualified name of the class literal's class, nested classes joined with
 *     {@code '.'}
 * @param fieldName the string literal's value
 * @param range the call expression
 */
public record ReflectiveFieldCall(
    String calleeType, String methodName, String targetClass, String fieldName, SourceRange range) {

  /**
   * What a front end sees in one argument of a call; {@link #namedField} decides from these which
   * field the call names, so both front ends pair class literals and names the same way.
   */
  public sealed interface Argument {
    /** Any argument that is none of the others. */
    Argument OTHER = new Other();

    /**
     * {@code K.class}; {@code qualifiedName} is null when the front end cannot resolve {@code K}.
     */
    record ClassLiteral(String qualifiedName) implements Argument {}

    /** A compile-time constant string (a literal, or a constant the front end can evaluate). */
    record StringConstant(String value) implements Argument {}

    /**
     * {@code K.class.getDeclaredField("f")}; {@code qualifiedName} null when {@code K} cannot be
     * resolved, {@code fieldName} null when the name is not a constant.
     */
    record DeclaredField(String qualifiedName, String fieldName) implements Argument {}

    /** See {@link #OTHER}. */
    record Other() implements Argument {}
  }

  /**
   * The field a call names, and the index of the argument that names its class (for front ends that
   * then look for the class declaring an inherited field).
   */
  public record NamedField(int classArgument, String targetClass, String fieldName) {}

  /**
   * The field named by a call with these arguments: the first class literal that comes before the
   * first string constant, with that string (a class literal after the name is the field's type, as
   * in {@code findStaticVarHandle(clazz, "FACTORY", Factory.class)}, never its owner), or a {@code
   * K.class.getDeclaredField("f")} argument. Empty when there is none, or when the class cannot be
   * resolved (no finding rather than a wrong one).
   */
  public static Optional<NamedField> namedField(List<? extends Argument> arguments) {
    String targetClass = null;
    String fieldName = null;
    int classArgument = -1;
    for (int i = 0; i < arguments.size(); i++) {
      Argument argument = arguments.get(i);
      if (argument instanceof Argument.ClassLiteral literal
          && targetClass == null
          && fieldName == null) {
        if (literal.qualifiedName() == null) {
          return Optional.empty();
        }
        targetClass = literal.qualifiedName();
        classArgument = i;
      } else if (argument instanceof Argument.StringConstant string && fieldName == null) {
        fieldName = string.value();
      } else if (argument instanceof Argument.DeclaredField declared && targetClass == null) {
        if (declared.qualifiedName() == null) {
          return Optional.empty();
        }
        targetClass = declared.qualifiedName();
        fieldName = declared.fieldName();
        classArgument = i;
      }
    }
    return targetClass == null || fieldName == null
        ? Optional.empty()
        : Optional.of(new NamedField(classArgument, targetClass, fieldName));
  }
}
