package org.jatomics.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The generated source of representative classes, compared with reviewed golden files ({@code
 * src/test/resources/golden}), compiled as users compile: {@code --release 17 -Xlint:all -Werror}
 * (processing lint included: the processor claims its annotations and its {@code @Generated}).
 *
 * <p>After a deliberate change to the writer, regenerate the goldens with {@code
 * -Djatomics.updateGolden=true} and review the diff.
 */
class GoldenSourceTest {

  static JavaFileObject resource(String name) {
    return JavaFileObjects.forResource("golden/" + name);
  }

  static String read(String name) throws IOException {
    try (InputStream in = GoldenSourceTest.class.getResourceAsStream("/golden/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static Compilation compile(JavaFileObject... sources) {
    return javac()
        .withProcessors(new LocalClassProcessor(), new AtomicsProcessor())
        .withOptions("--release", "17", "-Xlint:all", "-Werror")
        .compile(sources);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "Queue.java, p.QueueAtomics, QueueAtomics.java.txt",
    "Box.java, p.BoxAtomics, BoxAtomics.java.txt",
    "Outer.java, p.Outer_InnerAtomics, Outer_InnerAtomics.java.txt"
  })
  void generatedSourceMatchesGolden(String source, String generated, String golden)
      throws IOException {
    Compilation compilation = compile(resource(source));
    assertThat(compilation).succeededWithoutWarnings();
    if (Boolean.getBoolean("jatomics.updateGolden")) {
      String text =
          compilation.generatedSourceFile(generated).orElseThrow().getCharContent(true).toString();
      Files.writeString(Path.of("src/test/resources/golden", golden), text);
    }
    assertThat(compilation)
        .generatedSourceFile(generated)
        .contentsAsUtf8String()
        .isEqualTo(read(golden));
  }
}
