package org.jatomics.processor;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;

/**
 * The jatomics accessor processor: for every class with {@code @Atomic} fields it generates {@code
 * <Class>Atomics}, a class of typed, exact-type {@code VarHandle} accessors.
 *
 * <p>Each round it groups the {@code @Atomic} fields by class, builds and validates a model of each
 * class ({@link ModelBuilder}), and writes the valid ones ({@link AccessorWriter}). Misuse is
 * reported at the offending element; an unexpected failure becomes one error naming the class,
 * never a compiler crash.
 *
 * <p>It claims what it owns ({@link #process} returns {@code true}): jatomics' annotations
 * ({@code @Atomic}, {@code @Consume}, and {@code @SafetyContract} and {@code @Keep}, which only the
 * checker reads), and the {@code @Generated} on the accessor classes it wrote. An unclaimed
 * annotation is what javac's {@code -Xlint:processing} reports, so {@code -Xlint:all -Werror}
 * builds need no exception for jatomics. A round that also holds another generator's
 * {@code @Generated} is not claimed: that annotation is not this processor's to hide. The price of
 * a claim is that javac does not offer the claimed annotations to the processors after this one;
 * {@link LocalClassProcessor}, which must see every round, is therefore registered before this one
 * in {@code META-INF/services}.
 */
public final class AtomicsProcessor extends AbstractProcessor {
  static final String ATOMIC = "org.jatomics.annotations.Atomic";
  static final String CONSUME = "org.jatomics.annotations.Consume";

  /** Read by the checker, not by a processor: claimed here so that nothing reports it unclaimed. */
  static final String SAFETY_CONTRACT = "org.jatomics.annotations.SafetyContract";

  /** The meta-annotation on {@code @Atomic}; claimed like {@code @SafetyContract}. */
  static final String KEEP = "org.jatomics.annotations.Keep";

  static final String GENERATED = "javax.annotation.processing.Generated";

  private final Function<AtomicClass, JavaFile> writer;

  /** Classes whose field types were not resolved yet, retried next round (by qualified name). */
  private final Set<String> deferred = new LinkedHashSet<>();

  /** Accessor classes this processor generated, by qualified name, with their source class. */
  private final Map<String, TypeElement> generated = new HashMap<>();

  /** The processor javac instantiates (through {@code META-INF/services}). */
  public AtomicsProcessor() {
    this(AccessorWriter::write);
  }

  /** A processor with another writer: lets tests prove that a writer failure is not a crash. */
  AtomicsProcessor(Function<AtomicClass, JavaFile> writer) {
    this.writer = writer;
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(ATOMIC, CONSUME, SAFETY_CONTRACT, KEEP, GENERATED);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  // Claiming is the point (issue 15): -Xlint:all -Werror must pass without -Xlint:-processing,
  // and only jatomics' own annotations are claimed (see the end of this method).
  @SuppressWarnings("DoNotClaimAnnotations")
  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    try {
      processRound(round);
    } catch (RuntimeException | StackOverflowError e) {
      // generate() already turns failures into errors at the class; this is everything else
      processingEnv
          .getMessager()
          .printMessage(
              Diagnostic.Kind.ERROR,
              "internal error in the jatomics processor: " + e + "; please report it");
    }
    // Claim jatomics' annotations and @Generated (the types this processor supports) unless another
    // generator's @Generated is in the round: unclaimed annotations are what -Xlint:processing
    // warns
    // about. LocalClassProcessor runs first (META-INF/services order), so a claim cannot keep it
    // from
    // a round.
    return onlyOurGenerated(round);
  }

  /** Whether every element of the round annotated {@code @Generated} is accessor code of ours. */
  private boolean onlyOurGenerated(RoundEnvironment round) {
    TypeElement generatedType = processingEnv.getElementUtils().getTypeElement(GENERATED);
    return generatedType == null
        || round.getElementsAnnotatedWith(generatedType).stream()
            .allMatch(AtomicsProcessor::isGeneratedByUs);
  }

