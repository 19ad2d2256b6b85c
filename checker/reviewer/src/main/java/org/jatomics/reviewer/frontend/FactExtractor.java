package org.jatomics.reviewer.frontend;

import com.github.javaparser.Position;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.AnnotationDeclaration;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.comments.BlockComment;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.comments.JavadocComment;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import com.github.javaparser.ast.nodeTypes.NodeWithModifiers;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.LabeledStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jatomics.checker.Config;
import org.jatomics.checker.KnownApis;
import org.jatomics.checker.model.FrontEndFailure;
import org.jatomics.checker.model.Site;
import org.jatomics.checker.model.SourceComment;
import org.jatomics.checker.model.SourceRange;
import org.jatomics.checker.model.SourceText;
import org.jatomics.checker.model.StatementRegion;
import org.jatomics.checker.model.Suppression;
import org.jatomics.checker.model.UnitFacts;
import org.jatomics.checker.model.UnitImport;

/**
 * The JavaParser front end: translates one parsed compilation unit into the rule model's {@link
 * UnitFacts}, resolving names against the cross-file {@link TypeIndex}. It decides nothing about
 * what is wrong; the rules in {@code jatomics-checker-core} do.
 *
 * <p>One walk over the tree carries the {@link Site} (enclosing class, region, innermost statement)
 * down; statements are numbered parents first. Each expression that may be a fact is handed to
 * {@link ExpressionFacts}; a failure on one tree is recorded as a {@link FrontEndFailure} and the
 * walk goes on.
 */
// JavaParser nodes are compared by identity on purpose: Node.equals is structural
@SuppressWarnings("ReferenceEquality")
public final class FactExtractor {
  private final TypeIndex index;
  private final Config config;

  /** Other files' constant initializers, parsed once for every file this front end extracts. */
  private final Map<String, Optional<Expression>> parsedInitializers =
      ConstantStrings.parsedInitializers();

  /** A front end over {@code index} with the checker options {@code config}. */
  public FactExtractor(TypeIndex index, Config config) {
    this.index = index;
    this.config = config;
  }

  /**
   * The facts of {@code unit}.
   *
   * @param path the file's path (for messages and reports)
   * @param text the file's text, exactly as parsed
   * @param unit the parsed unit
   */
  public UnitFacts extract(String path, String text, CompilationUnit unit) {
    Resolver resolver = new Resolver(index, unit);
    UnitFacts.Builder facts = UnitFacts.builder(path, text, resolver.scope().packageName());
    Walk walk = new Walk(facts, new Ranges(facts.source()), resolver);
    for (com.github.javaparser.ast.ImportDeclaration declaration : unit.getImports()) {
      facts.add(
          new UnitImport(
              declaration.getNameAsString(), declaration.isStatic(), declaration.isAsterisk()));
    }
    for (Comment comment : UnitComments.of(unit)) {
      walk.comment(comment);
    }
    for (TypeDeclaration<?> type : unit.getTypes()) {
      boolean generated = walk.isGeneratedAccessors(type);
      walk.visit(type, new Site(null, Site.Region.METHOD, generated, StatementRegion.NONE));
    }
    walk.references.flush(facts);
    return facts.build();
  }

  /** Converts JavaParser's inclusive line/column ranges into the model's offsets. */
  record Ranges(SourceText source) {
    SourceRange of(Node node) {
      com.github.javaparser.Range r =
          node.getRange().orElseThrow(() -> new IllegalStateException("no position"));
      return new SourceRange(offset(r.begin), end(r.end));
    }

    SourceRange from(Node first, Node last) {
      return new SourceRange(of(first).start(), of(last).end());
    }

    int offset(Position p) {
      return source.offset(p.line, p.column);
    }

