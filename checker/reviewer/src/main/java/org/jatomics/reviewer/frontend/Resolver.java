package org.jatomics.reviewer.frontend;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypePatternExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithTypeParameters;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.VarType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jatomics.reviewer.frontend.Declarations.FieldDecl;
import org.jatomics.reviewer.frontend.Declarations.MethodDecl;
import org.jatomics.reviewer.frontend.Declarations.TypeDecl;

/**
 * Name and type resolution inside one compilation unit, against the cross-file {@link TypeIndex},
 * without a class path. Each answer is either certain or absent: a name that could be a local
 * variable, a field of a class the index does not know, or a type nobody declared resolves to
 * nothing, and the front end then emits no fact for it.
 */
// JavaParser nodes are compared by identity on purpose: Node.equals is structural
@SuppressWarnings("ReferenceEquality")
final class Resolver {
  private final TypeIndex index;
  private final ImportScope scope;

  /** The unit's pattern variables by name: looked up often, found once. */
  private final Map<String, List<TypePatternExpr>> patterns = new HashMap<>();

  Resolver(TypeIndex index, CompilationUnit unit) {
    this.index = index;
    this.scope = ImportScope.of(unit);
    for (TypePatternExpr pattern : unit.findAll(TypePatternExpr.class)) {
      patterns.computeIfAbsent(pattern.getNameAsString(), k -> new ArrayList<>()).add(pattern);
    }
  }

  /** The pattern variables named {@code name} inside {@code node}. */
  private List<TypePatternExpr> patternsIn(Node node, String name) {
    List<TypePatternExpr> named = patterns.getOrDefault(name, List.of());
    if (named.isEmpty()) {
      return named;
    }
    List<TypePatternExpr> inside = new ArrayList<>();
    for (TypePatternExpr pattern : named) {
      if (node.isAncestorOf(pattern)) {
        inside.add(pattern);
      }
    }
    return inside;
  }

  TypeIndex index() {
    return index;
  }

  ImportScope scope() {
    return scope;
  }

  /** What a simple name in an expression refers to. */
  sealed interface Named permits Local, FieldOf, TypeName, Unknown {}

  /**
   * A local variable, parameter or pattern variable.
   *
   * @param type its declared type (unknown for {@code var} without a known initializer type, or an
   *     inferred lambda parameter)
   * @param declarator the declarator for locals with an initializer, else null
   * @param declared the declared type as written (with type arguments), or null
   */
  record Local(TypeRef type, VariableDeclarator declarator, Type declared) implements Named {}

  /**
   * A field of an indexed type.
   *
   * @param owner the declaring type
   * @param field the field
   */
  record FieldOf(TypeDecl owner, FieldDecl field) implements Named {}

  /** A type used as a name ({@code Math} in {@code Math.max(a, b)}); always known. */
  record TypeName(TypeRef type) implements Named {}

  /** Something the reviewer cannot know without a class path (or a package name). */
  record Unknown() implements Named {}

  private static final Unknown UNKNOWN = new Unknown();

  /**
   * The innermost named class around {@code node} (unknown inside an anonymous or local class, and
   * at top level).
   */
  TypeRef enclosingClass(Node node) {
    for (Node n = node.getParentNode().orElse(null);
        n != null;
        n = n.getParentNode().orElse(null)) {
      if (isAnonymousBody(n)) {
        return TypeRef.UNKNOWN;
      }
      if (n instanceof TypeDeclaration<?> type) {
        return declaredType(type);
      }
    }
    return TypeRef.UNKNOWN;
  }

  /** The type a declaration declares; unknown for a local class. */
  static TypeRef declaredType(TypeDeclaration<?> type) {
    return TypeRef.of(type.getFullyQualifiedName().orElse(null));
  }

  /** The innermost class-like declaration around {@code node}: a type or an anonymous body. */
  static Node enclosingClassNode(Node node) {
    for (Node n = node.getParentNode().orElse(null);
        n != null;
        n = n.getParentNode().orElse(null)) {
      if (n instanceof TypeDeclaration<?> || isAnonymousBody(n)) {
        return n;
      }
    }
    return null;
  }

  /** An object creation with a class body, or an enum constant with one. */
  static boolean isAnonymousBody(Node n) {
    return (n instanceof ObjectCreationExpr creation
            && creation.getAnonymousClassBody().isPresent())
        || (n instanceof EnumConstantDeclaration constant && !constant.getClassBody().isEmpty());
  }

