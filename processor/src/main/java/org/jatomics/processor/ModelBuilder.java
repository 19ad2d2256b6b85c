package org.jatomics.processor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.IntersectionType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.SimpleTypeVisitor9;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic;

/**
 * Builds the validated {@link AtomicClass} model of one class from its {@code @Atomic} fields.
 *
 * <p>Every misuse is reported as an error at the element it concerns, with a message that says what
 * to do; a class with any error yields no model (and so no generated code that would only add
 * follow-on errors).
 */
final class ModelBuilder {

  /** The outcome for one class: a model, an error already reported, or a retry next round. */
  sealed interface Result {}

  /** The class is valid; generate {@code model}. */
  record Valid(AtomicClass model) implements Result {}

  /** An error was reported; generate nothing. */
  record Invalid() implements Result {}

  /**
   * A field type is not resolved yet (another processor may still generate it): try again in the
   * next round. If it never resolves, javac itself reports the missing type.
   */
  record Deferred() implements Result {}

  private final Elements elements;
  private final Types types;
  private final Messager messager;

  ModelBuilder(Elements elements, Types types, Messager messager) {
    this.elements = elements;
    this.types = types;
    this.messager = messager;
  }

  /** Reports {@code @Consume} on a field that is not also {@code @Atomic}. */
  void checkConsume(Element consumed, TypeElement atomicAnnotation) {
    boolean atomic =
        consumed.getAnnotationMirrors().stream()
            .anyMatch(a -> a.getAnnotationType().asElement().equals(atomicAnnotation));
    if (!atomic) {
      error(
          consumed,
          "@Consume without @Atomic on '%s': @Consume says that loads of an @Atomic field need"
              + " dependency ordering, so it only means something on an @Atomic field; add @Atomic"
              + " (and load the field through the generated accessors) or remove @Consume",
          consumed.getSimpleName());
    }
  }

  /** Builds the model of {@code type} from its {@code @Atomic} fields, in declaration order. */
  Result build(TypeElement type, List<VariableElement> fields) {
    boolean valid = true;
    for (VariableElement field : fields) {
      valid &= checkField(type, field);
    }
    if (!valid) {
      return new Invalid();
    }
    if (type.getNestingKind() == NestingKind.LOCAL
        || type.getNestingKind() == NestingKind.ANONYMOUS) {
      // javac does not show processors members of local classes, but other compilers might.
      for (VariableElement field : fields) {
        error(field, LOCAL_CLASS_MESSAGE, field.getSimpleName());
      }
      return new Invalid();
    }
    for (VariableElement field : fields) {
      if (containsErrorType(field.asType())) {
        return new Deferred();
      }
    }
    String packageName = elements.getPackageOf(type).getQualifiedName().toString();
    TypeElement inaccessible = firstPrivate(type);
    if (inaccessible != null) {
      error(
          type,
          "%s '%s' is private, so the generated class %s cannot name it; make %s package-private"
              + " (or wider) to use @Atomic fields in it",
          kindName(inaccessible),
          inaccessible.getSimpleName(),
          generatedSimpleName(type),
          inaccessible.getSimpleName());
      return new Invalid();
    }
    List<AtomicField> model = new ArrayList<>();
    Set<String> suffixes = new HashSet<>();
    Set<String> handleNames = new HashSet<>();
    // a handle named like a type variable would compile (variables win) but read badly
    typeParametersInScope(type).forEach(p -> handleNames.add(p.getSimpleName().toString()));
    boolean deprecated = isDeprecatedChain(type);
    for (VariableElement field : fields) {
      TypeReport report = new TypeReport(packageName);
      report.visit(field.asType());
      if (report.inaccessible != null) {
        error(
            field,
            "the type of @Atomic field '%s' mentions %s, which code in package '%s' cannot name"
                + " (it is private or not public in another package); the generated accessors"
                + " need to name it: widen its access",
            field.getSimpleName(),
            report.inaccessible.getQualifiedName(),
            packageName.isEmpty() ? "(default)" : packageName);
        valid = false;
        continue;
      }
      deprecated |= report.deprecated;
      String name = field.getSimpleName().toString();
      String suffix = accessorSuffix(name);
      if (!suffixes.add(suffix)) {
        error(
            field,
            "the accessors of @Atomic field '%s' would be named load%s, store%s, ... like those of"
                + " another @Atomic field of %s whose name differs only in the case of its first"
                + " letter; rename one of the two fields",
            name,
            suffix,
            suffix,
            type.getSimpleName());
        valid = false;
        continue;
      }
      TypeMirror erased = types.erasure(field.asType());
      model.add(
          new AtomicField(
              field,
              name,
              suffix,
              uniqueHandleName(name, handleNames),
              field.asType(),
              erased,
              field.getModifiers().contains(Modifier.STATIC),
              !field.asType().getKind().isPrimitive() && !types.isSameType(field.asType(), erased),
              report.raw));
    }
    if (!valid) {
      return new Invalid();
    }
    return new Valid(
        new AtomicClass(
            type,
            packageName,
            generatedSimpleName(type),
            isPublicChain(type),
            typeParametersInScope(type),
            deprecated,
            List.copyOf(model)));
  }

