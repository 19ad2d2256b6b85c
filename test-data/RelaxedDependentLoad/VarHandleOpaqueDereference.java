package corpus.relaxeddependentload;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/** VarHandle getOpaque is a relaxed load: dereferencing its result needs getAcquire. */
class VarHandleOpaqueDereference {
  static final class Node {
    Object item;
  }

  private static final VarHandle TOP;

  static {
    try {
      TOP = MethodHandles.lookup().findVarHandle(VarHandleOpaqueDereference.class, "top", Node.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  volatile Node top;

  Object peek() {
    // BUG: Diagnostic contains: RelaxedDependentLoad
    Node n = (Node) TOP.getOpaque(this);
    return n == null ? null : n.item;
  }

  Object peekAcquire() {
    Node n = (Node) TOP.getAcquire(this);
    return n == null ? null : n.item;
  }
}
