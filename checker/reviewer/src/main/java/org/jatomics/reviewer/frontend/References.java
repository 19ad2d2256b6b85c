package org.jatomics.reviewer.frontend;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jatomics.checker.model.FieldAccess;
import org.jatomics.checker.model.ReferenceEvent;
import org.jatomics.checker.model.SourceRange;
import org.jatomics.checker.model.UnitFacts;
import org.jatomics.reviewer.frontend.Declarations.TypeDecl;
import org.jatomics.reviewer.frontend.FactExtractor.Ranges;
import org.jatomics.reviewer.frontend.Resolver.FieldOf;
import org.jatomics.reviewer.frontend.Resolver.Local;
import org.jatomics.reviewer.frontend.Resolver.MethodOf;

/**
 * The {@link ReferenceEvent}s of one unit, from JavaParser's trees: what each body does with its
 * local variables and with {@code this} while the object may still be unpublished (the same events
 * as the Error Prone front end's {@code JavacReferences}; the rule is in core's {@code
 * Publication}).
 */
// JavaParser nodes are compared by identity on purpose: Node.equals is structural
@SuppressWarnings("ReferenceEquality")
final class References {
  private final Ranges ranges;
  private final Resolver resolver;

  /** Tracked locals: declarator to the offset of its name. */
  private final IdentityHashMap<VariableDeclarator, Integer> locals = new IdentityHashMap<>();

  /** The names of the tracked locals: a name that is none of them needs no lookup. */
  private final Set<String> localNames = new HashSet<>();

  /** Events by reference, emitted at the end for those that ever hold an unpublished object. */
  private final Map<Integer, List<ReferenceEvent>> pending = new LinkedHashMap<>();

  References(Ranges ranges, Resolver resolver) {
    this.ranges = ranges;
    this.resolver = resolver;
  }

  /** The facts of {@code node} for the escape analysis, if any. */
  void node(Node node) {
    if (node instanceof BlockStmt block && tracksThis(block)) {
      int start = ranges.of(block).start();
      event(start, ReferenceEvent.Kind.UNPUBLISHED, new SourceRange(start, start));
    } else if (node instanceof VariableDeclarationExpr declaration) {
      declaration(declaration);
    } else if (node instanceof AssignExpr assign
        && assign.getOperator() == AssignExpr.Operator.ASSIGN
        && assign.getTarget() instanceof NameExpr name
        && localOf(name) != null) {
      assigned(localOf(name), assign.getValue(), assign);
    } else if (node instanceof NameExpr name && localOf(name) != null) {
      use(name, localOf(name));
    } else if (((node instanceof ThisExpr self && self.getTypeName().isEmpty())
            || (node instanceof SuperExpr superExpr && superExpr.getTypeName().isEmpty()))
        && !harmless((Expression) node, true)) {
      thisEscapes(node, ranges.of(node));
    } else if (node instanceof ObjectCreationExpr creation
        && (creation.getAnonymousClassBody().isPresent() || takesThisAsOuter(creation))) {
      thisEscapes(creation, ranges.of(creation));
    } else if (node instanceof LocalClassDeclarationStmt local
        && !local.getClassDeclaration().isInterface()) {
      thisEscapes(local, ranges.of(local));
    } else if (node instanceof LambdaExpr lambda && usesThis(lambda)) {
      thisEscapes(lambda, ranges.of(lambda));
    }
  }

  /**
   * A field access through {@code this} of a tracking body, through a local of its body, or on a
   * {@code new} expression itself.
   */
  void fieldAccess(
      Expression access, Expression scope, FieldAccess.Receiver kind, String receiverText) {
    if (kind == FieldAccess.Receiver.OTHER && scope != null && madeHere(scope)) {
      objectMadeInAccess(ranges.of(access));
      return;
    }
    boolean self =
        kind == FieldAccess.Receiver.THIS
            || (kind == FieldAccess.Receiver.IMPLICIT_THIS && "this".equals(receiverText));
    Node body = body(access);
    if (self && body instanceof BlockStmt block && tracksThis(block)) {
      event(ranges.of(block).start(), ReferenceEvent.Kind.OBJECT_OF, ranges.of(access));
    } else if (kind == FieldAccess.Receiver.OTHER
        && scope instanceof NameExpr name
        && localOf(name) != null
        && body(localOf(name)) == body) {
      event(locals.get(localOf(name)), ReferenceEvent.Kind.OBJECT_OF, ranges.of(access));
    }
  }

