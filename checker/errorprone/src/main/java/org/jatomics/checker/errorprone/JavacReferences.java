package org.jatomics.checker.errorprone;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.InstanceOfTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.SynchronizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.tree.JCTree;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import org.jatomics.checker.model.FieldAccess;
import org.jatomics.checker.model.ReferenceEvent;
import org.jatomics.checker.model.SourceRange;
import org.jatomics.checker.model.UnitFacts;

/**
 * The {@link ReferenceEvent}s of one unit, from javac's trees: what each body does with its local
 * variables and with {@code this} while the object may still be unpublished. {@link JavacFacts}
 * calls it at the trees that matter; the contract's rule is in {@code Publication}.
 */
final class JavacReferences {
  /**
   * One body (of a method, constructor, initializer, field initializer or lambda).
   *
   * @param start where it starts: the id of its {@code this}, when tracked
   * @param tracksThis whether {@code this} is unpublished at its start
   * @param cloneMethod whether it is the body of a {@code clone()} method
   */
  record Body(int start, boolean tracksThis, boolean cloneMethod) {}

  private record Local(int id, Body body) {}

  private final Function<Tree, SourceRange> range;
  private final Deque<Body> bodies = new ArrayDeque<>();
  private final Map<VarSymbol, Local> locals = new HashMap<>();

  /** Events of locals, emitted at the end for those that ever hold an unpublished object. */
  private final Map<Integer, List<ReferenceEvent>> pending = new LinkedHashMap<>();

  JavacReferences(Function<Tree, SourceRange> range) {
    this.range = range;
  }

  /** Enters a method or constructor body. */
  void enterMethod(MethodSymbol method, Tree body) {
    String name = method.getSimpleName().toString();
    int parameters = method.getParameters().size();
    boolean instance = !method.isStatic();
    boolean readObject =
        instance
            && ((name.equals("readObject")
                    && parameters == 1
                    && method
                        .getParameters()
                        .get(0)
                        .type
                        .tsym
                        .getQualifiedName()
                        .contentEquals("java.io.ObjectInputStream"))
                || (name.equals("readObjectNoData") && parameters == 0));
    enter(
        body,
        method.isConstructor() || readObject,
        instance && name.equals("clone") && parameters == 0);
  }

  /** Enters an initializer block, a field initializer or a lambda body. */
  void enter(Tree body, boolean tracksThis) {
    enter(body, tracksThis, false);
  }

  private void enter(Tree body, boolean tracksThis, boolean cloneMethod) {
    Body entered = new Body(range.apply(body).start(), tracksThis, cloneMethod);
    bodies.push(entered);
    if (tracksThis) {
      event(
          entered.start(),
          ReferenceEvent.Kind.UNPUBLISHED,
          new SourceRange(entered.start(), entered.start()));
    }
  }

  /** Leaves the innermost body. */
  void exit() {
    bodies.pop();
  }

  /** Class bodies start afresh; {@link #restore} after the class. */
  Deque<Body> saveForClass(ClassTree tree) {
    Body current = bodies.peek();
    if (current != null && current.tracksThis() && tree.getKind() == Tree.Kind.CLASS) {
      // A local or anonymous class declared here captures `this`.
      event(current.start(), ReferenceEvent.Kind.ESCAPE, range.apply(tree));
    }
    Deque<Body> saved = new ArrayDeque<>(bodies);
    bodies.clear();
    return saved;
  }

  void restore(Deque<Body> saved) {
    bodies.clear();
    bodies.addAll(saved.reversed());
  }

  /** A local variable declaration. */
  void declare(TreePath path, VariableTree tree) {
    VarSymbol symbol = ASTHelpers.getSymbol(tree);
    Body body = bodies.peek();
    if (body == null
        || symbol == null
        || symbol.getKind() != ElementKind.LOCAL_VARIABLE
        || symbol.type.isPrimitive()
        || path.getParentPath().getLeaf() instanceof EnhancedForLoopTree) {
      return;
    }
    Local local = new Local(((JCTree) tree).pos, body);
    locals.put(symbol, local);
    if (tree.getInitializer() != null) {
      assigned(local, tree.getInitializer(), range.apply(tree));
    }
  }