  static final String LOCAL_CLASS_MESSAGE =
      "@Atomic field '%s' is in a local or anonymous class: the generated accessor class is a"
          + " top-level class and cannot name it; move the class to a member or top-level class";

  /** Checks the rules that concern one field alone; reports and returns false on a violation. */
  private boolean checkField(TypeElement type, VariableElement field) {
    ElementKind owner = type.getKind();
    if (owner == ElementKind.INTERFACE || owner == ElementKind.ANNOTATION_TYPE) {
      error(
          field,
          "@Atomic on field '%s' of interface %s: interface fields are implicitly static and"
              + " final, so they cannot be written atomically; move the field into a class",
          field.getSimpleName(),
          type.getSimpleName());
      return false;
    }
    if (field.getKind() == ElementKind.ENUM_CONSTANT) {
      error(
          field,
          "@Atomic on enum constant '%s': enum constants are final; put @Atomic on a non-final"
              + " field instead",
          field.getSimpleName());
      return false;
    }
    if (field.getModifiers().contains(Modifier.FINAL)) {
      if (owner == ElementKind.RECORD && !field.getModifiers().contains(Modifier.STATIC)) {
        error(
            field,
            "@Atomic on record component '%s' of %s: the fields of a record are final, so they"
                + " cannot be written atomically; use a class with a non-final field (static"
                + " fields of a record may be @Atomic)",
            field.getSimpleName(),
            type.getSimpleName());
      } else {
        error(
            field,
            "@Atomic on final field '%s': a final field cannot be written atomically; remove"
                + " 'final', or remove @Atomic if the field never changes after construction",
            field.getSimpleName());
      }
      return false;
    }
    return true;
  }

  /** {@code p.Outer.Inner} gives {@code Outer_InnerAtomics}. */
  static String generatedSimpleName(TypeElement type) {
    StringBuilder name = new StringBuilder(type.getSimpleName());
    for (Element e = type.getEnclosingElement(); isType(e); e = e.getEnclosingElement()) {
      name.insert(0, '_').insert(0, e.getSimpleName());
    }
    return name.append("Atomics").toString();
  }

  /** The field name with its first letter upper-cased: {@code head} gives {@code Head}. */
  static String accessorSuffix(String fieldName) {
    int first = fieldName.codePointAt(0);
    return new StringBuilder()
        .appendCodePoint(Character.toUpperCase(first))
        .append(fieldName, Character.charCount(first), fieldName.length())
        .toString();
  }

  /**
   * The constant name of a field's {@code VarHandle}: {@code headIndex} gives {@code HEAD_INDEX}; a
   * name already taken (by {@code head_index}, say) gets a numeric suffix.
   */
  static String uniqueHandleName(String fieldName, Set<String> taken) {
    StringBuilder snake = new StringBuilder();
    for (int i = 0; i < fieldName.length(); ) {
      int c = fieldName.codePointAt(i);
      if (i > 0
          && Character.isUpperCase(c)
          && !Character.isUpperCase(fieldName.codePointBefore(i))
          && fieldName.codePointBefore(i) != '_') {
        snake.append('_');
      }
      snake.appendCodePoint(c);
      i += Character.charCount(c);
    }
    String base = snake.toString().toUpperCase(Locale.ROOT);
    String name = base;
    for (int n = 2; !taken.add(name); n++) {
      name = base + "_" + n;
    }
    return name;
  }

  /** Type parameters in scope of an instance: its own and an inner class's enclosing ones. */
  private static List<TypeParameterElement> typeParametersInScope(TypeElement type) {
    List<TypeParameterElement> result = new ArrayList<>();
    for (TypeElement t = type;
        t != null;
        t = isInner(t) ? (TypeElement) t.getEnclosingElement() : null) {
      result.addAll(0, t.getTypeParameters());
    }
    return List.copyOf(result);
  }