  /** Adds the events of every reference that ever holds an unpublished object. */
  void flush(UnitFacts.Builder out) {
    for (List<ReferenceEvent> events : pending.values()) {
      if (events.stream().anyMatch(e -> e.kind() == ReferenceEvent.Kind.UNPUBLISHED)) {
        events.forEach(out::add);
      }
    }
  }

  private void declaration(VariableDeclarationExpr declaration) {
    Node parent = declaration.getParentNode().orElse(null);
    if (parent instanceof ForEachStmt || parent instanceof TryStmt || body(declaration) == null) {
      return;
    }
    for (VariableDeclarator variable : declaration.getVariables()) {
      if (variable.getType().isPrimitiveType()) {
        continue;
      }
      locals.put(variable, ranges.of(variable.getName()).start());
      localNames.add(variable.getNameAsString());
      variable.getInitializer().ifPresent(value -> assigned(variable, value, variable));
    }
  }

  private void assigned(VariableDeclarator variable, Expression value, Node where) {
    Integer id = locals.get(variable);
    if (id != null) {
      event(
          id,
          unpublished(value, where)
              ? ReferenceEvent.Kind.UNPUBLISHED
              : ReferenceEvent.Kind.ASSIGNED,
          ranges.of(where));
    }
  }

  /** {@code new C(...)}, casts and parentheses looked through. */
  private static boolean madeHere(Expression scope) {
    Expression v = scope;
    while (v instanceof EnclosedExpr || v instanceof CastExpr) {
      v = v instanceof EnclosedExpr e ? e.getInner() : ((CastExpr) v).getExpression();
    }
    return v instanceof ObjectCreationExpr;
  }

  /**
   * The object of {@code access} is made by the access's own receiver expression: unpublished
   * there, under a reference of its own (named by the access's start).
   */
  private void objectMadeInAccess(SourceRange access) {
    event(
        access.start(),
        ReferenceEvent.Kind.UNPUBLISHED,
        new SourceRange(access.start(), access.start()));
    event(access.start(), ReferenceEvent.Kind.OBJECT_OF, access);
  }

  /** {@code new C(...)}, {@code null}, or {@code super.clone()} in {@code clone()}. */
  private boolean unpublished(Expression value, Node where) {
    Expression v = value;
    while (v instanceof EnclosedExpr || v instanceof CastExpr) {
      v = v instanceof EnclosedExpr e ? e.getInner() : ((CastExpr) v).getExpression();
    }
    if (v instanceof ObjectCreationExpr || v instanceof NullLiteralExpr) {
      return true;
    }
    return v instanceof MethodCallExpr call
        && call.getNameAsString().equals("clone")
        && call.getArguments().isEmpty()
        && call.getScope().orElse(null) instanceof SuperExpr superExpr
        && superExpr.getTypeName().isEmpty()
        && body(where) instanceof BlockStmt block
        && block.getParentNode().orElse(null) instanceof MethodDeclaration method
        && method.getNameAsString().equals("clone")
        && method.getParameters().isEmpty()
        && !method.isStatic();
  }

  private void use(NameExpr name, VariableDeclarator declarator) {
    Integer id = locals.get(declarator);
    if (body(name) != body(declarator)) {
      event(id, ReferenceEvent.Kind.ESCAPE, ranges.of(name)); // captured
      return;
    }
    Node parent = name.getParentNode().orElse(null);
    boolean assignedTo =
        parent instanceof AssignExpr assign
            && assign.getTarget() == name
            && assign.getOperator() == AssignExpr.Operator.ASSIGN;
    if (!assignedTo && !harmless(name, false)) {
      event(id, ReferenceEvent.Kind.ESCAPE, ranges.of(name));
    }
  }

  /** A use that cannot publish the object: a member's receiver, a comparison, a lock. */
  private static boolean harmless(Expression use, boolean self) {
    Node parent = use.getParentNode().orElse(null);
    return (parent instanceof FieldAccessExpr access && access.getScope() == use)
        || (parent instanceof MethodCallExpr call && call.getScope().orElse(null) == use)
        || (parent instanceof BinaryExpr binary
            && (binary.getOperator() == BinaryExpr.Operator.EQUALS
                || binary.getOperator() == BinaryExpr.Operator.NOT_EQUALS))
        || (!self && parent instanceof InstanceOfExpr)
        || (!self && parent instanceof SynchronizedStmt lock && lock.getExpression() == use);
  }