  /**
   * Answers of {@link #resolve}, by file scope, enclosing type and name: a file asks about the same
   * few names again and again (each answer walks enclosing and super types through the index).
   */
  private final IdentityHashMap<ImportScope, Map<TypeRef, Map<String, TypeRef>>> resolved =
      new IdentityHashMap<>();

  /**
   * {@link TypeIndex#resolve}, remembered for the life of this resolver (one analysis of one file,
   * during which the index does not change).
   */
  TypeRef resolve(String name, ImportScope in, TypeRef enclosing) {
    return resolved
        .computeIfAbsent(in, k -> new HashMap<>())
        .computeIfAbsent(enclosing, k -> new HashMap<>())
        .computeIfAbsent(name, k -> index.resolve(k, in, enclosing));
  }

  /**
   * What each name expression refers to, once looked up: the facts ask about most of them twice.
   */
  private final IdentityHashMap<NameExpr, Named> names = new IdentityHashMap<>();

  /** Resolves a simple name used as an expression at {@code use}. */
  Named lookup(String name, Node use) {
    if (use instanceof NameExpr expression && expression.getNameAsString().equals(name)) {
      Named known = names.get(expression);
      if (known == null) {
        known = lookupUncached(name, use);
        names.put(expression, known);
      }
      return known;
    }
    return lookupUncached(name, use);
  }

  private Named lookupUncached(String name, Node use) {
    Node child = use;
    for (Node n = use.getParentNode().orElse(null);
        n != null;
        child = n, n = n.getParentNode().orElse(null)) {
      Named found = declaredIn(n, child, name, use);
      if (found != null) {
        return found;
      }
    }
    TypeRef owner = scope.staticMembers().get(name);
    if (owner != null) {
      return fieldOf(owner, name).map(Named.class::cast).orElse(UNKNOWN);
    }
    for (TypeRef onDemand : scope.staticOnDemand()) {
      Optional<FieldOf> field = fieldOf(onDemand, name);
      if (field.isPresent()) {
        return field.get();
      }
    }
    TypeRef type = resolve(name, scope, enclosingClass(use));
    return type.isKnown() ? new TypeName(type) : UNKNOWN;
  }

  /**
   * What {@code name} means in {@code n} for a use inside its child {@code child}, or null. By the
   * kind of scope: statements (blocks, declarations, loops, resources, patterns), expressions
   * (lambdas, anonymous classes) and the rest (switch entries, catch clauses, declarations).
   */
  private Named declaredIn(Node n, Node child, String name, Node use) {
    if (n instanceof Statement statement) {
      return declaredInStatement(statement, child, name, use);
    }
    if (n instanceof Expression expression) {
      return declaredInExpression(expression, child, name);
    }
    return declaredInDeclaration(n, child, name);
  }

  private Named declaredInStatement(Statement n, Node child, String name, Node use) {
    if (n instanceof BlockStmt block) {
      return localBefore(block.getStatements(), child, name);
    }
    if (n instanceof ExpressionStmt statement
        && statement.getExpression() instanceof VariableDeclarationExpr declaration) {
      return declarator(declaration, name, use);
    }
    if (n instanceof ForStmt loop) {
      for (Expression init : loop.getInitialization()) {
        if (init instanceof VariableDeclarationExpr declaration) {
          Named found = declarator(declaration, name, use);
          if (found != null) {
            return found;
          }
        }
      }
    }
    if (n instanceof ForEachStmt loop && child != loop.getVariable()) {
      Named found = declarator(loop.getVariable(), name, null);
      if (found != null) {
        return found;
      }
    }
    if (n instanceof TryStmt attempt) {
      for (Expression resource : attempt.getResources()) {
        if (resource instanceof VariableDeclarationExpr declaration) {
          Named found = declarator(declaration, name, use);
          if (found != null) {
            return found;
          }
        }
      }
    }
    return patternVariable(n, name, use);
  }

