package corpus.mixedaccessmode;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;

/**
 * The owner of a looked-up field is the class argument before the name; a class literal after the
 * name is the field's type (caffeine 3.3.1 LocalCacheFactory looks up "FACTORY" in a class held in
 * a variable, with LocalCacheFactory.class as the field's type). Nothing here names a field of
 * ReceiverClassNotLiteral, so its own FACTORY is not registered.
 */
class ReceiverClassNotLiteral {
  static final MethodType FACTORY = MethodType.methodType(void.class);
  static int plainCounter;

  static Object factoryOf(Class<?> generated) throws ReflectiveOperationException {
    VarHandle handle =
        MethodHandles.lookup().findStaticVarHandle(generated, "FACTORY", ReceiverClassNotLiteral.class);
    return handle.get();
  }

  static VarHandle counterOf(Class<?> generated) throws ReflectiveOperationException {
    return MethodHandles.lookup().findStaticVarHandle(generated, "plainCounter", int.class);
  }

  static Object constructor(Class<?> generated) throws ReflectiveOperationException {
    plainCounter++;
    return MethodHandles.lookup().findConstructor(generated, FACTORY);
  }
}