  private void processRound(RoundEnvironment round) {
    TypeElement atomic = processingEnv.getElementUtils().getTypeElement(ATOMIC);
    TypeElement consume = processingEnv.getElementUtils().getTypeElement(CONSUME);
    if (atomic == null) {
      return; // the annotations are not on the class path: nothing can be annotated
    }
    ModelBuilder builder =
        new ModelBuilder(
            processingEnv.getElementUtils(),
            processingEnv.getTypeUtils(),
            processingEnv.getMessager());
    if (consume != null) {
      for (Element consumed : round.getElementsAnnotatedWith(consume)) {
        builder.checkConsume(consumed, atomic);
      }
    }

    Map<TypeElement, List<VariableElement>> byClass = new LinkedHashMap<>();
    for (String name : deferred) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
      if (type != null) {
        byClass.put(type, atomicFields(type, atomic));
      }
    }
    deferred.clear();
    for (Element field : round.getElementsAnnotatedWith(atomic)) {
      if (field.getEnclosingElement() instanceof TypeElement type
          && (field.getKind() == ElementKind.FIELD
              || field.getKind() == ElementKind.ENUM_CONSTANT)) {
        byClass.computeIfAbsent(type, t -> new ArrayList<>()).add((VariableElement) field);
      }
    }
    for (Map.Entry<TypeElement, List<VariableElement>> entry : byClass.entrySet()) {
      generate(builder, entry.getKey(), entry.getValue(), round.processingOver());
    }
  }

  /** Builds, checks and writes one class's accessors; any unexpected failure is one error. */
  private void generate(
      ModelBuilder builder, TypeElement type, List<VariableElement> fields, boolean lastRound) {
    try {
      ModelBuilder.Result result = builder.build(type, fields);
      if (result instanceof ModelBuilder.Deferred) {
        if (!lastRound) {
          deferred.add(type.getQualifiedName().toString());
        }
        return;
      }
      if (result instanceof ModelBuilder.Valid valid && isNameFree(valid.model())) {
        JavaFile file = writer.apply(valid.model());
        file.writeTo(processingEnv.getFiler());
        generated.put(valid.model().generatedQualifiedName(), type);
      }
    } catch (IOException e) {
      error(type, "could not write the accessors of %s: %s", type.getQualifiedName(), e);
    } catch (RuntimeException | StackOverflowError e) {
      error(
          type,
          "internal error in the jatomics processor while generating the accessors of %s: %s;"
              + " please report it with this class's declaration",
          type.getQualifiedName(),
          e);
    }
  }

  /**
   * Whether the generated class name is free: not generated for another class in this build, and
   * not a class the user wrote (a class this processor generated in an earlier build is fine).
   */
  private boolean isNameFree(AtomicClass model) {
    String name = model.generatedQualifiedName();
    TypeElement owner = generated.get(name);
    if (owner != null && !owner.equals(model.element())) {
      error(
          model.element(),
          "the accessor class %s of %s would have the same name as that of %s; rename one of the"
              + " two classes",
          name,
          model.element().getQualifiedName(),
          owner.getQualifiedName());
      return false;
    }
    // Looked up in the annotated class's module only: getTypeElement(name) searches every module
    // of the JDK for the (absent) package, a fifth of the processor's own time on 100 classes.
    // (No module below --release 9: then the plain lookup.)
    Elements elements = processingEnv.getElementUtils();
    ModuleElement module = elements.getModuleOf(model.element());
    TypeElement existing =
        module == null ? elements.getTypeElement(name) : elements.getTypeElement(module, name);
    if (owner == null && existing != null && !isOurs(existing)) {
      error(
          model.element(),
          "the class %s already exists, so the accessors of %s cannot be generated under that"
              + " name; rename or remove the existing class",
          name,
          model.element().getQualifiedName());
      return false;
    }
    return true;
  }

  /**
   * Whether {@code type} is accessor code this processor generated in an earlier build: in a source
   * file it carries {@code @Generated} naming this processor; in a class file (an incremental build
   * compiles only changed sources, with the previous output on the class path) that annotation is
   * gone, so the shape tells: a final class whose constructors are all private and whose fields are
   * all {@code private static final VarHandle}s.
   */
  private static boolean isOurs(TypeElement type) {
    if (isGeneratedByUs(type)) {
      return true;
    }
    if (!type.getModifiers().contains(Modifier.FINAL)) {
      return false;
    }
    boolean anyHandle = false;
    for (Element member : type.getEnclosedElements()) {
      switch (member.getKind()) {
        case CONSTRUCTOR -> {
          if (!member.getModifiers().contains(Modifier.PRIVATE)) {
            return false;
          }
        }
        case FIELD -> {
          if (!member.getModifiers().containsAll(PRIVATE_STATIC_FINAL)
              || !member.asType().toString().equals("java.lang.invoke.VarHandle")) {
            return false;
          }
          anyHandle = true;
        }
        default -> {}
      }
    }
    return anyHandle;
  }

  /** Whether {@code element} carries {@code @Generated} naming this processor. */
  private static boolean isGeneratedByUs(Element element) {
    for (AnnotationMirror annotation : element.getAnnotationMirrors()) {
      if (annotation.getAnnotationType().toString().equals(GENERATED)
          && annotation.getElementValues().values().toString().contains(AccessorWriter.GENERATOR)) {
        return true;
      }
    }
    return false;
  }

  private static final Set<Modifier> PRIVATE_STATIC_FINAL =
      Set.of(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL);

  private static List<VariableElement> atomicFields(TypeElement type, TypeElement atomic) {
    List<VariableElement> fields = new ArrayList<>();
    for (Element member : type.getEnclosedElements()) {
      if (member instanceof VariableElement field
          && field.getAnnotationMirrors().stream()
              .anyMatch(a -> a.getAnnotationType().asElement().equals(atomic))) {
        fields.add(field);
      }
    }
    return fields;
  }

  @SuppressWarnings("AnnotateFormatMethod") // @FormatMethod would need Error Prone's annotations
  private void error(Element element, String format, Object... args) {
    processingEnv
        .getMessager()
        .printMessage(Diagnostic.Kind.ERROR, String.format(format, args), element);
  }
}
