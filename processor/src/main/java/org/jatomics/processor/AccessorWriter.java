package org.jatomics.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeVariable;
import org.jatomics.processor.Operation.ModeChoice;
import org.jatomics.processor.Operation.OrderingParameter;

/**
 * Writes the source of a generated {@code <Class>Atomics} from its validated model.
 *
 * <p>The shape of every accessor is the same: identity tests of the ordering argument against the
 * {@code Ordering} constants, one per access mode of the {@link Operation} table but the last, each
 * branch a single exact-type {@code VarHandle} invocation; with more than two modes, one private
 * method per mode, so that C1 inlines each (see {@code Accessor.links}). When the caller passes a
 * constant, the JIT folds the tests away and only the invocation is left.
 */
final class AccessorWriter {

  /** The processor's name, recorded in {@code @Generated}. */
  static final String GENERATOR = "org.jatomics.processor.AtomicsProcessor";

  private static final ClassName ORDERING = ClassName.get("org.jatomics", "Ordering");
  private static final ClassName VAR_HANDLE = ClassName.get("java.lang.invoke", "VarHandle");
  private static final ClassName METHOD_HANDLES =
      ClassName.get("java.lang.invoke", "MethodHandles");
  private static final ClassName LOOKUP = METHOD_HANDLES.nestedClass("Lookup");
  private static final ClassName GENERATED =
      ClassName.get("javax.annotation.processing", "Generated");
  private static final AnnotationSpec GENERATED_ANNOTATION =
      AnnotationSpec.builder(GENERATED).addMember("value", "$S", GENERATOR).build();
  private static final AnnotationSpec SUPPRESS_DEPRECATION =
      AnnotationSpec.builder(SuppressWarnings.class)
          .addMember("value", "{$S, $S}", "deprecation", "removal")
          .build();

  /** The type of the ordering parameter of each kind, built once. */
  private static final Map<OrderingParameter, ClassName> ORDERING_PARAMETER_TYPES =
      new EnumMap<>(OrderingParameter.class);

  /** The Javadoc line of the ordering parameter {@code o}, for each kind of it, built once. */
  private static final Map<OrderingParameter, String> ORDERING_PARAMETER_DOCS =
      new EnumMap<>(OrderingParameter.class);

  static {
    for (OrderingParameter parameter : OrderingParameter.values()) {
      ORDERING_PARAMETER_TYPES.put(
          parameter,
          parameter.nestedType == null ? ORDERING : ORDERING.nestedClass(parameter.nestedType));
      List<String> accepted = parameter.accepted;
      ORDERING_PARAMETER_DOCS.put(
          parameter,
          "@param o the ordering: {@code "
              + String.join("}, {@code ", accepted.subList(0, accepted.size() - 1))
              + "} or {@code "
              + accepted.get(accepted.size() - 1)
              + "}\n");
    }
  }

  private AccessorWriter() {}