    /**
     * The exclusive end offset of an inclusive end position: one code unit further, or past the
     * unicode escape (backslash, {@code u}, four hex digits: JLS 3.3) that the last character was
     * written as, since JavaParser maps a translated character back to where its escape starts.
     */
    int end(Position p) {
      String text = source.text();
      int at = source.offset(p.line, p.column);
      return Math.min(at + unicodeEscapeLength(text, at), text.length());
    }

    /** The length of the unicode escape starting at {@code at}, else 1. */
    static int unicodeEscapeLength(String text, int at) {
      if (at + 1 >= text.length() || text.charAt(at) != '\\' || text.charAt(at + 1) != 'u') {
        return 1;
      }
      int backslashes = 0;
      for (int i = at - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
        backslashes++;
      }
      if (backslashes % 2 != 0) {
        return 1;
      }
      int i = at + 1;
      while (i < text.length() && text.charAt(i) == 'u') {
        i++;
      }
      for (int digit = 0; digit < 4; digit++, i++) {
        if (i >= text.length() || Character.digit(text.charAt(i), 16) < 0) {
          return 1;
        }
      }
      return i - at;
    }
  }

  /** The walk over one unit. */
  private final class Walk {
    private final UnitFacts.Builder facts;
    private final Ranges ranges;
    private final Resolver resolver;
    private final ExpressionFacts expressions;
    private final References references;

    Walk(UnitFacts.Builder facts, Ranges ranges, Resolver resolver) {
      this.facts = facts;
      this.ranges = ranges;
      this.resolver = resolver;
      this.references = new References(ranges, resolver);
      this.expressions =
          new ExpressionFacts(facts, ranges, resolver, config, references, parsedInitializers);
    }

    /** SourceComment starts seen: JavaParser lists some comments twice (attributed and orphan). */
    private final java.util.Set<Integer> commentStarts = new java.util.HashSet<>();

    void comment(Comment comment) {
      if (comment.getRange().isEmpty() || !commentStarts.add(ranges.of(comment).start())) {
        return;
      }
      SourceComment.Style style =
          comment instanceof JavadocComment
              ? SourceComment.Style.JAVADOC
              : comment instanceof BlockComment
                  ? SourceComment.Style.BLOCK
                  : SourceComment.Style.LINE;
      SourceRange range = ranges.of(comment);
      facts.add(new SourceComment(style, range, ranges.source().text(range)));
    }

    /** A top-level {@code *Atomics} class annotated {@code @Generated}: the processor's output. */
    boolean isGeneratedAccessors(TypeDeclaration<?> type) {
      return type.getNameAsString().endsWith(KnownApis.ACCESSOR_CLASS_SUFFIX)
          && type.getAnnotations().stream()
              .anyMatch(a -> resolveAnnotation(a).is(KnownApis.GENERATED));
    }

    /** A type another tool generated ({@code @Generated}): never flagged. */
    private boolean isGeneratedByAnotherTool(TypeDeclaration<?> type) {
      return !isGeneratedAccessors(type)
          && type.getAnnotations().stream()
              .map(this::resolveAnnotation)
              .anyMatch(
                  a -> a.isKnown() && KnownApis.GENERATED_ANNOTATIONS.contains(a.qualifiedName()));
    }

    /**
     * The plain accesses of the class's {@code @Atomic} fields by the members Lombok generates into
     * it (see {@link LombokMembers}), reported on the fields.
     */
    private void lombokMembers(com.github.javaparser.ast.body.ClassOrInterfaceDeclaration type) {
      java.util.IdentityHashMap<FieldDeclaration, AnnotationExpr> atomic =
          new java.util.IdentityHashMap<>();
      for (FieldDeclaration field : type.getFields()) {
        for (AnnotationExpr annotation : field.getAnnotations()) {
          if (resolveAnnotation(annotation).is(KnownApis.ATOMIC)) {
            atomic.put(field, annotation);
          }
        }
      }
      if (atomic.isEmpty()) {
        return;
      }
      var declared = index.type(Resolver.declaredType(type));
      if (declared.isEmpty()) {
        return;
      }
      for (LombokMembers.Access access :
          LombokMembers.of(type, this::resolveAnnotation, atomic::containsKey)) {
        var field = declared.get().fields().get(access.field().getNameAsString());
        FieldDeclaration declaration = (FieldDeclaration) access.field().getParentNode().get();
        if (field != null) {
          facts.add(
              new org.jatomics.checker.model.GeneratedFieldAccess(
                  expressions.fieldRef(new Resolver.FieldOf(declared.get(), field)),
                  ranges.of(atomic.get(declaration)),
                  access.generator(),
                  access.member()));
        }
      }
    }

