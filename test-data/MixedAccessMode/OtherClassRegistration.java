package corpus.mixedaccessmode;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/** A VarHandle for Peer.size says nothing about this class's own size field. */
class OtherClassRegistration {
  static final class Peer {
    int size;
  }

  private static final VarHandle PEER_SIZE;

  static {
    try {
      PEER_SIZE = MethodHandles.lookup().findVarHandle(Peer.class, "size", int.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  int size;

  int total(Peer peer) {
    int own = size;
    // BUG: Diagnostic contains: MixedAccessMode
    int theirs = peer.size;
    return own + theirs + (int) PEER_SIZE.getOpaque(peer);
  }
}
