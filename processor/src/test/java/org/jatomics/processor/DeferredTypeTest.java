package org.jatomics.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.Test;

/**
 * A field whose type another processor generates is not resolved in the first round; the processor
 * waits for the next round instead of reporting an error or generating broken code.
 */
class DeferredTypeTest {

  /**
   * Generates {@code p.Later} for a class annotated {@code @p.GenerateLater}, in the first round,
   * as processors like Dagger or AutoValue do for their annotations. It runs after the jatomics
   * processors, which claim {@code @Atomic}: the claim must not keep it from its own annotation.
   */
  static final class GeneratesLater extends AbstractProcessor {
    private boolean done;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("p.GenerateLater");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!done) {
        done = true;
        try (Writer w = processingEnv.getFiler().createSourceFile("p.Later").openWriter()) {
          w.write("package p; public final class Later {}");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return true;
    }
  }

  @Test
  void fieldOfATypeGeneratedLaterIsGeneratedInALaterRound() {
    Compilation compilation =
        javac()
            .withProcessors(new LocalClassProcessor(), new AtomicsProcessor(), new GeneratesLater())
            .withOptions("--release", "17", "-Xlint:all", "-Werror")
            .compile(
                JavaFileObjects.forSourceLines(
                    "p.C",
                    "package p;",
                    "import java.util.List;",
                    "import org.jatomics.annotations.Atomic;",
                    "@GenerateLater",
                    "class C {",
                    "  @Atomic Later later;",
                    "  @Atomic List<Later> laters;",
                    "}"),
                JavaFileObjects.forSourceLines(
                    "p.GenerateLater", "package p;", "@interface GenerateLater {}"),
                JavaFileObjects.forSourceLines(
                    "p.User",
                    "package p;",
                    "class User {",
                    "  Later get(C c) { return CAtomics.loadLater(c,"
                        + " org.jatomics.Ordering.ACQUIRE); }",
                    "}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("p.CAtomics")
        .contentsAsUtf8String()
        .contains("static Later xchgLater(C obj, Later value, Ordering o)");
  }
}
