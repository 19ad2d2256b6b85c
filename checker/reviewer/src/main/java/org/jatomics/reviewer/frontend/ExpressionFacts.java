package org.jatomics.reviewer.frontend;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.SwitchEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jatomics.checker.Config;
import org.jatomics.checker.KnownApis;
import org.jatomics.checker.model.ContractOverride;
import org.jatomics.checker.model.FieldAccess;
import org.jatomics.checker.model.FieldRef;
import org.jatomics.checker.model.FieldType;
import org.jatomics.checker.model.MethodBody;
import org.jatomics.checker.model.OrderedLoad;
import org.jatomics.checker.model.ReflectiveFieldCall;
import org.jatomics.checker.model.SafetyContractDeclaration;
import org.jatomics.checker.model.Site;
import org.jatomics.checker.model.SourceRange;
import org.jatomics.checker.model.UnitFacts;
import org.jatomics.checker.model.UnresolvedReceiver;
import org.jatomics.checker.model.UnsafeOperation;
import org.jatomics.checker.model.ValueUse;
import org.jatomics.reviewer.frontend.Declarations.AnnotationUse;
import org.jatomics.reviewer.frontend.Declarations.Kind;
import org.jatomics.reviewer.frontend.Declarations.MethodDecl;
import org.jatomics.reviewer.frontend.Declarations.TypeDecl;
import org.jatomics.reviewer.frontend.FactExtractor.Ranges;
import org.jatomics.reviewer.frontend.Resolver.FieldOf;
import org.jatomics.reviewer.frontend.Resolver.Local;
import org.jatomics.reviewer.frontend.Resolver.MethodOf;
import org.jatomics.reviewer.frontend.Resolver.Named;

/**
 * The facts one expression (or annotation, or method declaration) contributes: field accesses,
 * reflective field calls, ordered loads with the uses of their values, unsafe operations, safety
 * contracts and overrides. Everything is resolved by qualified name; what cannot be resolved
 * contributes nothing.
 */
// JavaParser nodes are compared by identity on purpose: Node.equals is structural
@SuppressWarnings("ReferenceEquality")
final class ExpressionFacts {
  private static final String IMMUTABLE = "Immutable";

  private static final TypeRef MEMORY_SEGMENT = TypeRef.of(KnownApis.MEMORY_SEGMENT);

  private static final TypeRef ORDERING = TypeRef.of(KnownApis.ORDERING);

  private final UnitFacts.Builder facts;
  private final Ranges ranges;
  private final Resolver resolver;
  private final TypeIndex index;
  private final Config config;
  private final Map<String, FieldRef> fieldRefs = new HashMap<>();

  /**
   * The unit's type declarations by qualified name ({@link #typesNamed}), null before first use.
   */
  private Map<String, List<TypeDeclaration<?>>> typesByName;

  private final ConstantStrings constants;
  private final References references;

  ExpressionFacts(
      UnitFacts.Builder facts,
      Ranges ranges,
      Resolver resolver,
      Config config,
      References references,
      Map<String, Optional<Expression>> parsedInitializers) {
    this.facts = facts;
    this.references = references;
    this.ranges = ranges;
    this.resolver = resolver;
    this.index = resolver.index();
    this.config = config;
    this.constants = new ConstantStrings(resolver, parsedInitializers);
  }

  /** Dispatches on the expression's kind. */
  void expression(Expression expression, Site site) {
    if (expression instanceof NameExpr name) {
      nameAccess(name, site);
    } else if (expression instanceof FieldAccessExpr access) {
      qualifiedAccess(access, site);
    } else if (expression instanceof MethodCallExpr call) {
      if (KnownApis.mayRegister(config, call.getNameAsString())) {
        reflectiveCall(call);
      }
      load(call, site);
      unsafeCall(call, site);
    } else if (expression instanceof ObjectCreationExpr creation) {
      unsafeConstruction(creation, site);
    }
  }

  // ---------------------------------------------------------------- field accesses

  private void nameAccess(NameExpr name, Site site) {
    if (isSelectedName(name)) {
      return;
    }
    Named named = resolver.lookup(name.getNameAsString(), name);
    if (named instanceof FieldOf field) {
      FieldRef ref = fieldRef(field);
      FieldAccess.Receiver receiver =
          ref.isStatic() ? FieldAccess.Receiver.STATIC : FieldAccess.Receiver.IMPLICIT_THIS;
      access(
          name,
          null,
          ref,
          receiver,
          ref.isStatic() ? null : implicitReceiver(name, field.owner().type()),
          site);
    }
  }

  /**
   * How to write the object a bare field name belongs to: {@code this}, or {@code Outer.this} when
   * the field is an enclosing instance's (the innermost enclosing class that has the field).
   */
  private String implicitReceiver(NameExpr name, TypeRef owner) {
    boolean innermost = true;
    for (Node n = name.getParentNode().orElse(null);
        n != null;
        n = n.getParentNode().orElse(null)) {
      TypeRef type;
      if (n instanceof TypeDeclaration<?> declaration) {
        type = Resolver.declaredType(declaration);
      } else if (Resolver.isAnonymousBody(n)) {
        type =
            n instanceof ObjectCreationExpr creation
                ? resolver.typeName(creation.getType(), creation)
                : TypeRef.UNKNOWN;
      } else {
        continue;
      }
      if (type.isKnown() && (type == owner || index.isSubtype(type, owner))) {
        return innermost ? "this" : type.simpleName() + ".this";
      }
      innermost = false;
    }
    return "this";
  }

