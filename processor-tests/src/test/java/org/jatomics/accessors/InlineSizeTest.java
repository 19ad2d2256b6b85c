package org.jatomics.accessors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.MethodModel;
import java.lang.classfile.attribute.CodeAttribute;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every method of every generated accessor class in this module has at most 35 bytes of bytecode:
 * HotSpot's {@code MaxInlineSize} (and C1's {@code C1MaxInlineSize}), the size up to which a callee
 * is inlined at every call site, cold or C1-compiled ones included, not only at hot C2 sites. The
 * {@code VarHandle} methods the accessors call are {@code @ForceInline}, so an accessor within this
 * size costs a C1-compiled caller no more than a hand-written {@code VarHandle} call.
 *
 * <p>The generated classes are those whose sources the processor wrote to {@code
 * target/generated-test-sources/test-annotations}; their class files are read with {@code
 * java.lang.classfile}.
 */
class InlineSizeTest {
  /** HotSpot's {@code MaxInlineSize} and {@code C1MaxInlineSize} (product defaults). */
  static final int MAX_INLINE_SIZE = 35;

  @Test
  void everyGeneratedMethodIsWithinMaxInlineSize() throws IOException, URISyntaxException {
    Path classes =
        Path.of(AllTypesAtomics.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path sources = classes.resolveSibling("generated-test-sources").resolve("test-annotations");
    List<Path> generated;
    try (Stream<Path> files = Files.walk(sources)) {
      generated = files.filter(f -> f.toString().endsWith("Atomics.java")).sorted().toList();
    }
    Map<String, Integer> sizes = new TreeMap<>();
    for (Path source : generated) {
      String relative = sources.relativize(source).toString();
      Path classFile = classes.resolve(relative.replaceFirst("\\.java$", ".class"));
      ClassModel model = ClassFile.of().parse(Files.readAllBytes(classFile));
      for (MethodModel method : model.methods()) {
        String name = method.methodName().stringValue();
        if (name.equals("<init>") || name.equals("<clinit>")) {
          continue;
        }
        int size = ((CodeAttribute) method.code().orElseThrow()).codeLength();
        sizes.put(model.thisClass().asInternalName() + "." + name, size);
      }
    }
    // Not vacuous: the module's generated classes are all here, with every operation.
    assertTrue(generated.size() >= 10, "generated classes found: " + generated);
    for (String method :
        List.of(
            "loadJ", "storeJ", "xchgJ", "cmpxchgJ", "$cmpxchgJ", "fetchAddJ", "cmpxchgD", "$cmpxchgD")) {
      assertTrue(
          sizes.containsKey("org/jatomics/accessors/AllTypesAtomics." + method),
          method + " in " + sizes.keySet());
    }
    List<String> tooLarge = new ArrayList<>();
    sizes.forEach(
        (method, size) -> {
          if (size > MAX_INLINE_SIZE) {
            tooLarge.add(method + ": " + size + " bytes");
          }
        });
    assertEquals(List.of(), tooLarge, "methods over " + MAX_INLINE_SIZE + " bytes of bytecode");
  }
}