  /** A simple assignment (to a local or not). */
  void assignment(AssignmentTree tree) {
    if (tree.getVariable() instanceof IdentifierTree id
        && ASTHelpers.getSymbol(id) instanceof VarSymbol v) {
      Local local = locals.get(v);
      if (local != null) {
        assigned(local, tree.getExpression(), range.apply(tree));
      }
    }
  }

  private void assigned(Local local, ExpressionTree value, SourceRange where) {
    event(
        local.id(),
        unpublished(value, local.body())
            ? ReferenceEvent.Kind.UNPUBLISHED
            : ReferenceEvent.Kind.ASSIGNED,
        where);
  }

  /** {@code new C(...)}, casts and parentheses looked through. */
  private static boolean madeHere(ExpressionTree receiver) {
    ExpressionTree v = receiver;
    while (v instanceof ParenthesizedTree || v instanceof TypeCastTree) {
      v = v instanceof ParenthesizedTree p ? p.getExpression() : ((TypeCastTree) v).getExpression();
    }
    return v instanceof NewClassTree;
  }

  /**
   * {@code new C(...)}, {@code null}, or {@code super.clone()} in {@code clone()}: casts and
   * parentheses looked through.
   */
  private static boolean unpublished(ExpressionTree value, Body body) {
    ExpressionTree v = value;
    while (v instanceof ParenthesizedTree || v instanceof TypeCastTree) {
      v = v instanceof ParenthesizedTree p ? p.getExpression() : ((TypeCastTree) v).getExpression();
    }
    if (v instanceof NewClassTree || v.getKind() == Tree.Kind.NULL_LITERAL) {
      return true;
    }
    return body.cloneMethod()
        && v instanceof MethodInvocationTree call
        && call.getArguments().isEmpty()
        && call.getMethodSelect() instanceof MemberSelectTree select
        && select.getIdentifier().contentEquals("clone")
        && select.getExpression() instanceof IdentifierTree receiver
        && receiver.getName().contentEquals("super");
  }

  /**
   * A field access; {@code receiver} is null for a bare field name. Emits the access's object when
   * it is {@code this} of a tracked body, a local of the current body, or made by the receiver
   * expression itself ({@code new C(...).f}).
   */
  void fieldAccess(
      ExpressionTree receiver, FieldAccess.Receiver kind, String receiverText, SourceRange where) {
    if (kind == FieldAccess.Receiver.OTHER && receiver != null && madeHere(receiver)) {
      event(
          where.start(),
          ReferenceEvent.Kind.UNPUBLISHED,
          new SourceRange(where.start(), where.start()));
      event(where.start(), ReferenceEvent.Kind.OBJECT_OF, where);
      return;
    }
    Body body = bodies.peek();
    if (body == null) {
      return;
    }
    boolean self =
        kind == FieldAccess.Receiver.THIS
            || (kind == FieldAccess.Receiver.IMPLICIT_THIS && "this".equals(receiverText));
    if (self && body.tracksThis()) {
      event(body.start(), ReferenceEvent.Kind.OBJECT_OF, where);
    } else if (kind == FieldAccess.Receiver.OTHER
        && receiver instanceof IdentifierTree id
        && ASTHelpers.getSymbol(id) instanceof VarSymbol v) {
      Local local = locals.get(v);
      if (local != null && local.body().equals(body)) {
        event(local.id(), ReferenceEvent.Kind.OBJECT_OF, where);
      }
    }
  }