  /** A name that is itself a method name or a label, not a variable. */
  private static boolean isSelectedName(NameExpr name) {
    return name.getParentNode().orElse(null) instanceof MethodCallExpr call
        && call.getName() == name.getName();
  }

  private void qualifiedAccess(FieldAccessExpr access, Site site) {
    Expression scope = access.getScope();
    Optional<FieldOf> field;
    FieldAccess.Receiver receiver;
    String receiverText;
    if (scope instanceof ThisExpr self) {
      TypeRef owner = resolver.thisType(self);
      if (!owner.isKnown()) {
        return;
      }
      field = resolver.fieldOf(owner, access.getNameAsString());
      // Error Prone's front end: any `X.this` is a qualified receiver, even the current class's.
      receiver =
          self.getTypeName().isPresent()
              ? FieldAccess.Receiver.QUALIFIED_THIS
              : FieldAccess.Receiver.THIS;
      receiverText = text(self);
    } else if (scope instanceof SuperExpr superExpr) {
      field =
          resolver.fieldOf(
              resolver.superclassOf(resolver.enclosingClass(superExpr)), access.getNameAsString());
      receiver = FieldAccess.Receiver.THIS;
      receiverText = "this";
    } else {
      field = resolver.fieldOfAccess(access);
      receiver = FieldAccess.Receiver.OTHER;
      receiverText = text(scope);
    }
    if (field.isEmpty()) {
      return;
    }
    FieldRef ref = fieldRef(field.get());
    if (ref.isStatic()) {
      receiver = FieldAccess.Receiver.STATIC;
      receiverText = null;
    }
    access(access, scope, ref, receiver, receiverText, site);
  }

  private void access(
      Expression expression,
      Expression scope,
      FieldRef field,
      FieldAccess.Receiver receiver,
      String receiverText,
      Site site) {
    Node parent = expression.getParentNode().orElse(null);
    FieldAccess.Kind kind = FieldAccess.Kind.READ;
    FieldAccess.Update update = null;
    if (parent instanceof AssignExpr assign && assign.getTarget() == expression) {
      boolean simple = assign.getOperator() == AssignExpr.Operator.ASSIGN;
      kind = simple ? FieldAccess.Kind.WRITE : FieldAccess.Kind.COMPOUND;
      update =
          new FieldAccess.Update(
              ranges.of(assign),
              assign.getOperator().asString(),
              false,
              text(assign.getValue()),
              valueUsed(assign));
    } else if (parent instanceof UnaryExpr unary && isIncrementOrDecrement(unary)) {
      kind = FieldAccess.Kind.COMPOUND;
      update =
          new FieldAccess.Update(
              ranges.of(unary),
              unary.getOperator().asString(),
              unary.isPrefix(),
              null,
              valueUsed(unary));
    }
    facts.add(
        new FieldAccess(field, kind, receiver, receiverText, ranges.of(expression), site, update));
    references.fieldAccess(expression, scope, receiver, receiverText);
  }

  private static boolean isIncrementOrDecrement(UnaryExpr unary) {
    return switch (unary.getOperator()) {
      case PREFIX_INCREMENT, PREFIX_DECREMENT, POSTFIX_INCREMENT, POSTFIX_DECREMENT -> true;
      default -> false;
    };
  }

  /** Whether the value of an assignment or increment is used (not a statement or for-update). */
  private static boolean valueUsed(Expression update) {
    Node parent = update.getParentNode().orElse(null);
    if (parent instanceof ExpressionStmt) {
      return false;
    }
    if (parent instanceof ForStmt loop) {
      return !(loop.getUpdate().contains(update) || loop.getInitialization().contains(update));
    }
    return true;
  }

  /** The model's view of an indexed field, with its annotations resolved in its own file. */
  FieldRef fieldRef(FieldOf field) {
    String key = field.owner().qualifiedName() + "#" + field.field().name();
    return fieldRefs.computeIfAbsent(key, k -> newFieldRef(field));
  }

  private FieldRef newFieldRef(FieldOf field) {
    TypeDecl owner = field.owner();
    String pkg = owner.scope().packageName();
    String ownerName =
        pkg.isEmpty() ? owner.qualifiedName() : owner.qualifiedName().substring(pkg.length() + 1);
    boolean atomic = false;
    boolean consume = false;
    String contract = null;
    for (AnnotationUse annotation : field.field().annotations()) {
      TypeRef resolved = resolver.resolve(annotation.name(), owner.scope(), owner.type());
      if (resolved.is(KnownApis.ATOMIC)) {
        atomic = true;
      } else if (resolved.is(KnownApis.CONSUME)) {
        consume = true;
      } else if (resolved.is(KnownApis.SAFETY_CONTRACT)) {
        contract = contractText(annotation, owner);
      }
    }
    return new FieldRef(
        pkg,
        ownerName,
        field.field().name(),
        new FieldType(TypeRef.primitiveKind(field.field().type()), field.field().typeText()),
        atomic,
        consume,
        field.field().isVolatile(),
        field.field().isStatic(),
        field.field().isFinal(),
        contract);
  }

  // ---------------------------------------------------------------- reflective field calls