  /** The Java file of {@code model}'s accessor class. */
  static JavaFile write(AtomicClass model) {
    TypeElement type = model.element();
    ClassName target = ClassName.get(type);
    ClassName self = ClassName.get(model.packageName(), model.generatedSimpleName());
    TypeSpec.Builder accessors =
        TypeSpec.classBuilder(self)
            .addOriginatingElement(topLevel(type))
            .addAnnotation(GENERATED_ANNOTATION)
            .addModifiers(Modifier.FINAL)
            .addJavadoc(classJavadoc(model, target));
    if (model.isPublic()) {
      accessors.addModifiers(Modifier.PUBLIC);
    }
    // A type parameter named like a type the code refers to (VarHandle, Ordering) shadows it inside
    // the generic methods, Javadoc included: refer to such types by their qualified names.
    accessors.alwaysQualify(
        model.typeParameters().stream()
            .map(p -> p.getSimpleName().toString())
            .toArray(String[]::new));
    if (model.suppressDeprecation()) {
      accessors.addAnnotation(SUPPRESS_DEPRECATION);
    }
    accessors.addMethod(
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addJavadoc("Not instantiable: the accessors are static.\n")
            .build());

    CodeBlock.Builder init =
        CodeBlock.builder()
            .add(
                "try {\n$>$T lookup = $T.privateLookupIn($T.class, $T.lookup());\n",
                LOOKUP,
                METHOD_HANDLES,
                target,
                METHOD_HANDLES);
    String simpleName = type.getSimpleName().toString();
    Signature signature = new Signature(model);
    for (AtomicField field : model.fields()) {
      accessors.addField(
          FieldSpec.builder(
                  VAR_HANDLE, field.handleName(), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
              .addJavadoc("The handle of {@code $L.$L}.\n", simpleName, field.name())
              .build());
      init.add(
          "$N = lookup.$L($T.class, $S, $T.class).withInvokeExactBehavior();\n",
          field.handleName(),
          field.isStatic() ? "findStaticVarHandle" : "findVarHandle",
          target,
          field.name(),
          TypeName.get(field.erasedType()));
    }
    init.add(
        "$<} catch ($T e) {\n$>throw new $T(e);\n$<}\n",
        ReflectiveOperationException.class,
        ExceptionInInitializerError.class);
    accessors.addStaticBlock(init.build());

    for (AtomicField field : model.fields()) {
      Accessor accessor = new Accessor(model, field, signature, self);
      for (Operation operation : Operation.values()) {
        if (operation.appliesTo(field.type().getKind())) {
          accessor.addTo(accessors, operation);
        }
      }
    }
    // java.lang types stay imported explicitly: a class of the user's package named like one
    // (RuntimeException, say) would otherwise shadow it.
    return JavaFile.builder(model.packageName(), accessors.build()).indent("  ").build();
  }

  /**
   * The class Javadoc: what the class is and, once for all its methods, the {@code VarHandle}
   * access mode each ordering runs in each generated operation (the {@link Operation} table).
   */
  private static CodeBlock classJavadoc(AtomicClass model, ClassName target) {
    boolean anyFetchAdd =
        model.fields().stream().anyMatch(f -> Operation.FETCH_ADD.appliesTo(f.type().getKind()));
    CodeBlock.Builder table = CodeBlock.builder();
    for (Operation operation : Operation.values()) {
      if (operation != Operation.FETCH_ADD || anyFetchAdd) {
        table.add(MODE_ROWS.get(operation));
      }
    }
    return CodeBlock.of(
        "Typed atomic accessors for the {@code @Atomic} fields of {@code $L}.\n\n"
            + "<p>Generated by the jatomics processor from the fields' declarations; do not edit."
            + " Each\nmethod takes an {@link $T} and runs the {@link $T} access mode that ordering"
            + "\nstands for (see {@code docs/ordering.md} in jatomics; in brackets, the Linux-kernel"
            + "\nhelper of the same meaning):\n\n<ul>\n$L</ul>\n",
        target.canonicalName(),
        ORDERING,
        VAR_HANDLE,
        table.build());
  }

  /** Each operation's row of the class Javadoc's table of access modes, built once. */
  private static final Map<Operation, CodeBlock> MODE_ROWS = new EnumMap<>(Operation.class);

  static {
    for (Operation operation : Operation.values()) {
      CodeBlock.Builder row = CodeBlock.builder().add("  <li>{@code $LX}:", operation.prefix);
      List<ModeChoice> modes = operation.modes;
      for (int i = 0; i < modes.size(); i++) {
        ModeChoice mode = modes.get(i);
        String orderings =
            modes.size() == 1
                ? "every ordering runs"
                : "{@code "
                    + String.join("}, {@code ", mode.orderings())
                    + (mode.orderings().size() == 1 ? "} runs" : "} run");
        row.add(
            "\n      $L {@link $T#$L} ({@code $L})$L",
            orderings,
            VAR_HANDLE,
            mode.method(),
            mode.kernelHelper(),
            i == modes.size() - 1 ? "." : ";");
      }
      MODE_ROWS.put(operation, row.add("\n").build());
    }
  }

  /**
   * The parts of a method signature shared by every accessor of a class: its type variables and the
   * type of {@code obj}, computed once per class.
   */
  private static final class Signature {
    final List<TypeVariableName> typeVariables;
    final TypeName objType;
    final String typeParameterDocs;

    Signature(AtomicClass model) {
      typeVariables = model.typeParameters().stream().map(TypeVariableName::get).toList();
      objType = TypeName.get(model.element().asType());
      StringBuilder docs = new StringBuilder();
      for (var parameter : model.typeParameters()) {
        // Names may contain '$', so they are never part of a format string.
        docs.append("@param <")
            .append(parameter.getSimpleName())
            .append("> the type parameter {@code ")
            .append(parameter.getSimpleName())
            .append("} of {@code ")
            .append(parameter.getGenericElement().getSimpleName())
            .append("}\n");
      }
      typeParameterDocs = docs.toString();
    }
  }

  /** The accessors of one field: what every operation's method shares, computed once. */
  private static final class Accessor {
    private final AtomicClass model;
    private final AtomicField field;
    private final Signature signature;
    private final ClassName self;
    private final TypeName type;
    private final String where;
    private final boolean enclosingTypeVariable;

    Accessor(AtomicClass model, AtomicField field, Signature signature, ClassName self) {
      this.model = model;
      this.field = field;
      this.signature = signature;
      this.self = self;
      this.type = TypeName.get(field.type());
      this.where =
          (field.isStatic() ? "static field {@code " : "field {@code ")
              + model.element().getSimpleName()
              + "."
              + field.name()
              + "}";
      this.enclosingTypeVariable = isEnclosingClassTypeVariable(field, model);
    }

    /**
     * Adds the accessor of {@code operation} and, when its dispatch has more than two access modes,
     * the private methods it continues in (see {@link #dispatch}).
     */
    void addTo(TypeSpec.Builder accessors, Operation operation) {
      String name = operation.prefix + field.accessorSuffix();
      CodeBlock tags = tags(operation);
      for (int link = 0; link < links(operation); link++) {
        MethodSpec.Builder method = signature(operation, link, name);
        if (link == 0) {
          method
              .addJavadoc(summary(operation))
              .addJavadoc(tags)
              .addJavadoc(
                  "@throws NullPointerException if $L{@code o} is null\n",
                  field.isStatic() ? "" : "{@code obj} or ");
          if (model.isPublic()) {
            method.addModifiers(Modifier.PUBLIC);
          }
        } else {
          List<String> tested = new ArrayList<>();
          operation.modes.subList(0, link).forEach(mode -> tested.addAll(mode.orderings()));
          method
              .addModifiers(Modifier.PRIVATE)
              .addJavadoc(
                  "Continues {@link #$N} for every ordering but {@code $L} (a method per mode"
                      + " keeps each\nsmall enough for C1 to inline).\n\n",
                  name,
                  tested.size() == 1
                      ? tested.get(0)
                      : String.join("}, {@code ", tested.subList(0, tested.size() - 1))
                          + "} and {@code "
                          + tested.get(tested.size() - 1))
              .addJavadoc(tags);
        }
        accessors.addMethod(method.addCode(dispatch(operation, link, name)).build());
      }
    }

    /**
     * The name of link {@code link} of an accessor's dispatch: the accessor itself for link 0, then
     * {@code $cmpxchgHead}, {@code $$cmpxchgHead}, ...: a generated accessor never starts with
     * {@code $}, so these cannot clash with one (JLS 3.8 reserves {@code $} for generated code).
     */
    private static String linkName(String name, int link) {
      return "$".repeat(link) + name;
    }

    /** The modifiers, type variables, parameters and return type of one method. */
    private MethodSpec.Builder signature(Operation operation, int link, String name) {
      MethodSpec.Builder method =
          MethodSpec.methodBuilder(linkName(name, link)).addModifiers(Modifier.STATIC);
      boolean returns = returns(operation);
      List<String> suppressed = new ArrayList<>(3);
      if (field.uncheckedResult() && returns) {
        suppressed.add("\"unchecked\"");
      }
      if (field.rawType()) {
        suppressed.add("\"rawtypes\"");
      }
      if (returns && enclosingTypeVariable) {
        // Error Prone does not see the type variable in the receiver's enclosing type
        // (Outer<T>.Inner)
        suppressed.add("\"TypeParameterUnusedInFormals\"");
      }
      if (!suppressed.isEmpty()) {
        method.addAnnotation(
            AnnotationSpec.builder(SuppressWarnings.class)
                .addMember("value", "{$L}", String.join(", ", suppressed))
                .build());
      }
      if (!field.isStatic()) {
        method.addTypeVariables(signature.typeVariables);
        method.addParameter(signature.objType, "obj");
      }
      switch (operation) {
        case STORE, XCHG -> method.addParameter(type, "value");
        case CMPXCHG -> method.addParameter(type, "expected").addParameter(type, "value");
        case FETCH_ADD -> method.addParameter(type, "delta");
        case LOAD -> {}
      }
      method.addParameter(ORDERING_PARAMETER_TYPES.get(operation.orderingParameter), "o");
      if (returns) {
        method.returns(type);
      }
      return method;
    }

    /**
     * The number of methods an accessor's dispatch takes: one for one or two access modes (the
     * identity test of the first mode's orderings, then the null check and the second mode); one
     * per mode for more (each tests its mode's orderings and calls the next, the last one checks
     * for null). So no method has more than one identity test and two invocations of the handle, or
     * one when it calls on.
     */
    private static int links(Operation operation) {
      return operation.modes.size() <= 2 ? 1 : operation.modes.size();
    }

    /**
     * Link {@code link} of the dispatch (see {@link #links}). The last mode takes every remaining
     * non-null ordering: the parameter's type is sealed and its classes are final singletons, so
     * the remaining values are exactly that mode's orderings.
     *
     * <p>The shape keeps every method small enough for C1 to inline it into a caller that C1 itself
     * inlined (see {@code InlineSizeTest}); when the ordering is a constant, the inlined tests fold
     * and only the handle's invocation is left.
     */
    private CodeBlock dispatch(Operation operation, int link, String name) {
      List<ModeChoice> modes = operation.modes;
      String arguments = arguments(operation);
      boolean returns = returns(operation);
      CodeBlock.Builder code = CodeBlock.builder();
      if (link < modes.size() - 1) {
        ModeChoice mode = modes.get(link);
        StringBuilder test = new StringBuilder();
        List<Object> args = new ArrayList<>();
        for (String ordering : mode.orderings()) {
          test.append(test.length() == 0 ? "o == $T.$N" : " || o == $T.$N");
          args.add(ORDERING);
          args.add(ordering);
        }
        code.add("if (" + test + ") {\n$>", args.toArray());
        code.add(invocation(mode, arguments, returns));
        code.add(returns ? "$<}\n" : "return;\n$<}\n");
      }
      if (link == links(operation) - 1) {
        ModeChoice last = modes.get(modes.size() - 1);
        code.add(
            "// $L: $L\n$T.requireNonNull(o);\n",
            modes.size() > 1 ? "the remaining orderings" : "every ordering",
            String.join(", ", last.orderings()),
            Objects.class);
        code.add(invocation(last, arguments, returns));
      } else {
        code.add(
            returns ? "return $N($L, o);\n" : "$N($L, o);\n", linkName(name, link + 1), arguments);
      }
      return code.build();
    }

    /** The arguments of the handle's invocation: the accessor's parameters but the ordering. */
    private String arguments(Operation operation) {
      String value =
          switch (operation) {
            case LOAD -> "";
            case STORE, XCHG -> "value";
            case CMPXCHG -> "expected, value";
            case FETCH_ADD -> "delta";
          };
      return field.isStatic() ? value : value.isEmpty() ? "obj" : "obj, " + value;
    }

    /**
     * One exact-type invocation: the cast gives a signature-polymorphic call its return type (the
     * erasure of the cast type, JLS 15.12.3), which is the field's erased type, as the handle
     * expects.
     */
    private CodeBlock invocation(ModeChoice mode, String arguments, boolean returns) {
      if (!returns) {
        return CodeBlock.of("$N.$N($L);\n", field.handleName(), mode.method(), arguments);
      }
      return CodeBlock.of(
          "return ($T) $N.$N($L);\n", type, field.handleName(), mode.method(), arguments);
    }

    /**
     * The Javadoc of one accessor but its tags: what it does, and a link to the class description's
     * table of access modes.
     */
    private CodeBlock summary(Operation operation) {
      // Names may contain '$', so they are arguments, never part of a format string.
      String summary =
          switch (operation) {
            case LOAD -> "Atomically loads the $L.\n";
            case STORE -> "Atomically stores {@code value} into the $L.\n";
            case XCHG ->
                "Atomically replaces the $L with {@code value}\nand returns the previous value.\n";
            case CMPXCHG ->
                "Atomically sets the $L to {@code value} if it holds {@code expected},\n"
                    + "and returns the value it held (the witness): the exchange happened exactly"
                    + " when the\nwitness equals {@code expected}, $L.\nOn failure nothing is"
                    + " written.\n";
            case FETCH_ADD ->
                "Atomically adds {@code delta} to the $L and returns the previous value. The"
                    + " sum\nwraps around on overflow, as {@code +} does.\n";
          };
      CodeBlock.Builder doc = CodeBlock.builder();
      if (operation == Operation.CMPXCHG) {
        doc.add(summary, where, witnessEquality(field));
      } else {
        doc.add(summary, where);
      }
      doc.add(
          "The {@linkplain $T class description} gives the access mode of each ordering.\n\n",
          self);
      return doc.build();
    }

    /** The Javadoc tags of one accessor's parameters and result. */
    private CodeBlock tags(Operation operation) {
      CodeBlock.Builder doc = CodeBlock.builder();
      if (!field.isStatic()) {
        doc.add("$L@param obj the object whose field is accessed\n", signature.typeParameterDocs);
      }
      doc.add(
          switch (operation) {
            case LOAD -> "$L@return the value read\n";
            case STORE -> "@param value the value to write\n$L";
            case XCHG -> "@param value the value to write\n$L@return the previous value\n";
            case CMPXCHG ->
                """
                @param expected the value the field must hold
                @param value the value to write
                $L@return the witness: the value the field held
                """;
            case FETCH_ADD -> "@param delta the amount to add\n$L@return the previous value\n";
          },
          ORDERING_PARAMETER_DOCS.get(operation.orderingParameter));
      return doc.build();
    }
  }

  private static String witnessEquality(AtomicField field) {
    return switch (field.type().getKind()) {
      case FLOAT, DOUBLE ->
          "compared bit for bit as {@code VarHandle} does\n(a NaN matches the same NaN bits;"
              + " {@code -0.0} does not match {@code 0.0})";
      case BOOLEAN, BYTE, SHORT, CHAR, INT, LONG -> "compared with {@code ==}";
      default -> "compared by reference identity, {@code ==}, not {@code equals}";
    };
  }

  private static boolean returns(Operation operation) {
    return operation != Operation.STORE;
  }

  /** Whether the field's type is a type variable of a class enclosing the field's class. */
  private static boolean isEnclosingClassTypeVariable(AtomicField field, AtomicClass model) {
    return field.type() instanceof TypeVariable variable
        && !variable.asElement().getEnclosingElement().equals(model.element());
  }

  private static TypeElement topLevel(TypeElement type) {
    TypeElement top = type;
    while (top.getEnclosingElement() instanceof TypeElement enclosing) {
      top = enclosing;
    }
    return top;
  }
}
