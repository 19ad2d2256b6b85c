package corpus.missingsafetycomment;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/** The JDK's restricted methods are unsafe operations. */
class RestrictedMethods {
  MethodHandle strlen(Arena arena) {
    Linker linker = Linker.nativeLinker();
    MemorySegment symbol = linker.defaultLookup().find("strlen").orElseThrow();
    // BUG: Diagnostic contains: MissingSafetyComment
    return linker.downcallHandle(symbol, FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.ADDRESS));
  }

  MethodHandle strlenJustified() {
    Linker linker = Linker.nativeLinker();
    MemorySegment symbol = linker.defaultLookup().find("strlen").orElseThrow();
    // SAFETY: size_t strlen(const char *) takes one pointer and returns a 64-bit size on this ABI.
    return linker.downcallHandle(symbol, FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.ADDRESS));
  }

  SymbolLookup library(Arena arena) {
    // BUG: Diagnostic contains: MissingSafetyComment
    return SymbolLookup.libraryLookup("libring.so", arena);
  }

  void load() {
    // BUG: Diagnostic contains: MissingSafetyComment
    System.loadLibrary("ring");
    // SAFETY: libring is built from this repository's sources by the build.
    Runtime.getRuntime().loadLibrary("ring");
  }

  void loadByPath() {
    // BUG: Diagnostic contains: MissingSafetyComment
    System.load("/opt/ring/libring.so");
    // BUG: Diagnostic contains: MissingSafetyComment
    Runtime.getRuntime().load("/opt/ring/libring.so");
  }

  MemorySegment callback(MethodHandle target, Arena arena) {
    // BUG: Diagnostic contains: MissingSafetyComment
    return Linker.nativeLinker().upcallStub(target, FunctionDescriptor.ofVoid(), arena);
  }

  ValueLayout pointerToInts() {
    // BUG: Diagnostic contains: MissingSafetyComment
    return ValueLayout.ADDRESS.withTargetLayout(ValueLayout.JAVA_INT);
  }
}