  private void reflectiveCall(MethodCallExpr call) {
    List<ReflectiveFieldCall.Argument> arguments = new ArrayList<>();
    for (Expression argument : call.getArguments()) {
      ReflectiveFieldCall.Argument.ClassLiteral type = classOf(argument);
      if (type != null) {
        arguments.add(type);
      } else if (constants.inUnit(argument) != null) {
        // Any compile-time constant, as javac folds it: "head", HEAD, PREFIX + "head".
        arguments.add(new ReflectiveFieldCall.Argument.StringConstant(constants.inUnit(argument)));
      } else if (argument instanceof MethodCallExpr inner
          && inner.getNameAsString().equals("getDeclaredField")
          && inner.getScope().isPresent()
          && classOf(inner.getScope().get()) != null
          && inner.getArguments().size() == 1) {
        String name = constants.inUnit(inner.getArgument(0));
        arguments.add(
            new ReflectiveFieldCall.Argument.DeclaredField(
                classOf(inner.getScope().get()).qualifiedName(), name));
      } else {
        arguments.add(ReflectiveFieldCall.Argument.OTHER);
      }
    }
    ReflectiveFieldCall.namedField(arguments)
        .ifPresent(
            named -> {
              // The declaring class: findVarHandle(Sub.class, "f", ...) finds an inherited f.
              String targetClass =
                  resolver
                      .fieldOf(TypeRef.of(named.targetClass()), named.fieldName())
                      .map(f -> f.owner().qualifiedName())
                      .orElse(named.targetClass());
              facts.add(
                  new ReflectiveFieldCall(
                      resolver.calleeOwner(call).qualifiedNameOrNull(),
                      call.getNameAsString(),
                      targetClass,
                      named.fieldName(),
                      ranges.of(call)));
            });
  }

  private String classLiteral(ClassExpr literal) {
    return resolver.typeName(literal.getType(), literal).qualifiedNameOrNull();
  }

  /**
   * The class {@code argument} denotes: a class literal {@code K.class}, or a final or effectively
   * final variable of this unit (a local or a field) initialized with one ({@code Class<?> k =
   * WorkQueue.class}); null for anything else.
   */
  private ReflectiveFieldCall.Argument.ClassLiteral classOf(Expression argument) {
    if (argument instanceof ClassExpr literal) {
      return new ReflectiveFieldCall.Argument.ClassLiteral(classLiteral(literal));
    }
    VariableDeclarator declarator = null;
    if (argument instanceof NameExpr name) {
      Named named = resolver.lookup(name.getNameAsString(), name);
      if (named instanceof Local local
          && local.declarator() != null
          && !reassigned(local.declarator())) {
        declarator = local.declarator();
      } else if (named instanceof FieldOf field) {
        declarator = finalFieldOfUnit(argument, field);
      }
    } else if (argument instanceof FieldAccessExpr access) {
      declarator =
          resolver
              .fieldOfAccess(access)
              .map(field -> finalFieldOfUnit(argument, field))
              .orElse(null);
    }
    Expression value = declarator == null ? null : declarator.getInitializer().orElse(null);
    while (value instanceof EnclosedExpr enclosed) {
      value = enclosed.getInner();
    }
    return value instanceof ClassExpr literal
        ? new ReflectiveFieldCall.Argument.ClassLiteral(classLiteral(literal))
        : null;
  }

  /** Whether a local variable is assigned after its declaration. */
  private boolean reassigned(VariableDeclarator declarator) {
    Node scope = declarator;
    while (scope.getParentNode().isPresent()
        && !(scope instanceof com.github.javaparser.ast.body.BodyDeclaration<?>)) {
      scope = scope.getParentNode().get();
    }
    for (AssignExpr assign : scope.findAll(AssignExpr.class)) {
      if (assign.getTarget() instanceof NameExpr target
          && target.getNameAsString().equals(declarator.getNameAsString())
          && resolver.lookup(target.getNameAsString(), target) instanceof Local local
          && local.declarator() == declarator) {
        return true;
      }
    }
    return false;
  }

  /** The declarator of a final field declared in the unit of {@code use}, or null. */
  private VariableDeclarator finalFieldOfUnit(Node use, FieldOf field) {
    if (!field.field().isFinal()) {
      return null;
    }
    for (TypeDeclaration<?> type : typesNamed(use, field.owner().qualifiedName())) {
      for (FieldDeclaration declaration : type.getFields()) {
        for (VariableDeclarator variable : declaration.getVariables()) {
          if (variable.getNameAsString().equals(field.field().name())) {
            return variable;
          }
        }
      }
    }
    return null;
  }

  /**
   * The type declarations of {@code use}'s unit with the qualified name {@code name}, in tree
   * order. The unit's types are listed by name once, on first use: looking them up by walking the
   * whole tree for every method call with a field argument took half of the fact extraction.
   */
  private List<TypeDeclaration<?>> typesNamed(Node use, String name) {
    if (typesByName == null) { // one unit per instance
      CompilationUnit unit = use.findCompilationUnit().orElse(null);
      if (unit == null) {
        return List.of();
      }
      Map<String, List<TypeDeclaration<?>>> byName = new HashMap<>();
      unit.walk(
          Node.TreeTraversal.PREORDER,
          node -> {
            if (node instanceof TypeDeclaration<?> type) {
              type.getFullyQualifiedName()
                  .ifPresent(n -> byName.computeIfAbsent(n, k -> new ArrayList<>()).add(type));
            }
          });
      typesByName = byName;
    }
    return typesByName.getOrDefault(name, List.of());
  }

  // ---------------------------------------------------------------- ordered loads