    TypeRef resolveAnnotation(AnnotationExpr annotation) {
      return resolver.resolve(
          annotation.getNameAsString(), resolver.scope(), resolver.enclosingClass(annotation));
    }

    void visit(Node node, Site site) {
      if (node instanceof Comment) {
        return;
      }
      if (node instanceof TypeDeclaration<?> type
          && !site.generatedAccessors()
          && isGeneratedByAnotherTool(type)) {
        return; // the user cannot edit it
      }
      Site here;
      try {
        here = enter(node, site);
      } catch (RuntimeException e) {
        failure(node, e);
        return;
      }
      List<Node> children = node.getChildNodes(); // the walk never changes the tree
      for (int i = 0; i < children.size(); i++) {
        visit(children.get(i), childSite(node, children.get(i), here));
      }
    }

    private void failure(Node node, RuntimeException e) {
      SourceRange range = node.getRange().isPresent() ? ranges.of(node) : new SourceRange(0, 0);
      facts.add(new FrontEndFailure(range, e.getClass().getSimpleName() + ": " + e.getMessage()));
    }

    /**
     * Emits the facts of {@code node} itself and returns the site its children start from (before
     * {@link #childSite} adjusts it for the child's position).
     */
    private Site enter(Node node, Site site) {
      references.node(node);
      if (node instanceof AnnotationExpr annotation) {
        expressions.annotation(annotation, site);
      }
      if (node instanceof NodeWithAnnotations<?> annotated && isDeclaration(node)) {
        suppression(node, annotated);
      }
      if (node instanceof TypeDeclaration<?> type) {
        if (type instanceof com.github.javaparser.ast.body.ClassOrInterfaceDeclaration c) {
          lombokMembers(c);
        }
        return new Site(
            type.getFullyQualifiedName().orElse(null),
            Site.Region.METHOD,
            site.generatedAccessors(),
            StatementRegion.NONE);
      }
      if (node instanceof MethodDeclaration method) {
        expressions.override(method, site);
        method.getBody().ifPresent(body -> expressions.methodBody(method, body));
        return region(site, Site.Region.METHOD);
      }
      if (node instanceof ConstructorDeclaration constructor) {
        expressions.methodBody(constructor, constructor.getBody());
      }
      if (node instanceof ConstructorDeclaration || node instanceof CompactConstructorDeclaration) {
        return region(site, Site.Region.CONSTRUCTOR);
      }
      if (node instanceof InitializerDeclaration initializer) {
        return region(
            site,
            initializer.isStatic()
                ? Site.Region.STATIC_INITIALIZER
                : Site.Region.INSTANCE_INITIALIZER);
      }
      if (node instanceof FieldDeclaration field) {
        boolean isStatic = field.isStatic() || isInterfaceMember(field);
        int id =
            statement(
                StatementRegion.Kind.DECLARATION,
                ranges.of(field),
                null,
                modifiers(field, Nodes.elementType(field)),
                StatementRegion.NONE);
        return new Site(
            site.enclosingClass(),
            isStatic ? Site.Region.STATIC_INITIALIZER : Site.Region.INSTANCE_INITIALIZER,
            site.generatedAccessors(),
            id);
      }
      if (node instanceof EnumConstantDeclaration constant) {
        SourceRange modifiers =
            constant.getAnnotations().isEmpty()
                ? null
                : new SourceRange(
                    ranges.of(constant.getAnnotations().getFirst().get()).start(),
                    ranges.of(constant.getName()).start());
        int id =
            statement(
                StatementRegion.Kind.DECLARATION,
                ranges.of(constant),
                null,
                modifiers,
                StatementRegion.NONE);
        return new Site(
            site.enclosingClass(), Site.Region.STATIC_INITIALIZER, site.generatedAccessors(), id);
      }
      if (node instanceof LambdaExpr) {
        // A lambda may run later, elsewhere: never construction. Its statements stay children of
        // the statement around the lambda, so a comment above that statement covers them.
        return new Site(
            site.enclosingClass(), Site.Region.LAMBDA, site.generatedAccessors(), site.statement());
      }
      if (node instanceof Statement statement && !isBody(statement)) {
        int id = statement(statement, site.statement());
        Site inside = new Site(site.enclosingClass(), site.region(), site.generatedAccessors(), id);
        if (node instanceof ExplicitConstructorInvocationStmt call) {
          expressions.constructorCall(call, inside);
        }
        return inside;
      }
      if (node instanceof Expression expression) {
        expressions.expression(expression, site);
      }
      return site;
    }