  private static boolean isInner(TypeElement type) {
    return type.getKind() == ElementKind.CLASS
        && type.getNestingKind() == NestingKind.MEMBER
        && !type.getModifiers().contains(Modifier.STATIC)
        && isType(type.getEnclosingElement())
        && type.getEnclosingElement().getKind() != ElementKind.INTERFACE
        && type.getEnclosingElement().getKind() != ElementKind.ANNOTATION_TYPE;
  }

  private static boolean isType(Element e) {
    return e != null && (e.getKind().isClass() || e.getKind().isInterface());
  }

  private static String kindName(TypeElement type) {
    return switch (type.getKind()) {
      case ENUM -> "enum";
      case RECORD -> "record";
      case INTERFACE -> "interface";
      default -> "class";
    };
  }

  /** The first class of {@code type}'s nesting chain that is private, or null. */
  private static TypeElement firstPrivate(TypeElement type) {
    for (Element e = type; isType(e); e = e.getEnclosingElement()) {
      if (e.getModifiers().contains(Modifier.PRIVATE)) {
        return (TypeElement) e;
      }
    }
    return null;
  }

  private static boolean isPublicChain(TypeElement type) {
    for (Element e = type; isType(e); e = e.getEnclosingElement()) {
      if (!e.getModifiers().contains(Modifier.PUBLIC)) {
        return false;
      }
    }
    return true;
  }

  private boolean isDeprecatedChain(TypeElement type) {
    for (Element e = type; isType(e); e = e.getEnclosingElement()) {
      if (elements.isDeprecated(e)) {
        return true;
      }
    }
    return false;
  }

  private boolean containsErrorType(TypeMirror type) {
    TypeReport report = new TypeReport("");
    report.visit(type);
    return report.error;
  }

  /**
   * Walks a field type and notes what the generated code must care about: classes it cannot name
   * from its package, deprecated classes, raw types and unresolved (error) types.
   */
  private final class TypeReport extends SimpleTypeVisitor9<Void, Void> {
    private final String packageName;
    private final Set<TypeParameterElement> seen = new HashSet<>();
    TypeElement inaccessible;
    boolean deprecated;
    boolean raw;
    boolean error;

    TypeReport(String packageName) {
      this.packageName = packageName;
    }

    @Override
    public Void visitDeclared(DeclaredType t, Void unused) {
      TypeElement element = (TypeElement) t.asElement();
      for (Element e = element; isType(e); e = e.getEnclosingElement()) {
        boolean samePackage =
            elements.getPackageOf(e).getQualifiedName().contentEquals(packageName);
        if (inaccessible == null
            && (e.getModifiers().contains(Modifier.PRIVATE)
                || (!e.getModifiers().contains(Modifier.PUBLIC) && !samePackage))) {
          inaccessible = element;
        }
        deprecated |= elements.isDeprecated(e);
      }
      if (t.getTypeArguments().isEmpty() && !element.getTypeParameters().isEmpty()) {
        raw = true;
      }
      if (t.getEnclosingType().getKind() == TypeKind.DECLARED) {
        visit(t.getEnclosingType());
      }
      for (TypeMirror argument : t.getTypeArguments()) {
        visit(argument);
      }
      return null;
    }

    @Override
    public Void visitError(javax.lang.model.type.ErrorType t, Void unused) {
      error = true;
      return null;
    }

    @Override
    public Void visitArray(ArrayType t, Void unused) {
      return visit(t.getComponentType());
    }

    @Override
    public Void visitWildcard(WildcardType t, Void unused) {
      if (t.getExtendsBound() != null) {
        visit(t.getExtendsBound());
      }
      if (t.getSuperBound() != null) {
        visit(t.getSuperBound());
      }
      return null;
    }

    @Override
    public Void visitTypeVariable(TypeVariable t, Void unused) {
      if (seen.add((TypeParameterElement) t.asElement())) {
        visit(t.getUpperBound());
      }
      return null;
    }

    @Override
    public Void visitIntersection(IntersectionType t, Void unused) {
      t.getBounds().forEach(this::visit);
      return null;
    }
  }

  @SuppressWarnings("AnnotateFormatMethod") // @FormatMethod would need Error Prone's annotations
  private void error(Element element, String format, Object... args) {
    messager.printMessage(Diagnostic.Kind.ERROR, String.format(format, args), element);
  }
}