  private void load(MethodCallExpr call, Site site) {
    String name = call.getNameAsString();
    Optional<OrderedLoad.LoadOrdering> varHandleOrdering = KnownApis.varHandleLoad(name);
    if (varHandleOrdering.isPresent()
        && call.getScope().isPresent()
        && resolver.ownerOfScope(call.getScope().get()).is(KnownApis.VAR_HANDLE)) {
      varHandleLoad(call, varHandleOrdering.get(), site);
      return;
    }
    if (name.equals(KnownApis.RAW_LOAD)
        && call.getArguments().size() == 4
        && resolver.calleeOwner(call).is(KnownApis.RAW_ATOMICS)) {
      Expression ordering = call.getArgument(3);
      boolean reference = isAddressLayout(call.getArgument(1));
      TypeRef valueType = reference ? MEMORY_SEGMENT : TypeRef.UNKNOWN;
      addLoad(
          OrderedLoad.Api.RAW,
          ordering(ordering),
          null,
          reference,
          call,
          ranges.of(ordering),
          valueType,
          site);
      return;
    }
    if (name.length() > KnownApis.ACCESSOR_LOAD_PREFIX.length()
        && name.startsWith(KnownApis.ACCESSOR_LOAD_PREFIX)
        && Character.isUpperCase(name.charAt(KnownApis.ACCESSOR_LOAD_PREFIX.length()))
        && !call.getArguments().isEmpty()) {
      FieldOf field = accessorField(call, name.substring(KnownApis.ACCESSOR_LOAD_PREFIX.length()));
      if (field == null) {
        return;
      }
      FieldRef ref = fieldRef(field);
      Expression ordering = call.getArguments().getLast().get();
      boolean reference = ref.type().kind() == FieldType.Kind.REFERENCE;
      addLoad(
          OrderedLoad.Api.ACCESSOR,
          ordering(ordering),
          ref,
          reference,
          call,
          ranges.of(ordering),
          resolver.fieldType(field),
          site);
    }
  }

  private void varHandleLoad(MethodCallExpr call, OrderedLoad.LoadOrdering ordering, Site site) {
    FieldOf field = varHandleField(call.getScope().get());
    FieldRef ref = field == null ? null : fieldRef(field);
    TypeRef valueType = field == null ? castType(call) : resolver.fieldType(field);
    boolean reference =
        ref != null ? ref.type().kind() == FieldType.Kind.REFERENCE : valueType.isReference();
    addLoad(
        OrderedLoad.Api.VAR_HANDLE,
        ordering,
        ref,
        reference,
        call,
        ranges.of(call.getName()),
        valueType,
        site);
  }

  /** The type a VarHandle result is cast to or stored as ({@code (Node) H.getOpaque(this)}). */
  private TypeRef castType(MethodCallExpr call) {
    Node parent = call.getParentNode().orElse(null);
    while (parent instanceof EnclosedExpr) {
      parent = parent.getParentNode().orElse(null);
    }
    if (parent instanceof CastExpr cast) {
      return resolver.typeName(cast.getType(), cast);
    }
    if (parent instanceof VariableDeclarator variable) {
      return resolver.localType(variable);
    }
    return TypeRef.UNKNOWN;
  }

  /** The field a VarHandle variable was looked up for, when it is a field initialized so. */
  private FieldOf varHandleField(Expression handle) {
    Optional<FieldOf> holder = Optional.empty();
    if (handle instanceof NameExpr name
        && resolver.lookup(name.getNameAsString(), name) instanceof FieldOf f) {
      holder = Optional.of(f);
    } else if (handle instanceof FieldAccessExpr access) {
      holder = resolver.fieldOfAccess(access);
    }
    if (holder.isEmpty() || holder.get().field().varHandleTarget() == null) {
      return null;
    }
    Declarations.VarHandleTarget target = holder.get().field().varHandleTarget();
    TypeDecl owner = holder.get().owner();
    TypeRef targetClass = resolver.resolve(target.targetClass(), owner.scope(), owner.type());
    String fieldName = constants.declaredIn(target.fieldNameSource(), owner);
    return fieldName == null ? null : resolver.fieldOf(targetClass, fieldName).orElse(null);
  }

  private boolean isAddressLayout(Expression layout) {
    if (layout instanceof NameExpr name
        && (name.getNameAsString().equals("ADDRESS")
            || name.getNameAsString().equals("ADDRESS_UNALIGNED"))
        && !(resolver.lookup(name.getNameAsString(), name) instanceof Local)) {
      return true;
    }
    return resolver.typeOf(layout).is("java.lang.foreign.AddressLayout");
  }

