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
 * Every method of every generated accessor class in this module is small enough for C1 to inline
 * it, even when the accessor's caller was itself inlined. The {@code VarHandle} methods the
 * accessors call are {@code @ForceInline}, so an inlined accessor costs a C1-compiled (or cold)
 * caller no more than a hand-written {@code VarHandle} call.
 *
 * <p>C1 inlines a callee of at most {@code C1MaxInlineSize} (35) bytes of bytecode into the method
 * it compiles, and shrinks that limit to 90% at each level of inlining ({@code
 * NestedInliningSizeRatio}, a constant in product builds; the limit is truncated to an integer):
 * 35, 31, 27, 24. So that an accessor called from a method C1 inlined (a JMH benchmark method, a
 * small helper of the user's) is still inlined with its whole dispatch, an accessor must be within
 * 31 bytes, the private method it continues in ({@code $cmpxchgX}) within 27, the next ({@code
 * $$cmpxchgX}) within 24.
 *
 * <p>The generated classes are those whose sources the processor wrote to {@code
 * target/generated-sources/annotations}; their class files are read with {@code
 * java.lang.classfile}.
 */
class InlineSizeTest {
  /** C1's limit for a callee of an inlined method, and for each further level. */
  static final int[] LIMIT_BY_LINK = {31, 27, 24};

  @Test
  void everyGeneratedMethodIsWithinMaxInlineSize() throws IOException, URISyntaxException {
    Path classes =
        Path.of(AllTypesAtomics.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path sources = classes.resolveSibling("generated-sources").resolve("annotations");
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
            "loadJ",
            "storeJ",
            "xchgJ",
            "cmpxchgJ",
            "$cmpxchgJ",
            "$$cmpxchgJ",
            "fetchAddJ",
            "$cmpxchgD")) {
      assertTrue(
          sizes.containsKey("org/jatomics/accessors/AllTypesAtomics." + method),
          method + " in " + sizes.keySet());
    }
    List<String> tooLarge = new ArrayList<>();
    sizes.forEach(
        (method, size) -> {
          String name = method.substring(method.lastIndexOf('.') + 1);
          int link = name.length() - name.replaceFirst("^\\$+", "").length();
          int limit = link < LIMIT_BY_LINK.length ? LIMIT_BY_LINK[link] : 0;
          if (size > limit) {
            tooLarge.add(method + ": " + size + " bytes, limit " + limit);
          }
        });
    assertEquals(List.of(), tooLarge, "methods C1 would not inline");
  }
}