  /**
   * {@code new Inner(...)} of an inner member class whose implicit enclosing instance is {@code
   * this}: the innermost enclosing class is the inner class's outer class or a subclass of it.
   */
  private boolean takesThisAsOuter(ObjectCreationExpr creation) {
    if (creation.getScope().isPresent()) {
      return false; // `this.new Inner()` escapes as a use of `this`; `other.new Inner()` does not
    }
    TypeRef created = resolver.typeName(creation.getType(), creation);
    TypeIndex index = resolver.index();
    if (!index.type(created).map(TypeDecl::hasOuterInstance).orElse(false)) {
      return false;
    }
    TypeRef outer = index.outerOf(created);
    TypeRef innermost = resolver.enclosingClass(creation);
    return outer.isKnown()
        && innermost.isKnown()
        && (innermost == outer || index.isSubtype(innermost, outer));
  }

  private void thisEscapes(Node at, SourceRange where) {
    if (body(at) instanceof BlockStmt block && tracksThis(block)) {
      event(ranges.of(block).start(), ReferenceEvent.Kind.ESCAPE, where);
    }
  }

  /**
   * {@code this}, {@code super}, an instance field or an unqualified call of an instance method.
   */
  private boolean usesThis(LambdaExpr lambda) {
    if (!lambda.findAll(ThisExpr.class).isEmpty() || !lambda.findAll(SuperExpr.class).isEmpty()) {
      return true;
    }
    for (NameExpr name : lambda.findAll(NameExpr.class)) {
      if (resolver.lookup(name.getNameAsString(), name) instanceof FieldOf field
          && !field.field().isStatic()) {
        return true;
      }
    }
    for (MethodCallExpr call : lambda.findAll(MethodCallExpr.class)) {
      if (call.getScope().isEmpty() && instanceMethod(call)) {
        return true;
      }
    }
    return false;
  }

  /** An unqualified call that is not known to be of a static method. */
  private boolean instanceMethod(MethodCallExpr call) {
    String name = call.getNameAsString();
    if (resolver.scope().staticMembers().containsKey(name)) {
      return false;
    }
    List<MethodOf> candidates = new ArrayList<>();
    for (Node n = call.getParentNode().orElse(null);
        n != null;
        n = n.getParentNode().orElse(null)) {
      if (n instanceof TypeDeclaration<?> type) {
        candidates.addAll(
            resolver.methodsOf(Resolver.declaredType(type), name, call.getArguments().size()));
      }
    }
    return candidates.isEmpty() || candidates.stream().anyMatch(m -> !m.method().isStatic());
  }

  /** The local variable {@code name} denotes, when it is tracked. */
  private VariableDeclarator localOf(NameExpr name) {
    if (!localNames.contains(name.getNameAsString())) {
      return null;
    }
    return resolver.lookup(name.getNameAsString(), name) instanceof Local local
            && local.declarator() != null
            && locals.containsKey(local.declarator())
        ? local.declarator()
        : null;
  }

  /**
   * The body {@code node} is in: the block of a method, constructor or initializer, a lambda's
   * body, a field declaration (its initializer); null outside any.
   */
  private static Node body(Node node) {
    Node child = node;
    for (Node n = node.getParentNode().orElse(null);
        n != null;
        child = n, n = n.getParentNode().orElse(null)) {
      if (n instanceof LambdaExpr lambda && child == lambda.getBody()) {
        return child;
      }
      if ((n instanceof CallableDeclaration<?> || n instanceof InitializerDeclaration)
          && child instanceof BlockStmt) {
        return child;
      }
      if (n instanceof FieldDeclaration) {
        return n;
      }
      if (n instanceof TypeDeclaration<?>
          || (n instanceof ObjectCreationExpr creation
              && creation.getAnonymousClassBody().isPresent()
              && Nodes.containsSame(creation.getAnonymousClassBody().get(), child))) {
        return null;
      }
    }
    return null;
  }

  /**
   * The body of a constructor, an instance initializer, {@code readObject} or {@code
   * readObjectNoData}.
   */
  private static boolean tracksThis(BlockStmt block) {
    Node parent = block.getParentNode().orElse(null);
    if (parent instanceof ConstructorDeclaration) {
      return true;
    }
    if (parent instanceof InitializerDeclaration initializer) {
      return !initializer.isStatic();
    }
    if (parent instanceof MethodDeclaration method && !method.isStatic()) {
      String name = method.getNameAsString();
      return (name.equals("readObject")
              && method.getParameters().size() == 1
              && method
                  .getParameter(0)
                  .getType()
                  .asString()
                  .matches("(java\\.io\\.)?ObjectInputStream"))
          || (name.equals("readObjectNoData") && method.getParameters().isEmpty());
    }
    return false;
  }

  private void event(int variable, ReferenceEvent.Kind kind, SourceRange where) {
    pending
        .computeIfAbsent(variable, k -> new ArrayList<>())
        .add(new ReferenceEvent(variable, kind, where));
  }
}