  /**
   * The {@code @Atomic} field behind a generated accessor call, recognised by its shape: the callee
   * class is named {@code <Owner>Atomics} (nested owners joined with {@code _}), the method {@code
   * load<Field>}, and the index knows the owner and a field of that name. The generated class
   * itself need not exist.
   */
  private FieldOf accessorField(MethodCallExpr call, String capitalized) {
    String accessorClass;
    List<String> packages = new ArrayList<>();
    if (call.getScope().isPresent()) {
      Expression scope = call.getScope().get();
      if (!(scope instanceof NameExpr || scope instanceof FieldAccessExpr)) {
        return null;
      }
      if (scope instanceof NameExpr name) {
        Named named = resolver.lookup(name.getNameAsString(), name);
        if (named instanceof Local || named instanceof FieldOf) {
          return null;
        }
        accessorClass = name.getNameAsString();
        String imported = resolver.scope().singleTypes().get(accessorClass);
        if (imported != null) {
          packages.add(packageOf(imported));
        } else {
          packages.add(resolver.scope().packageName());
          packages.addAll(resolver.scope().onDemandPackages());
        }
      } else {
        String written = scope.toString();
        int dot = written.lastIndexOf('.');
        accessorClass = written.substring(dot + 1);
        packages.add(written.substring(0, dot));
      }
    } else {
      TypeRef owner = resolver.scope().staticMembers().get(call.getNameAsString());
      if (owner == null) {
        for (TypeRef candidate : resolver.scope().staticOnDemand()) {
          if (candidate.qualifiedName().endsWith(KnownApis.ACCESSOR_CLASS_SUFFIX)) {
            if (owner != null) {
              return null; // two accessor classes: which one is meant needs types
            }
            owner = candidate;
          }
        }
      }
      if (owner == null) {
        return null;
      }
      accessorClass = owner.simpleName();
      packages.add(packageOf(owner.qualifiedName()));
    }
    if (!accessorClass.endsWith(KnownApis.ACCESSOR_CLASS_SUFFIX)
        || accessorClass.length() == KnownApis.ACCESSOR_CLASS_SUFFIX.length()) {
      return null;
    }
    String base =
        accessorClass.substring(
            0, accessorClass.length() - KnownApis.ACCESSOR_CLASS_SUFFIX.length());
    Set<FieldOf> found = new LinkedHashSet<>();
    for (String pkg : packages) {
      for (String ownerName : nestedNames(base)) {
        String qualified = pkg.isEmpty() ? ownerName : pkg + "." + ownerName;
        Optional<TypeDecl> type = index.typeNamed(qualified);
        if (type.isEmpty()) {
          continue;
        }
        type.get().fields().values().stream()
            .filter(f -> capitalize(f.name()).equals(capitalized))
            .forEach(f -> found.add(new FieldOf(type.get(), f)));
      }
    }
    return found.size() == 1 ? found.iterator().next() : null;
  }

  private static String packageOf(String qualifiedType) {
    int dot = qualifiedType.lastIndexOf('.');
    return dot < 0 ? "" : qualifiedType.substring(0, dot);
  }

  /**
   * Every way {@code Outer_Inner} can stand for a nested name: {@code Outer.Inner}, {@code
   * Outer_Inner}.
   */
  private static List<String> nestedNames(String base) {
    List<String> result = new ArrayList<>();
    result.add(base);
    for (int i = base.indexOf('_'); i > 0 && i < base.length() - 1; i = base.indexOf('_', i + 1)) {
      List<String> more = new ArrayList<>();
      for (String name : result) {
        more.add(name.substring(0, i) + "." + name.substring(i + 1));
      }
      result.addAll(more);
      if (result.size() > 64) {
        break;
      }
    }
    return result;
  }

