package org.jatomics.processor;

import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Rejects {@code @Atomic} fields of local and anonymous classes.
 *
 * <p>javac neither shows such fields to processors nor even runs a processor for annotations found
 * only inside method bodies, so this check is a processor of its own that supports {@code "*"}
 * (javac runs it every round) and claims nothing (other processors still see every annotation).
 * {@link AtomicsProcessor} does the generating and claims {@code @Atomic}; a round whose
 * annotations are all claimed ends before the processors after the claimant, so this processor is
 * registered first in {@code META-INF/services}.
 */
public final class LocalClassProcessor extends AbstractProcessor {

  /** The processor javac instantiates (through {@code META-INF/services}). */
  public LocalClassProcessor() {}

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    LocalClassScanner scanner = LocalClassScanner.create(processingEnv);
    if (scanner == null) {
      return false; // not javac: the tree API is unavailable
    }
    for (Element root : round.getRootElements()) {
      if (root instanceof TypeElement type) {
        try {
          scanner.scan(type);
        } catch (RuntimeException | StackOverflowError e) {
          processingEnv
              .getMessager()
              .printMessage(
                  Diagnostic.Kind.ERROR,
                  String.format(
                      "internal error in the jatomics processor while looking for local classes"
                          + " in %s: %s; please report it",
                      type.getQualifiedName(), e),
                  type);
        }
      }
    }
    return false;
  }
}
