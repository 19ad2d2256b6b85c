package corpus.mixedaccessmode;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The owner of a looked-up field is the class argument before the name; a class literal after the
 * name is the field's type (caffeine 3.3.1 LocalCacheFactory looks up "FACTORY" in a generated
 * class held in a variable, with LocalCacheFactory.class as the field's type). Nothing here names a
 * field of ReceiverClassNotLiteral, so its own fields of the looked-up names are not registered.
 */
class ReceiverClassNotLiteral {
  static ReceiverClassNotLiteral instance;
  ReceiverClassNotLiteral next;

  static Object instanceOf(Class<?> generated) throws ReflectiveOperationException {
    VarHandle handle =
        MethodHandles.lookup().findStaticVarHandle(generated, "instance", ReceiverClassNotLiteral.class);
    return handle.get();
  }

  static VarHandle nextOf(Class<?> generated) throws ReflectiveOperationException {
    return MethodHandles.lookup().findVarHandle(generated, "next", ReceiverClassNotLiteral.class);
  }

  static ReceiverClassNotLiteral link(ReceiverClassNotLiteral node) {
    node.next = instance;
    instance = node;
    return node.next;
  }
}