  private static String capitalize(String name) {
    return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /**
   * The ordering a constant argument names ({@code RELAXED} imported, or {@code Ordering.RELAXED}).
   */
  private OrderedLoad.LoadOrdering ordering(Expression argument) {
    if (argument instanceof NameExpr name) {
      Named named = resolver.lookup(name.getNameAsString(), name);
      if (named instanceof Local || named instanceof FieldOf) {
        return OrderedLoad.LoadOrdering.UNKNOWN;
      }
      TypeRef owner = resolver.scope().staticMembers().get(name.getNameAsString());
      boolean imported =
          owner != null
              ? owner.is(KnownApis.ORDERING)
              : resolver.scope().staticOnDemand().contains(ORDERING);
      return imported
          ? KnownApis.orderingConstant(name.getNameAsString())
          : OrderedLoad.LoadOrdering.UNKNOWN;
    }
    if (argument instanceof FieldAccessExpr access
        && resolver.ownerOfScope(access.getScope()).is(KnownApis.ORDERING)) {
      return KnownApis.orderingConstant(access.getNameAsString());
    }
    return OrderedLoad.LoadOrdering.UNKNOWN;
  }

  private void addLoad(
      OrderedLoad.Api api,
      OrderedLoad.LoadOrdering ordering,
      FieldRef field,
      boolean reference,
      MethodCallExpr call,
      SourceRange orderingRange,
      TypeRef valueType,
      Site site) {
    SourceRange range = new SourceRange(ranges.of(call.getName()).start(), ranges.of(call).end());
    List<ValueUse> uses = new ArrayList<>();
    usesOf(call, valueType, uses, true);
    facts.add(new OrderedLoad(api, ordering, field, reference, range, orderingRange, uses, site));
  }

  /**
   * What is done with the value of {@code value} (of static type {@code type}): directly, or, when
   * {@code followLocals}, through a local variable initialized with it and never reassigned.
   */
  private void usesOf(Expression value, TypeRef type, List<ValueUse> uses, boolean followLocals) {
    Expression expression = value;
    Node parent = expression.getParentNode().orElse(null);
    while (parent instanceof EnclosedExpr || parent instanceof CastExpr) {
      if (parent instanceof CastExpr cast) {
        type = resolver.typeName(cast.getType(), cast);
      }
      expression = (Expression) parent;
      parent = parent.getParentNode().orElse(null);
    }
    if (parent instanceof FieldAccessExpr access && access.getScope() == expression) {
      String name = access.getNameAsString();
      if (type.isArray() && name.equals("length")) {
        uses.add(new ValueUse(ValueUse.Kind.ARRAY_LENGTH, ranges.of(access), name));
      } else {
        resolver
            .fieldOf(type, name)
            .ifPresent(
                f ->
                    uses.add(
                        new ValueUse(
                            f.field().isFinal()
                                ? ValueUse.Kind.FINAL_FIELD_READ
                                : ValueUse.Kind.NON_FINAL_FIELD_READ,
                            ranges.of(access),
                            name)));
      }
    } else if (parent instanceof MethodCallExpr call
        && call.getScope().orElse(null) == expression) {
      ValueUse.Kind kind = methodCallKind(type, call.getNameAsString());
      if (kind != null) {
        uses.add(new ValueUse(kind, ranges.of(call), call.getNameAsString()));
      }
    } else if (parent instanceof MethodCallExpr call
        && !call.getArguments().isEmpty()
        && call.getArgument(0) == expression) {
      boolean rawAccess = resolver.calleeOwner(call).is(KnownApis.RAW_ATOMICS);
      boolean varHandleAccess =
          call.getScope().isPresent()
              && resolver.ownerOfScope(call.getScope().get()).is(KnownApis.VAR_HANDLE)
              && type == MEMORY_SEGMENT;
      if (rawAccess || varHandleAccess) {
        uses.add(
            new ValueUse(
                ValueUse.Kind.SEGMENT_OF_MEMORY_ACCESS, ranges.of(call), call.getNameAsString()));
      }
    } else if (parent instanceof ArrayAccessExpr element) {
      if (element.getName() == expression) {
        uses.add(new ValueUse(ValueUse.Kind.ARRAY_ELEMENT_READ, ranges.of(element), null));
      } else if (element.getIndex() == expression) {
        uses.add(new ValueUse(ValueUse.Kind.ARRAY_INDEX, ranges.of(element), null));
      }
    } else if (followLocals
        && parent instanceof VariableDeclarator variable
        && variable.getInitializer().orElse(null) == expression) {
      TypeRef localType = resolver.localType(variable);
      for (NameExpr use : usesOfLocal(variable)) {
        usesOf(use, localType.isKnown() ? localType : type, uses, false);
      }
    }
  }

  /** How a call on the loaded value counts, or null when the value's type is unknown. */
  private ValueUse.Kind methodCallKind(TypeRef type, String method) {
    if (!type.isKnown()) {
      return null;
    }
    if (type == MEMORY_SEGMENT && KnownApis.isMemorySegmentAccess(method)) {
      return ValueUse.Kind.SEGMENT_OF_MEMORY_ACCESS;
    }
    return isImmutable(type) ? ValueUse.Kind.IMMUTABLE_METHOD_CALL : ValueUse.Kind.METHOD_CALL;
  }

  /**
   * String, boxed primitives and other JDK value types, enums, records, {@code @Immutable} types.
   */
  private boolean isImmutable(TypeRef type) {
    if (type.isPrimitive()
        || KnownApis.isKnownImmutable(type.qualifiedName())
        || JdkTypes.isEnumOrRecord(type)) {
      return true;
    }
    Optional<TypeDecl> decl = index.type(type);
    if (decl.isEmpty()) {
      return false;
    }
    if (decl.get().kind() == Kind.ENUM || decl.get().kind() == Kind.RECORD) {
      return true;
    }
    return decl.get().annotations().stream()
        .anyMatch(a -> a.name().equals(IMMUTABLE) || a.name().endsWith("." + IMMUTABLE));
  }

  /**
   * The reads of a local variable in its scope, or nothing when it is ever reassigned (then its
   * value is not necessarily the loaded one).
   */
  private List<NameExpr> usesOfLocal(VariableDeclarator variable) {
    Node scope =
        variable
            .getParentNode()
            .flatMap(Node::getParentNode)
            .flatMap(Node::getParentNode)
            .orElse(null);
    if (!(scope instanceof BlockStmt) && !(scope instanceof SwitchEntry)) {
      scope = variable.getParentNode().flatMap(Node::getParentNode).orElse(null);
    }
    if (scope == null) {
      return List.of();
    }
    List<NameExpr> reads = new ArrayList<>();
    String name = variable.getNameAsString();
    for (NameExpr use : scope.findAll(NameExpr.class, n -> n.getNameAsString().equals(name))) {
      if (!(resolver.lookup(name, use) instanceof Local local) || local.declarator() != variable) {
        continue;
      }
      Node parent = use.getParentNode().orElse(null);
      if ((parent instanceof AssignExpr assign && assign.getTarget() == use)
          || (parent instanceof UnaryExpr unary && isIncrementOrDecrement(unary))) {
        return List.of();
      }
      reads.add(use);
    }
    return reads;
  }

  // ---------------------------------------------------------------- unsafe operations

  private void unsafeCall(MethodCallExpr call, Site site) {
    String name = call.getNameAsString();
    if (!KnownApis.mayBeUnsafeCall(config, name) && !index.mayHaveSafetyContract(name)) {
      return; // not unsafe whatever the receiver (nor an Unsafe accessor on an unresolved one)
    }
    TypeRef owner = resolver.calleeOwner(call);
    if (!owner.isKnown()) {
      unresolvedReceiver(call);
      if (config.unsafeMethods().isEmpty()) {
        return;
      }
    }
    Callee callee = callee(owner, name, call.getArguments().size());
    if (callee == null) {
      return;
    }
    SourceRange range = new SourceRange(ranges.of(call.getName()).start(), ranges.of(call).end());
    unsafe(
        callee.declaringType(),
        name,
        callee.contract(),
        simpleName(callee.declaringType()) + "." + name,
        range,
        site);
  }

  /**
   * Records a call of one of Unsafe's memory accessors on a receiver whose type is unknown and
   * whose name may denote an {@code Unsafe} ({@link UnsafeHolders}): the reviewer cannot tell
   * whether it is an unsafe operation, and says so (contract section 9).
   */
  private void unresolvedReceiver(MethodCallExpr call) {
    Expression receiver = call.getScope().orElse(null);
    if (receiver == null || !KnownApis.isUnsafeMemoryAccessor(call.getNameAsString())) {
      return;
    }
    String name =
        receiver instanceof NameExpr n
            ? n.getNameAsString()
            : receiver instanceof FieldAccessExpr f
                ? f.getNameAsString()
                : receiver instanceof MethodCallExpr m ? m.getNameAsString() : null;
    if (name != null && UnsafeHolders.mayName(name)) {
      facts.add(
          new UnresolvedReceiver(
              call.getNameAsString(),
              text(receiver),
              new SourceRange(ranges.of(call.getName()).start(), ranges.of(call).end())));
    }
  }

  private void unsafeConstruction(ObjectCreationExpr creation, Site site) {
    TypeRef type = resolver.typeName(creation.getType(), creation);
    if (!type.isKnown()) {
      return;
    }
    Callee callee = callee(type, "<init>", creation.getArguments().size());
    if (callee != null) {
      unsafe(
          type, "<init>", callee.contract(), "new " + type.simpleName(), ranges.of(creation), site);
    }
  }

  /** {@code this(...)} and {@code super(...)} calling a constructor with a contract. */
  void constructorCall(ExplicitConstructorInvocationStmt call, Site site) {
    TypeRef enclosing = resolver.enclosingClass(call);
    TypeRef type = call.isThis() ? enclosing : resolver.superclassOf(enclosing);
    if (!type.isKnown()) {
      return;
    }
    Callee callee = callee(type, "<init>", call.getArguments().size());
    if (callee != null) {
      SourceRange whole = ranges.of(call);
      String text = ranges.source().text(whole);
      int end = whole.start() + text.lastIndexOf(')') + 1;
      unsafe(
          type,
          "<init>",
          callee.contract(),
          "new " + type.simpleName(),
          new SourceRange(whole.start(), Math.max(end, whole.start() + 1)),
          site);
    }
  }

  private void unsafe(
      TypeRef declaringType,
      String method,
      String contract,
      String operation,
      SourceRange range,
      Site site) {
    KnownApis.unsafeCall(config, declaringType.qualifiedNameOrNull(), method, contract)
        .ifPresent(
            u -> facts.add(new UnsafeOperation(u.kind(), operation, u.contract(), range, site)));
  }

  /**
   * The called method's declaring type and {@code @SafetyContract} text (null without one).
   *
   * @param declaringType the declaring type, possibly unknown
   * @param contract the contract, or null
   */
  private record Callee(TypeRef declaringType, String contract) {}

  /**
   * What the reviewer knows about a callee: for indexed types the overloads of that arity (all must
   * agree on their contract, else nothing is known); for other types the type itself.
   */
  private Callee callee(TypeRef owner, String name, int arity) {
    if (!owner.isKnown()) {
      return new Callee(owner, null);
    }
    String rawContract =
        owner.is(KnownApis.RAW_ATOMICS) ? KnownApis.rawAtomicsContract(name) : null;
    if (rawContract != null) {
      return new Callee(owner, rawContract);
    }
    if (index.type(owner).isEmpty()) {
      return new Callee(owner, null);
    }
    List<MethodOf> methods = resolver.methodsOf(owner, name, arity);
    if (methods.isEmpty()) {
      return resolver.hasUnknownSupertype(owner) ? null : new Callee(owner, null);
    }
    Set<String> contracts = new HashSet<>();
    for (int i = 0; i < methods.size(); i++) {
      contracts.add(String.valueOf(inheritedContract(methods, i)));
    }
    if (contracts.size() != 1) {
      return null; // overloads disagree: which one is called needs types the reviewer lacks
    }
    MethodOf first = methods.get(0);
    return new Callee(first.owner().type(), inheritedContract(methods, 0));
  }

  /**
   * The contract a call of {@code methods.get(i)} must keep (contract section 7): its own, else
   * that of the closest method of a supertype it overrides, i.e. one found after it (the list runs
   * from the receiver's type up) with the same parameter types; an overload is not an override.
   */
  private String inheritedContract(List<MethodOf> methods, int i) {
    MethodOf method = methods.get(i);
    String own = contractOf(method.owner(), method.method());
    if (own != null || method.method().isStatic() || method.method().name().equals("<init>")) {
      return own;
    }
    for (MethodOf overridden : methods.subList(i + 1, methods.size())) {
      if (!overridden.method().isStatic()
          && overridden.owner().type() != method.owner().type()
          && sameParameters(
              overridden.method().parameterTypes(),
              method.method().parameterTypes().stream().map(ExpressionFacts::simple).toList(),
              overridden.owner(),
              method.method().name(),
              method.method().parameterTypes().size())) {
        String inherited = contractOf(overridden.owner(), overridden.method());
        if (inherited != null) {
          return inherited;
        }
      }
    }
    return null;
  }

  /** The {@code @SafetyContract} text of a method ({@code ""} when not constant), or null. */
  private String contractOf(TypeDecl owner, MethodDecl method) {
    for (AnnotationUse annotation : method.annotations()) {
      if (resolver
          .resolve(annotation.name(), owner.scope(), owner.type())
          .is(KnownApis.SAFETY_CONTRACT)) {
        return contractText(annotation, owner);
      }
    }
    return null;
  }

  /** A contract's text: its constant value, or {@code ""} when it is not a constant. */
  private String contractText(AnnotationUse annotation, TypeDecl owner) {
    if (annotation.value() != null) {
      return annotation.value();
    }
    String value = constants.declaredIn(annotation.valueText(), owner);
    return value == null ? "" : value;
  }

  private static String simpleName(TypeRef type) {
    return type.isKnown() ? type.simpleName() : "?";
  }

  // ---------------------------------------------------------------- safety contracts

  /** A {@code @SafetyContract} written in this unit. */
  void annotation(AnnotationExpr annotation, Site site) {
    if (!isSafetyContract(annotation)) {
      return;
    }
    Node target = annotation.getParentNode().orElse(null);
    SafetyContractDeclaration.Target kind;
    String name;
    if (target instanceof MethodDeclaration method) {
      kind = SafetyContractDeclaration.Target.METHOD;
      name = method.getNameAsString();
    } else if (target instanceof ConstructorDeclaration constructor) {
      kind = SafetyContractDeclaration.Target.CONSTRUCTOR;
      name = constructor.getNameAsString();
    } else if (target instanceof FieldDeclaration field) {
      kind = SafetyContractDeclaration.Target.FIELD;
      name = field.getVariable(0).getNameAsString();
    } else {
      return;
    }
    facts.add(
        new SafetyContractDeclaration(
            kind, name, constants.inUnit(TypeIndex.valueOf(annotation)), ranges.of(annotation)));
  }

  private boolean isSafetyContract(AnnotationExpr annotation) {
    return resolver
        .resolve(
            annotation.getNameAsString(), resolver.scope(), resolver.enclosingClass(annotation))
        .is(KnownApis.SAFETY_CONTRACT);
  }

  /** The body of a method or constructor, for the thin-wrapper rule. */
  void methodBody(CallableDeclaration<?> callable, BlockStmt body) {
    String contract = null;
    for (AnnotationExpr annotation : callable.getAnnotations()) {
      if (isSafetyContract(annotation)) {
        String text = constants.inUnit(TypeIndex.valueOf(annotation));
        contract = text == null ? "" : text;
      }
    }
    facts.add(
        new MethodBody(
            callable.getNameAsString(),
            callable instanceof ConstructorDeclaration,
            ranges.of(body),
            contract,
            ranges.of(callable).start()));
  }

  /** A method overriding one with a {@code @SafetyContract}. */
  void override(MethodDeclaration method, Site site) {
    if (method.isStatic() || method.isPrivate()) {
      return;
    }
    List<TypeRef> supertypes = directSupertypes(method);
    if (supertypes == null) {
      return;
    }
    int arity = method.getParameters().size();
    List<String> parameterTypes = new ArrayList<>();
    method.getParameters().forEach(p -> parameterTypes.add(simple(TypeIndex.erasure(p.getType()))));
    Set<TypeRef> seen = new HashSet<>();
    List<TypeRef> level = supertypes;
    while (!level.isEmpty()) {
      List<TypeRef> next = new ArrayList<>();
      for (TypeRef type : level) {
        if (!seen.add(type)) {
          continue;
        }
        Optional<TypeDecl> decl = index.type(type);
        if (decl.isEmpty()) {
          continue;
        }
        for (MethodDecl candidate : decl.get().methods()) {
          if (candidate.name().equals(method.getNameAsString())
              && candidate.parameterTypes().size() == arity
              && !candidate.isStatic()
              && sameParameters(
                  candidate.parameterTypes(),
                  parameterTypes,
                  decl.get(),
                  method.getNameAsString(),
                  arity)) {
            String contract = contractOf(decl.get(), candidate);
            if (contract != null) {
              boolean restates = method.getAnnotations().stream().anyMatch(this::isSafetyContract);
              facts.add(
                  new ContractOverride(
                      method.getNameAsString(),
                      type.qualifiedName(),
                      contract,
                      restates,
                      ranges.of(method.getName()),
                      ranges.of(method).start()));
              return;
            }
          }
        }
        next.addAll(index.superTypesOf(type));
      }
      level = next;
    }
  }

  /** The supertypes of the class declaring {@code method} (named or anonymous), or null. */
  private List<TypeRef> directSupertypes(MethodDeclaration method) {
    Node owner = Resolver.enclosingClassNode(method);
    TypeRef type = TypeRef.UNKNOWN;
    if (owner instanceof TypeDeclaration<?> declaration) {
      type = Resolver.declaredType(declaration);
      return type.isKnown() ? index.superTypesOf(type) : null;
    }
    if (owner instanceof ObjectCreationExpr creation) {
      type = resolver.typeName(creation.getType(), creation);
    } else if (owner instanceof EnumConstantDeclaration constant
        && constant.getParentNode().orElse(null) instanceof TypeDeclaration<?> enumeration) {
      type = Resolver.declaredType(enumeration);
    }
    return type.isKnown() ? List.of(type) : null;
  }

  /**
   * Whether parameter types match by simple name; when only one candidate of this name and arity
   * exists, type variables make exact matching impossible, and the arity decides.
   */
  private boolean sameParameters(
      List<String> declared, List<String> overriding, TypeDecl owner, String name, int arity) {
    if (declared.size() != overriding.size()) {
      return false; // another arity: an overload (a varargs method matched the call's arity)
    }
    long candidates =
        owner.methods().stream()
            .filter(m -> m.name().equals(name) && m.parameterTypes().size() == arity)
            .count();
    if (candidates == 1) {
      return true;
    }
    for (int i = 0; i < declared.size(); i++) {
      if (!simple(declared.get(i)).equals(overriding.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static String simple(String type) {
    return type.substring(type.lastIndexOf('.') + 1);
  }

  private String text(Node node) {
    return ranges.source().text(ranges.of(node));
  }
}