  /** An identifier: a use of a local, or {@code this}/{@code super}. */
  void identifier(TreePath path) {
    IdentifierTree id = (IdentifierTree) path.getLeaf();
    Tree parent = path.getParentPath().getLeaf();
    Body body = bodies.peek();
    if (body == null) {
      return;
    }
    if (id.getName().contentEquals("this") || id.getName().contentEquals("super")) {
      if (body.tracksThis() && !harmlessUse(path, true)) {
        event(body.start(), ReferenceEvent.Kind.ESCAPE, range.apply(id));
      }
      return;
    }
    if (!(ASTHelpers.getSymbol(id) instanceof VarSymbol v)) {
      return;
    }
    Local local = locals.get(v);
    if (local == null) {
      return;
    }
    if (!local.body().equals(body)) {
      event(local.id(), ReferenceEvent.Kind.ESCAPE, range.apply(id)); // captured
    } else if (!harmlessUse(path, false)
        && !(parent instanceof AssignmentTree a && a.getVariable() == id)) {
      event(local.id(), ReferenceEvent.Kind.ESCAPE, range.apply(id));
    }
  }

  /** A use that cannot publish the object: a member's receiver, a comparison, a lock. */
  private static boolean harmlessUse(TreePath path, boolean self) {
    Tree id = path.getLeaf();
    Tree parent = path.getParentPath().getLeaf();
    return (parent instanceof MemberSelectTree select && select.getExpression() == id)
        || (self && parent instanceof MethodInvocationTree call && call.getMethodSelect() == id)
        || (parent instanceof BinaryTree binary
            && (binary.getKind() == Tree.Kind.EQUAL_TO
                || binary.getKind() == Tree.Kind.NOT_EQUAL_TO))
        || (!self && parent instanceof InstanceOfTree)
        || (!self
            && parent instanceof ParenthesizedTree
            && path.getParentPath().getParentPath().getLeaf() instanceof SynchronizedTree);
  }

  /** A lambda in a body that tracks {@code this}: an escape when the lambda uses {@code this}. */
  void lambda(LambdaExpressionTree tree) {
    Body body = bodies.peek();
    if (body != null && body.tracksThis() && usesThis(tree.getBody())) {
      event(body.start(), ReferenceEvent.Kind.ESCAPE, range.apply(tree));
    }
  }

  /**
   * An anonymous class created in a body that tracks {@code this} captures it; an inner class
   * created with {@code this} as its implicit enclosing instance ({@code takesThisAsOuter}) gets
   * it.
   */
  void newClass(NewClassTree tree, boolean takesThisAsOuter) {
    Body body = bodies.peek();
    if (body != null && body.tracksThis() && (tree.getClassBody() != null || takesThisAsOuter)) {
      event(body.start(), ReferenceEvent.Kind.ESCAPE, range.apply(tree));
    }
  }

  /**
   * {@code this}, {@code super}, an instance field or an unqualified call of an instance method.
   */
  private static boolean usesThis(Tree body) {
    Boolean found =
        new TreeScanner<Boolean, Void>() {
          @Override
          public Boolean visitIdentifier(IdentifierTree id, Void unused) {
            if (id.getName().contentEquals("this") || id.getName().contentEquals("super")) {
              return true;
            }
            Symbol symbol = ASTHelpers.getSymbol(id);
            return symbol != null
                && (symbol.getKind() == ElementKind.FIELD || symbol.getKind() == ElementKind.METHOD)
                && symbol.owner instanceof Symbol.ClassSymbol
                && !symbol.getModifiers().contains(Modifier.STATIC);
          }

          @Override
          public Boolean reduce(Boolean a, Boolean b) {
            return Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b);
          }
        }.scan(body, null);
    return Boolean.TRUE.equals(found);
  }

  private void event(int variable, ReferenceEvent.Kind kind, SourceRange where) {
    pending
        .computeIfAbsent(variable, k -> new ArrayList<>())
        .add(new ReferenceEvent(variable, kind, where));
  }

  /** Adds the events of every reference that ever holds an unpublished object. */
  void flush(UnitFacts.Builder out) {
    for (List<ReferenceEvent> events : pending.values()) {
      if (events.stream().anyMatch(e -> e.kind() == ReferenceEvent.Kind.UNPUBLISHED)) {
        events.forEach(out::add);
      }
    }
  }
}