    /** The site for {@code child} of {@code parent}: class bodies of anonymous classes reset it. */
    private Site childSite(Node parent, Node child, Site site) {
      boolean anonymousMember =
          (parent instanceof ObjectCreationExpr creation
                  && creation.getAnonymousClassBody().isPresent()
                  && child instanceof BodyDeclaration<?>)
              || (parent instanceof EnumConstantDeclaration constant
                  && child instanceof BodyDeclaration<?>
                  && Nodes.containsSame(constant.getClassBody(), child));
      if (anonymousMember) {
        return new Site(null, Site.Region.METHOD, site.generatedAccessors(), StatementRegion.NONE);
      }
      if (parent instanceof LocalClassDeclarationStmt
          || parent instanceof LocalRecordDeclarationStmt) {
        return new Site(null, Site.Region.METHOD, site.generatedAccessors(), StatementRegion.NONE);
      }
      return site;
    }

    private Site region(Site site, Site.Region region) {
      return new Site(
          site.enclosingClass(), region, site.generatedAccessors(), StatementRegion.NONE);
    }

    private boolean isInterfaceMember(Node node) {
      return (node.getParentNode().orElse(null)
                  instanceof com.github.javaparser.ast.body.ClassOrInterfaceDeclaration c
              && c.isInterface())
          || node.getParentNode().orElse(null) instanceof AnnotationDeclaration;
    }

    /** The body of a method, constructor, initializer or lambda: not a statement itself. */
    private boolean isBody(Statement statement) {
      Node parent = statement.getParentNode().orElse(null);
      // JavaParser wraps an expression lambda's body in an ExpressionStmt that the source lacks.
      return parent instanceof LambdaExpr
          || (statement instanceof BlockStmt
              && (parent instanceof CallableDeclaration<?>
                  || parent instanceof CompactConstructorDeclaration
                  || parent instanceof InitializerDeclaration));
    }

    private boolean isDeclaration(Node node) {
      return node instanceof BodyDeclaration<?>
          || node instanceof VariableDeclarationExpr
          || node instanceof Parameter;
    }

    private void suppression(Node node, NodeWithAnnotations<?> annotated) {
      for (AnnotationExpr annotation : annotated.getAnnotations()) {
        String name = annotation.getNameAsString();
        if (!name.equals("SuppressWarnings") && !name.equals("java.lang.SuppressWarnings")) {
          continue;
        }
        Set<String> names = new HashSet<>();
        annotation.findAll(StringLiteralExpr.class).forEach(s -> names.add(s.asString()));
        if (!names.isEmpty()) {
          facts.add(new Suppression(ranges.of(node), names));
        }
      }
    }

