package org.jatomics.checker.model;

/**
 * A method call that names a field reflectively by class literal and string:
 * {@code lookup.findVarHandle(Queue.class, "head", Node.class)},
 * {@code AtomicLongFieldUpdater.newUpdater(Counter.class, "count")},
 * {@code UNSAFE.objectFieldOffset(Queue.class.getDeclaredField("head"))},
 * {@code UnsafeAccess.fieldOffset(Queue.class, "head")}.
 *
 * <p>Front ends emit one for every call that has a class-literal argument and a string-literal
 * argument (the first of each), or an argument of the form {@code K.class.getDeclaredField("f")}.
 * Whether the call registers an atomic access (a {@code VarHandle}, a field updater, an
 * {@code Unsafe} field offset or a configured field-offset helper) is decided by
 * {@link org.jatomics.checker.KnownApis#registration}, not by the front end.
 *
 * @param calleeType qualified name of the class declaring the called method
 *     ({@code java.lang.invoke.MethodHandles.Lookup}, {@code sun.misc.Unsafe}), or {@code null}
 *     when the front end cannot resolve it (then the method name alone decides)
 * @param methodName the called method's simple name
 * @param targetClass the qualified name of the class literal's class, nested classes joined with
 *     {@code '.'}
 * @param fieldName the string literal's value
 * @param range the call expression
 */
public record ReflectiveFieldCall(
    String calleeType, String methodName, String targetClass, String fieldName, SourceRange range) {}