  private Named declaredInExpression(Expression n, Node child, String name) {
    if (n instanceof LambdaExpr lambda) {
      return parameter(lambda.getParameters(), name, lambda);
    }
    if (n instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isPresent()) {
      if (child != creation.getAnonymousClassBody().get().getParentNode().orElse(null)
          && !Nodes.containsSame(creation.getAnonymousClassBody().get(), child)) {
        return null; // the use is in the arguments, not the body
      }
      // Fields of an anonymous class, or inherited by it from a type the index does not know.
      if (declaresField(creation.getAnonymousClassBody().get(), name)) {
        return UNKNOWN;
      }
      TypeRef superType =
          resolve(TypeIndex.erasure(creation.getType()), scope, enclosingClass(creation));
      if (index.type(superType).isPresent()) {
        Optional<FieldOf> inherited = fieldOf(superType, name);
        return inherited.isPresent() ? inherited.get() : null;
      }
      // A JDK supertype is known by reflection; an unknown one is assumed not to declare it.
      return JdkTypes.hasField(superType, name) ? UNKNOWN : null;
    }
    return null;
  }

  private Named declaredInDeclaration(Node n, Node child, String name) {
    if (n instanceof SwitchEntry entry) {
      return localBefore(entry.getStatements(), child, name);
    }
    if (n instanceof CallableDeclaration<?> callable) {
      return parameter(callable.getParameters(), name, null);
    }
    if (n instanceof CatchClause clause) {
      return clause.getParameter().getNameAsString().equals(name)
          ? new Local(typeName(clause.getParameter().getType(), clause), null, null)
          : null;
    }
    if (n instanceof RecordDeclaration record) {
      // Record components are fields; a compact constructor sees them as parameters too.
      for (Parameter component : record.getParameters()) {
        if (component.getNameAsString().equals(name)) {
          return fieldOf(declaredType(record), name).map(Named.class::cast).orElse(UNKNOWN);
        }
      }
    }
    if (n instanceof TypeDeclaration<?> type) {
      TypeRef declared = declaredType(type);
      if (!declared.isKnown()) {
        return declaresField(type.getMembers(), name) ? UNKNOWN : null; // a local class
      }
      Optional<FieldOf> field = fieldOf(declared, name);
      if (field.isPresent()) {
        return field.get();
      }
      return null;
    }
    if (n instanceof EnumConstantDeclaration constant
        && !constant.getClassBody().isEmpty()
        && Nodes.containsSame(constant.getClassBody(), child)) {
      return declaresField(constant.getClassBody(), name) ? UNKNOWN : null;
    }
    return null;
  }