    private int statement(
        StatementRegion.Kind kind,
        SourceRange range,
        SourceRange header,
        SourceRange modifiers,
        int parent) {
      return facts.addStatement(kind, range, header, modifiers, parent);
    }

    private int statement(Statement s, int parent) {
      StatementRegion.Kind kind = StatementRegion.Kind.SIMPLE;
      SourceRange header = null;
      SourceRange modifiers = null;
      if (s instanceof IfStmt x) {
        kind = StatementRegion.Kind.IF;
        header = ranges.of(x.getCondition());
      } else if (s instanceof WhileStmt x) {
        kind = StatementRegion.Kind.WHILE;
        header = ranges.of(x.getCondition());
      } else if (s instanceof DoStmt x) {
        kind = StatementRegion.Kind.DO;
        header = ranges.of(x.getCondition());
      } else if (s instanceof SwitchStmt x) {
        kind = StatementRegion.Kind.SWITCH;
        header = ranges.of(x.getSelector());
      } else if (s instanceof SynchronizedStmt x) {
        kind = StatementRegion.Kind.SYNCHRONIZED;
        header = ranges.of(x.getExpression());
      } else if (s instanceof ForStmt x) {
        kind = StatementRegion.Kind.FOR;
        header = parenthesized(s, x.getBody());
      } else if (s instanceof ForEachStmt x) {
        kind = StatementRegion.Kind.FOREACH;
        header = parenthesized(s, x.getBody());
      } else if (s instanceof TryStmt x) {
        kind = StatementRegion.Kind.TRY;
        header = x.getResources().isEmpty() ? null : parenthesized(s, x.getTryBlock());
      } else if (s instanceof LabeledStmt) {
        kind = StatementRegion.Kind.LABELED;
      } else if (s instanceof BlockStmt) {
        kind = StatementRegion.Kind.BLOCK;
      } else if (s instanceof ExpressionStmt e
          && e.getExpression() instanceof VariableDeclarationExpr declaration) {
        modifiers = modifiers(declaration, Nodes.elementType(declaration));
      }
      return statement(kind, ranges.of(s), header, modifiers, parent);
    }

    /** From the first {@code (} after the keyword to the last {@code )} before {@code body}. */
    private SourceRange parenthesized(Statement s, Node body) {
      String text = ranges.source().text();
      int start = text.indexOf('(', ranges.of(s).start());
      int end = text.lastIndexOf(')', ranges.of(body).start());
      return start < 0 || end < start ? null : new SourceRange(start, end + 1);
    }

    /** From the first annotation or modifier to the start of {@code type}, or null without any. */
    private <N extends Node & NodeWithAnnotations<?> & NodeWithModifiers<?>> SourceRange modifiers(
        N declaration, com.github.javaparser.ast.type.Type type) {
      List<Node> leading = new ArrayList<>();
      declaration.getAnnotations().forEach(leading::add);
      declaration.getModifiers().forEach(leading::add);
      int start = Integer.MAX_VALUE;
      for (Node n : leading) {
        if (n.getRange().isPresent()) {
          start = Math.min(start, ranges.of(n).start());
        }
      }
      if (start == Integer.MAX_VALUE || type.getRange().isEmpty()) {
        return null;
      }
      int end = ranges.of(type).start();
      return end < start ? null : new SourceRange(start, end);
    }
  }

  static boolean isAssignmentTarget(Node node) {
    return (node.getParentNode().orElse(null) instanceof AssignExpr assign
            && assign.getTarget() == node)
        || (node.getParentNode().orElse(null) instanceof UnaryExpr unary
            && (unary.getOperator() == UnaryExpr.Operator.PREFIX_INCREMENT
                || unary.getOperator() == UnaryExpr.Operator.PREFIX_DECREMENT
                || unary.getOperator() == UnaryExpr.Operator.POSTFIX_INCREMENT
                || unary.getOperator() == UnaryExpr.Operator.POSTFIX_DECREMENT));
  }
}
