package org.jatomics.processor;

import com.google.auto.service.AutoService;
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
import javax.annotation.processing.Processor;
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
 */
@AutoService(Processor.class)
public final class AtomicsProcessor extends AbstractProcessor {
  static final String ATOMIC = "org.jatomics.annotations.Atomic";
  static final String CONSUME = "org.jatomics.annotations.Consume";
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
    return Set.of(ATOMIC, CONSUME);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

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
    // Claim nothing: a claim would hide these annotations from the processors after this one and,
    // when they are the round's only annotations, keep javac from running those processors at all
    // (LocalClassProcessor among them). The cost is javac's -Xlint:processing warning.
    return false;
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
    for (AnnotationMirror annotation : type.getAnnotationMirrors()) {
      if (annotation.getAnnotationType().toString().equals(GENERATED)
          && annotation.getElementValues().values().toString().contains(AccessorWriter.GENERATOR)) {
        return true;
      }
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

  private void error(Element element, String format, Object... args) {
    processingEnv
        .getMessager()
        .printMessage(Diagnostic.Kind.ERROR, String.format(format, args), element);
  }
}