  private static boolean declaresField(NodeList<BodyDeclaration<?>> members, String name) {
    for (BodyDeclaration<?> member : members) {
      if (member instanceof FieldDeclaration field
          && field.getVariables().stream().anyMatch(v -> v.getNameAsString().equals(name))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The locals a statement list declares, indexed once per list: looking a name up in a block then
   * costs its candidate statements, not every statement before the use (a block of 100,000
   * statements was quadratic).
   */
  private final IdentityHashMap<NodeList<Statement>, BlockLocals> blocks = new IdentityHashMap<>();

  /**
   * One statement list's index.
   *
   * @param position each statement's index in the list
   * @param declaring for each name, the indexes of the statements that declare it (ascending)
   */
  private record BlockLocals(Map<Node, Integer> position, Map<String, List<Integer>> declaring) {
    static BlockLocals of(NodeList<Statement> statements) {
      IdentityHashMap<Node, Integer> position = new IdentityHashMap<>();
      Map<String, List<Integer>> declaring = new HashMap<>();
      for (int i = 0; i < statements.size(); i++) {
        Statement statement = statements.get(i);
        position.put(statement, i);
        if (statement instanceof ExpressionStmt expression
            && expression.getExpression() instanceof VariableDeclarationExpr declaration) {
          for (VariableDeclarator variable : declaration.getVariables()) {
            declaring.computeIfAbsent(variable.getNameAsString(), k -> new ArrayList<>()).add(i);
          }
        }
      }
      return new BlockLocals(position, declaring);
    }

    /** The index of the statement of this list that contains {@code node}, or null. */
    Integer enclosing(Node node) {
      for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
        Integer index = position.get(n);
        if (index != null) {
          return index;
        }
      }
      return null;
    }
  }

  private Named localBefore(NodeList<Statement> statements, Node child, String name) {
    BlockLocals locals = blocks.computeIfAbsent(statements, BlockLocals::of);
    Integer childIndex = locals.position().get(child);
    int stop = childIndex == null ? statements.size() : childIndex;
    // Only statements that declare `name` or hold a pattern variable named `name` can answer.
    java.util.TreeSet<Integer> candidates =
        new java.util.TreeSet<>(locals.declaring().getOrDefault(name, List.of()));
    for (TypePatternExpr pattern : patterns.getOrDefault(name, List.of())) {
      Integer index = locals.enclosing(pattern);
      if (index != null) {
        candidates.add(index);
      }
    }
    for (int index : candidates) {
      if (index >= stop) {
        break;
      }
      Statement statement = statements.get(index);
      if (statement instanceof ExpressionStmt expression
          && expression.getExpression() instanceof VariableDeclarationExpr declaration) {
        Named found = declarator(declaration, name, null);
        if (found != null) {
          return found;
        }
      }
      // A pattern variable of an earlier statement stays in scope after it when that statement
      // cannot complete normally otherwise (`if (!(o instanceof Node n)) return;`).
      for (TypePatternExpr pattern : patternsIn(statement, name)) {
        return new Local(typeName(pattern.getType(), pattern), null, pattern.getType());
      }
    }
    return null;
  }

  /** A declarator of {@code declaration} named {@code name} (declared before {@code use}). */
  private Named declarator(VariableDeclarationExpr declaration, String name, Node use) {
    for (VariableDeclarator variable : declaration.getVariables()) {
      if (variable.getNameAsString().equals(name)
          && (use == null || before(variable, use) || variable.isAncestorOf(use))) {
        return new Local(localType(variable), variable, variable.getType());
      }
    }
    return null;
  }

  private static boolean before(Node a, Node b) {
    return a.getBegin().isPresent()
        && b.getBegin().isPresent()
        && a.getBegin().get().isBefore(b.getBegin().get());
  }

  private Named parameter(NodeList<Parameter> parameters, String name, LambdaExpr lambda) {
    for (Parameter parameter : parameters) {
      if (parameter.getNameAsString().equals(name)) {
        Type type = parameter.getType();
        if (type.isUnknownType() || type instanceof VarType) {
          return new Local(
              lambda == null ? TypeRef.UNKNOWN : lambdaParameterType(lambda), null, null);
        }
        TypeRef resolved = typeName(type, parameter);
        return new Local(parameter.isVarArgs() ? resolved.arrayOf() : resolved, null, type);
      }
    }
    return null;
  }

  /** Stream and collection methods whose one-parameter lambda receives an element. */
  private static final Set<String> ELEMENT_CONSUMERS =
      Set.of(
          "forEach",
          "forEachOrdered",
          "map",
          "mapToInt",
          "mapToLong",
          "mapToDouble",
          "mapToObj",
          "flatMap",
          "filter",
          "peek",
          "anyMatch",
          "allMatch",
          "noneMatch",
          "takeWhile",
          "dropWhile",
          "ifPresent",
          "removeIf");

  /** Stream methods whose result has the same elements' type as their receiver. */
  private static final Set<String> SAME_ELEMENTS =
      Set.of(
          "stream",
          "parallelStream",
          "filter",
          "sorted",
          "distinct",
          "peek",
          "limit",
          "skip",
          "takeWhile",
          "dropWhile",
          "sequential",
          "parallel",
          "unordered",
          "onClose");

  /**
   * The type of an implicitly typed lambda parameter where it is evident: the element type of the
   * stream, collection or optional whose {@code map}/{@code forEach}/... receives the lambda.
   */
  private TypeRef lambdaParameterType(LambdaExpr lambda) {
    if (lambda.getParameters().size() != 1
        || !(lambda.getParentNode().orElse(null) instanceof MethodCallExpr call)
        || !call.getArguments().contains(lambda)
        || call.getScope().isEmpty()
        || !ELEMENT_CONSUMERS.contains(call.getNameAsString())) {
      return TypeRef.UNKNOWN;
    }
    return elementType(call.getScope().get());
  }

  /** The element type of a stream, collection or optional expression, when evident. */
  TypeRef elementType(Expression expression) {
    if (expression instanceof EnclosedExpr enclosed) {
      return elementType(enclosed.getInner());
    }
    if (expression instanceof NameExpr name) {
      Named named = lookup(name.getNameAsString(), name);
      if (named instanceof Local local && local.declared() != null) {
        return elementType(local.declared(), local.declared());
      }
      if (named instanceof FieldOf field) {
        return fieldElementType(field);
      }
      return TypeRef.UNKNOWN;
    }
    if (expression instanceof FieldAccessExpr access) {
      return fieldOfAccess(access).map(this::fieldElementType).orElse(TypeRef.UNKNOWN);
    }
    if (expression instanceof MethodCallExpr call) {
      String method = call.getNameAsString();
      if (SAME_ELEMENTS.contains(method) && call.getScope().isPresent()) {
        return elementType(call.getScope().get());
      }
      if ((method.equals("map") || method.equals("mapToObj"))
          && call.getArguments().size() == 1
          && call.getArgument(0) instanceof LambdaExpr lambda
          && lambda.getExpressionBody().isPresent()) {
        return typeOf(lambda.getExpressionBody().get());
      }
      TypeRef owner =
          call.getScope().isPresent() ? ownerOfScope(call.getScope().get()) : TypeRef.UNKNOWN;
      if (!call.getArguments().isEmpty()) {
        if ((method.equals("of")
                && (owner.is("java.util.stream.Stream")
                    || owner.is("java.util.List")
                    || owner.is("java.util.Set")))
            || (method.equals("asList") && owner.is("java.util.Arrays"))) {
          return typeOf(call.getArgument(0));
        }
        if (method.equals("stream") && owner.is("java.util.Arrays")) {
          return typeOf(call.getArgument(0)).componentType();
        }
      }
    }
    return TypeRef.UNKNOWN;
  }

  private TypeRef fieldElementType(FieldOf field) {
    Type type;
    try {
      type = com.github.javaparser.StaticJavaParser.parseType(field.field().typeText());
    } catch (RuntimeException e) {
      return TypeRef.UNKNOWN;
    }
    String argument = singleTypeArgument(type, fieldType(field));
    return argument == null
        ? TypeRef.UNKNOWN
        : resolve(argument, field.owner().scope(), field.owner().type());
  }

  /** The element type named by {@code type}'s single type argument, resolved at {@code context}. */
  private TypeRef elementType(Type type, Node context) {
    String argument = singleTypeArgument(type, typeName(type, context));
    if (argument == null) {
      return TypeRef.UNKNOWN;
    }
    try {
      return typeName(com.github.javaparser.StaticJavaParser.parseType(argument), context);
    } catch (RuntimeException e) {
      return TypeRef.UNKNOWN;
    }
  }

  /**
   * The single type argument of a container type ({@code List<Node>}: {@code Node}; {@code ?
   * extends Node}: {@code Node}) when the container is a JDK collection, stream or optional.
   */
  private static String singleTypeArgument(Type type, TypeRef container) {
    boolean holdsElements =
        JdkTypes.isSubtype(container, Iterable.class)
            || JdkTypes.isSubtype(container, java.util.stream.BaseStream.class)
            || container.is("java.util.Optional");
    if (!holdsElements
        || !(type instanceof com.github.javaparser.ast.type.ClassOrInterfaceType c)) {
      return null;
    }
    var arguments = c.getTypeArguments().orElse(null);
    if (arguments == null || arguments.size() != 1) {
      return null;
    }
    Type argument = arguments.get(0);
    if (argument instanceof com.github.javaparser.ast.type.WildcardType wildcard) {
      argument = wildcard.getExtendedType().map(Type.class::cast).orElse(null);
    }
    return argument == null ? null : TypeIndex.erasure(argument);
  }

  /**
   * A pattern variable ({@code o instanceof Node n}) named {@code name} declared in {@code n}
   * before {@code use}: flow scoping is approximated by "anywhere earlier in the statement".
   */
  private Named patternVariable(Statement n, String name, Node use) {
    for (TypePatternExpr pattern : patternsIn(n, name)) {
      if (before(pattern, use)) {
        return new Local(typeName(pattern.getType(), pattern), null, pattern.getType());
      }
    }
    return null;
  }

  /** The declared type of a local ({@code var}: the initializer's type when it is evident). */
  TypeRef localType(VariableDeclarator variable) {
    if (variable.getType() instanceof VarType) {
      return variable.getInitializer().map(this::typeOf).orElse(TypeRef.UNKNOWN);
    }
    return typeName(variable.getType(), variable);
  }

  /** A field named {@code name} of {@code owner} or a type it extends (indexed types only). */
  Optional<FieldOf> fieldOf(TypeRef owner, String name) {
    MemberKey key = new MemberKey(owner, name, -1);
    Optional<FieldOf> found = fields.get(key);
    if (found == null) {
      found = fieldOf(owner, name, new HashSet<>());
      fields.put(key, found);
    }
    return found;
  }

  /**
   * A member looked up by owner, name and (for methods) arity: the analysis looks up the same few
   * members of the same few types at every use.
   */
  private record MemberKey(TypeRef owner, String name, int arity) {}

  /** {@link #fieldOf(TypeRef, String)} so far, for this unit's analysis (the index is fixed). */
  private final Map<MemberKey, Optional<FieldOf>> fields = new HashMap<>();

  /** {@link #methodsOf} so far. */
  private final Map<MemberKey, List<MethodOf>> methods = new HashMap<>();

  private Optional<FieldOf> fieldOf(TypeRef owner, String name, Set<TypeRef> seen) {
    if (!owner.isKnown() || !seen.add(owner)) {
      return Optional.empty();
    }
    Optional<TypeDecl> type = index.type(owner);
    if (type.isEmpty()) {
      return Optional.empty();
    }
    FieldDecl field = type.get().fields().get(name);
    if (field != null) {
      return Optional.of(new FieldOf(type.get(), field));
    }
    for (TypeRef superType : index.superTypesOf(owner)) {
      Optional<FieldOf> inherited = fieldOf(superType, name, seen);
      if (inherited.isPresent()) {
        return inherited;
      }
    }
    return Optional.empty();
  }

  /** Whether {@code owner} or one of its supertypes might have members the index does not know. */
  boolean hasUnknownSupertype(TypeRef owner) {
    return hasUnknownSupertype(owner, new HashSet<>());
  }

  private boolean hasUnknownSupertype(TypeRef owner, Set<TypeRef> seen) {
    if (!seen.add(owner)) {
      return false;
    }
    Optional<TypeDecl> type = index.type(owner);
    if (type.isEmpty()) {
      return true;
    }
    List<TypeRef> resolved = index.superTypesOf(owner);
    if (resolved.size() != type.get().superTypes().size()) {
      return true;
    }
    for (TypeRef superType : resolved) {
      // A library supertype of the Java platform is harmless: it declares no unsafe operations.
      if (index.type(superType).isPresent()
          ? hasUnknownSupertype(superType, seen)
          : !superType.isJavaPlatform()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Methods of {@code owner} or its supertypes named {@code name} that a call with {@code arity}
   * arguments may invoke: those with {@code arity} parameters, and varargs methods with at most one
   * parameter more.
   */
  List<MethodOf> methodsOf(TypeRef owner, String name, int arity) {
    MemberKey key = new MemberKey(owner, name, arity);
    List<MethodOf> found = methods.get(key);
    if (found == null) {
      List<MethodOf> result = new ArrayList<>();
      collectMethods(owner, name, arity, result, new HashSet<>());
      found = List.copyOf(result);
      methods.put(key, found);
    }
    return found;
  }

  /**
   * A method of an indexed type.
   *
   * @param owner the declaring type
   * @param method the method
   */
  record MethodOf(TypeDecl owner, MethodDecl method) {}

  private void collectMethods(
      TypeRef owner, String name, int arity, List<MethodOf> result, Set<TypeRef> seen) {
    if (!owner.isKnown() || !seen.add(owner)) {
      return;
    }
    Optional<TypeDecl> type = index.type(owner);
    if (type.isEmpty()) {
      return;
    }
    for (MethodDecl method : type.get().methods()) {
      int parameters = method.parameterTypes().size();
      if (method.name().equals(name)
          && (parameters == arity || (method.varargs() && arity >= parameters - 1))) {
        result.add(new MethodOf(type.get(), method));
      }
    }
    if (!name.equals("<init>")) {
      for (TypeRef superType : index.superTypesOf(owner)) {
        collectMethods(superType, name, arity, result, seen);
      }
    }
  }

  /**
   * The type {@code type} written at {@code context} denotes: unknown for type variables, {@code
   * var} and types nobody declared.
   */
  TypeRef typeName(Type type, Node context) {
    if (type instanceof PrimitiveType primitive) {
      return TypeRef.of(primitive.asString());
    }
    if (type instanceof VarType || type.isUnknownType()) {
      return TypeRef.UNKNOWN;
    }
    String erasure = TypeIndex.erasure(type);
    if (isTypeVariable(erasure.replace("[]", ""), context)) {
      return TypeRef.UNKNOWN;
    }
    TypeRef enclosing = enclosingClass(context);
    return resolveWritten(
        erasure, scope, enclosing.isKnown() ? enclosing : enclosingNamedClass(context));
  }

  /**
   * Resolves an erased type name as written ({@code Node}, {@code int[]}, {@code Outer.Inner[][]})
   * in a file's {@code scope} inside {@code enclosing}; unknown when it names no known type.
   */
  private TypeRef resolveWritten(String written, ImportScope in, TypeRef enclosing) {
    int brackets = written.indexOf('[');
    String element = brackets < 0 ? written : written.substring(0, brackets);
    if (TypeRef.isPrimitiveName(element)) {
      return TypeRef.of(written);
    }
    TypeRef resolved = resolve(element, in, enclosing);
    return brackets < 0 || !resolved.isKnown()
        ? resolved
        : TypeRef.of(resolved.qualifiedName() + written.substring(brackets));
  }

  private static TypeRef enclosingNamedClass(Node node) {
    for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
      if (n instanceof TypeDeclaration<?> type && type.getFullyQualifiedName().isPresent()) {
        return declaredType(type);
      }
    }
    return TypeRef.UNKNOWN;
  }

  /** The type of a field as declared, resolved in its declaring file. */
  TypeRef fieldType(FieldOf field) {
    return resolveWritten(field.field().type(), field.owner().scope(), field.owner().type());
  }

  private static boolean isTypeVariable(String name, Node context) {
    for (Node n = context; n != null; n = n.getParentNode().orElse(null)) {
      if (n instanceof NodeWithTypeParameters<?> generic
          && generic.getTypeParameters().stream().anyMatch(p -> p.getNameAsString().equals(name))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The static type of {@code expression} when it can be known without a class path, else unknown.
   */
  TypeRef typeOf(Expression expression) {
    if (expression instanceof EnclosedExpr enclosed) {
      return typeOf(enclosed.getInner());
    }
    if (expression instanceof CastExpr cast) {
      return typeName(cast.getType(), cast);
    }
    if (expression instanceof ObjectCreationExpr creation) {
      return creation.getAnonymousClassBody().isPresent()
          ? TypeRef.UNKNOWN
          : typeName(creation.getType(), creation);
    }
    if (expression instanceof StringLiteralExpr || expression instanceof TextBlockLiteralExpr) {
      return TypeRef.STRING;
    }
    if (expression instanceof ThisExpr self) {
      return thisType(self);
    }
    if (expression instanceof NameExpr name) {
      Named named = lookup(name.getNameAsString(), name);
      if (named instanceof Local local) {
        return local.type();
      }
      if (named instanceof FieldOf field) {
        return fieldType(field);
      }
      TypeRef owner = scope.staticMembers().getOrDefault(name.getNameAsString(), TypeRef.UNKNOWN);
      return KnownTypes.fieldType(owner, name.getNameAsString());
    }
    if (expression instanceof FieldAccessExpr access) {
      Optional<FieldOf> field = fieldOfAccess(access);
      if (field.isPresent()) {
        return fieldType(field.get());
      }
      return KnownTypes.fieldType(ownerOfScope(access.getScope()), access.getNameAsString());
    }
    if (expression instanceof ArrayAccessExpr element) {
      return typeOf(element.getName()).componentType();
    }
    if (expression instanceof ConditionalExpr conditional) {
      TypeRef then = typeOf(conditional.getThenExpr());
      return then.isKnown() && then == typeOf(conditional.getElseExpr()) ? then : TypeRef.UNKNOWN;
    }
    if (expression instanceof MethodCallExpr call) {
      return returnType(call);
    }
    return TypeRef.UNKNOWN;
  }

  /**
   * The class {@code this} or {@code Outer.this} denotes: the enclosing class (also for an {@code
   * Outer} the reviewer cannot resolve), unknown inside an anonymous class.
   */
  TypeRef thisType(ThisExpr self) {
    if (self.getTypeName().isPresent()) {
      TypeRef named = resolve(self.getTypeName().get().asString(), scope, enclosingClass(self));
      if (named.isKnown()) {
        return named;
      }
    }
    return enclosingClass(self);
  }

  /** The field a {@code scope.name} expression accesses, if it is a field of an indexed type. */
  Optional<FieldOf> fieldOfAccess(FieldAccessExpr access) {
    return fieldOf(ownerOfScope(access.getScope()), access.getNameAsString());
  }

  /**
   * The type whose member {@code scope.member} selects: the scope's static type for expressions,
   * the type itself for type names; unknown when the reviewer cannot tell.
   */
  TypeRef ownerOfScope(Expression scopeExpression) {
    if (scopeExpression instanceof NameExpr name) {
      Named named = lookup(name.getNameAsString(), name);
      if (named instanceof TypeName type) {
        return type.type();
      }
      if (named instanceof Local local) {
        return local.type();
      }
      if (named instanceof FieldOf field) {
        return fieldType(field);
      }
      return TypeRef.UNKNOWN;
    }
    if (scopeExpression instanceof FieldAccessExpr access) {
      Optional<FieldOf> field = fieldOfAccess(access);
      if (field.isPresent()) {
        return fieldType(field.get());
      }
      // A qualified type name (p.Outer, Outer.Inner), else a library field (ValueLayout.ADDRESS).
      TypeRef type = resolve(access.toString(), scope, enclosingClass(access));
      return type.isKnown() ? type : typeOf(access);
    }
    return typeOf(scopeExpression);
  }

  /** The return type of a call when the callee is an indexed method with one return type. */
  private TypeRef returnType(MethodCallExpr call) {
    TypeRef owner = calleeOwner(call);
    if (!owner.isKnown()) {
      return TypeRef.UNKNOWN;
    }
    TypeRef known =
        KnownTypes.resultType(owner, call.getNameAsString(), call.getArguments().size());
    if (known.isKnown()) {
      return known;
    }
    TypeRef result = TypeRef.UNKNOWN;
    for (MethodOf method : methodsOf(owner, call.getNameAsString(), call.getArguments().size())) {
      TypeRef resolved =
          resolveWritten(
              method.method().returnType(), method.owner().scope(), method.owner().type());
      if (!resolved.isKnown() || (result.isKnown() && result != resolved)) {
        return TypeRef.UNKNOWN; // unknown, or overloads that disagree
      }
      result = resolved;
    }
    return result;
  }

  /**
   * The type declaring the method a call invokes, as far as the reviewer can tell: the scope's
   * type, or for an unqualified call the enclosing classes (innermost declaring a method of that
   * name) or a static import. Unknown when the reviewer cannot tell.
   */
  TypeRef calleeOwner(MethodCallExpr call) {
    if (call.getNameAsString().equals("getClass") && call.getArguments().isEmpty()) {
      return TypeRef.OBJECT; // final in Object: whatever the receiver's type
    }
    if (call.getScope().isPresent()) {
      Expression callScope = call.getScope().get();
      if (callScope instanceof com.github.javaparser.ast.expr.SuperExpr) {
        return superclassOf(enclosingClass(call));
      }
      return ownerOfScope(callScope);
    }
    String name = call.getNameAsString();
    for (Node n = call.getParentNode().orElse(null);
        n != null;
        n = n.getParentNode().orElse(null)) {
      if (isAnonymousBody(n)) {
        return TypeRef
            .UNKNOWN; // an anonymous class may inherit the method from a type we do not know
      }
      if (n instanceof TypeDeclaration<?> type) {
        TypeRef declared = declaredType(type);
        if (!declared.isKnown()) {
          return TypeRef.UNKNOWN;
        }
        if (!methodsOf(declared, name, call.getArguments().size()).isEmpty()) {
          return declared;
        }
        if (hasUnknownSupertype(declared)) {
          return TypeRef.UNKNOWN;
        }
      }
    }
    TypeRef imported = scope.staticMembers().get(name);
    if (imported != null) {
      return imported;
    }
    for (TypeRef owner : scope.staticOnDemand()) {
      if (!methodsOf(owner, name, call.getArguments().size()).isEmpty()
          || KnownTypes.declaresStaticMethod(owner, name)) {
        return owner;
      }
    }
    return TypeRef.UNKNOWN;
  }

  /**
   * The first resolved supertype of an indexed type, as {@code super} sees it (the extended class
   * comes first); unknown when there is none.
   */
  TypeRef superclassOf(TypeRef type) {
    List<TypeRef> supers = index.superTypesOf(type);
    return supers.isEmpty() ? TypeRef.UNKNOWN : supers.get(0);
  }
}
