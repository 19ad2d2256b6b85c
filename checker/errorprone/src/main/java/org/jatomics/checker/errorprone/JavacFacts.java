package org.jatomics.checker.errorprone;

import static com.google.errorprone.util.ASTHelpers.enclosingPackage;
import static com.google.errorprone.util.ASTHelpers.getEnclosedElements;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.CatchTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.LabeledStatementTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.SynchronizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.tools.javac.code.Attribute;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeKind;
import org.jatomics.checker.Checks;
import org.jatomics.checker.Config;
import org.jatomics.checker.KnownApis;
import org.jatomics.checker.model.ContractOverride;
import org.jatomics.checker.model.FieldAccess;
import org.jatomics.checker.model.FieldRef;
import org.jatomics.checker.model.FieldType;
import org.jatomics.checker.model.FrontEndFailure;
import org.jatomics.checker.model.MethodBody;
import org.jatomics.checker.model.OrderedLoad;
import org.jatomics.checker.model.ReflectiveFieldCall;
import org.jatomics.checker.model.SafetyContractDeclaration;
import org.jatomics.checker.model.Site;
import org.jatomics.checker.model.SourceComment;
import org.jatomics.checker.model.SourceRange;
import org.jatomics.checker.model.StatementRegion;
import org.jatomics.checker.model.Suppression;
import org.jatomics.checker.model.UnitFacts;
import org.jatomics.checker.model.UnitImport;
import org.jatomics.checker.model.UnsafeOperation;
import org.jatomics.checker.model.ValueUse;

/**
 * Translates one javac compilation unit into the rule model's {@link UnitFacts}: one scan of the
 * tree, plus one lexing of the text for comments. Knows javac; knows nothing about the rules
 * (library knowledge comes from {@link KnownApis}).
 */
// javac trees and symbols are compared by identity on purpose, as javac does; and
// `x instanceof T t` is used as a null test that also binds the value
@SuppressWarnings({"ReferenceEquality", "BadInstanceof"})
final class JavacFacts extends TreePathScanner<Void, Void> {
  private static final String ACQUIRE_OR_RELAXED = KnownApis.ORDERING + ".AcquireOrRelaxed";

  private final VisitorState state;
  private final Config config;
  private final String text;
  private final UnitFacts.Builder out;

  /** The innermost class's qualified name ({@code null} for anonymous and local classes). */
  private final Deque<ClassFrame> classes = new ArrayDeque<>();

  /** The kind of code being scanned, innermost on top; absent at class-member level. */
  private final Deque<Site.Region> regions = new ArrayDeque<>();

  /** The enclosing statements, innermost on top ({@link StatementRegion#NONE} at body starts). */
  private final Deque<Integer> statements = new ArrayDeque<>();

  private final List<FieldAccess> otherFieldAccesses = new ArrayList<>();
  private final Set<String> reflectivelyNamed = new HashSet<>();
  private final Map<Symbol, ReflectiveFieldCall> varHandleFields = new HashMap<>();

  /** Variables of this unit initialized with a class literal, and the class. */
  private final Map<VarSymbol, ClassSymbol> classVariables = new HashMap<>();

  private final JavacReferences references = new JavacReferences(this::range);

  /** Members other processors generated into the unit's classes (Lombok's). */
  private GeneratedMembers generatedMembers;

  private record ClassFrame(ClassSymbol symbol, String qualifiedName, boolean generated) {}

  private JavacFacts(
      VisitorState state, Config config, String text, String packageName, String path) {
    this.state = state;
    this.config = config;
    this.text = text;
    this.out = UnitFacts.builder(path, text, packageName);
  }

  static UnitFacts translate(
      CompilationUnitTree unit, VisitorState state, Config config, FactsCache cache) {
    String text = FactsCache.sourceText(unit);
    String packageName = unit.getPackageName() == null ? "" : unit.getPackageName().toString();
    JavacFacts facts =
        new JavacFacts(state, config, text, packageName, unit.getSourceFile().getName());
    for (ImportTree declaration : unit.getImports()) {
      String name = declaration.getQualifiedIdentifier().toString();
      boolean onDemand = name.endsWith(".*");
      facts.out.add(
          new UnitImport(
              onDemand ? name.substring(0, name.length() - 2) : name,
              declaration.isStatic(),
              onDemand));
    }
    facts.generatedMembers = new GeneratedMembers(unit, text, state, facts::range, facts::fieldRef);
    facts.collectVarHandleFields(unit);
    facts.statements.push(StatementRegion.NONE);
    facts.scan(new TreePath(unit), null);
    facts.references.flush(facts.out);
    for (FieldAccess access : facts.otherFieldAccesses) {
      if (facts.reflectivelyNamed.contains(key(access.field()))) {
        facts.out.add(access);
      }
    }
    // Lexing is a third of the checker's time; most units have no comment a rule can use.
    if (Checks.needsComments(facts.out)) {
      for (SourceComment comment : cache.comments(unit, text, state.context)) {
        facts.out.add(comment);
      }
    }
    return facts.out.build();
  }

  // ---------------------------------------------------------------- positions

  private int start(Tree tree) {
    return ASTHelpers.getStartPosition(tree);
  }

  private int end(Tree tree) {
    int end = state.getEndPosition(tree);
    return end < 0 ? start(tree) : end;
  }

  private SourceRange range(Tree tree) {
    int s = start(tree);
    return new SourceRange(s, Math.max(s, end(tree)));
  }

  private String source(Tree tree) {
    SourceRange r = range(tree);
    return text.substring(r.start(), r.end());
  }

  /** The call from the method name to the closing parenthesis. */
  private SourceRange callRange(MethodInvocationTree call) {
    return new SourceRange(
        nameStart(call.getMethodSelect()), Math.max(nameStart(call.getMethodSelect()), end(call)));
  }

  private int nameStart(ExpressionTree select) {
    if (select instanceof MemberSelectTree member) {
      return Math.max(start(select), end(select) - member.getIdentifier().length());
    }
    return start(select);
  }

  // ---------------------------------------------------------------- scanning frame

  @Override
  public Void visitCompilationUnit(CompilationUnitTree tree, Void unused) {
    for (Tree declaration : tree.getTypeDecls()) {
      guarded(declaration);
    }
    return null;
  }

  /** Scans {@code tree} (a child of the current path); a failure is recorded, not thrown. */
  private void guarded(Tree tree) {
    try {
      scan(tree, null);
    } catch (RuntimeException | StackOverflowError e) {
      out.add(
          new FrontEndFailure(range(tree), e.getClass().getSimpleName() + ": " + e.getMessage()));
    }
  }

  private Site site() {
    ClassFrame c = classes.peek();
    Site.Region region = regions.isEmpty() ? Site.Region.METHOD : regions.peek();
    return new Site(
        c == null ? null : c.qualifiedName(),
        region,
        classes.stream().anyMatch(ClassFrame::generated),
        statements.isEmpty() ? StatementRegion.NONE : statements.peek());
  }

  @Override
  public Void scan(Tree tree, Void unused) {
    if (tree == null) {
      return null;
    }
    TreePath parent = getCurrentPath();
    if (parent != null
        && !regions.isEmpty()
        && isStatement(parent.getLeaf(), tree)
        && !isImplicitSuperCall(tree)) {
      int id;
      try {
        id =
            out.addStatement(
                kind(tree), range(tree), header(tree), modifiers(tree), statements.peek());
      } catch (RuntimeException e) {
        out.add(
            new FrontEndFailure(range(tree), e.getClass().getSimpleName() + ": " + e.getMessage()));
        return null;
      }
      statements.push(id);
      try {
        return super.scan(tree, null);
      } catch (RuntimeException | StackOverflowError e) {
        out.add(
            new FrontEndFailure(range(tree), e.getClass().getSimpleName() + ": " + e.getMessage()));
        return null;
      } finally {
        statements.pop();
      }
    }
    return super.scan(tree, null);
  }

  /** javac's {@code super();} in a constructor that has none in the source: not a statement. */
  private boolean isImplicitSuperCall(Tree tree) {
    return tree instanceof ExpressionStatementTree statement
        && statement.getExpression() instanceof MethodInvocationTree call
        && call.getMethodSelect() instanceof IdentifierTree name
        && name.getName().contentEquals("super")
        && state.getEndPosition(tree) < 0;
  }

  /** Whether {@code tree}, a child of {@code parent}, is a statement in the model's sense. */
  private static boolean isStatement(Tree parent, Tree tree) {
    if (!(tree instanceof StatementTree)) {
      return false;
    }
    return switch (parent) {
      case BlockTree b -> true;
      case CaseTree c -> true;
      case IfTree i -> tree == i.getThenStatement() || tree == i.getElseStatement();
      case ForLoopTree f -> tree == f.getStatement();
      case EnhancedForLoopTree f -> tree == f.getStatement();
      case WhileLoopTree w -> tree == w.getStatement();
      case DoWhileLoopTree d -> tree == d.getStatement();
      case LabeledStatementTree l -> true;
      case TryTree t -> tree == t.getBlock() || tree == t.getFinallyBlock();
      case CatchTree c -> tree == c.getBlock();
      case SynchronizedTree s -> tree == s.getBlock();
      default -> false;
    };
  }

  private static StatementRegion.Kind kind(Tree tree) {
    return switch (tree.getKind()) {
      case IF -> StatementRegion.Kind.IF;
      case FOR_LOOP -> StatementRegion.Kind.FOR;
      case ENHANCED_FOR_LOOP -> StatementRegion.Kind.FOREACH;
      case WHILE_LOOP -> StatementRegion.Kind.WHILE;
      case DO_WHILE_LOOP -> StatementRegion.Kind.DO;
      case SWITCH -> StatementRegion.Kind.SWITCH;
      case TRY -> StatementRegion.Kind.TRY;
      case SYNCHRONIZED -> StatementRegion.Kind.SYNCHRONIZED;
      case LABELED_STATEMENT -> StatementRegion.Kind.LABELED;
      case BLOCK -> StatementRegion.Kind.BLOCK;
      default -> StatementRegion.Kind.SIMPLE;
    };
  }

  private SourceRange header(Tree tree) {
    return switch (tree) {
      case IfTree t -> range(t.getCondition());
      case WhileLoopTree t -> range(t.getCondition());
      case DoWhileLoopTree t -> range(t.getCondition());
      case SwitchTree t -> range(t.getExpression());
      case SynchronizedTree t -> range(t.getExpression());
      case ForLoopTree t -> parentheses(start(t), start(t.getStatement()));
      case EnhancedForLoopTree t -> parentheses(start(t), start(t.getStatement()));
      case TryTree t ->
          t.getResources().isEmpty()
              ? null
              : new SourceRange(
                  start(t.getResources().get(0)),
                  end(t.getResources().get(t.getResources().size() - 1)));
      default -> null;
    };
  }

  /** From the first {@code (} after {@code from} to the last {@code )} before {@code to}. */
  private SourceRange parentheses(int from, int to) {
    int open = text.indexOf('(', from);
    int close = text.lastIndexOf(')', to);
    return open < 0 || close < open ? null : new SourceRange(open, close + 1);
  }

  /** For declarations with annotations or modifiers: from the first of them to the type. */
  private SourceRange modifiers(Tree tree) {
    if (!(tree instanceof VariableTree variable)) {
      return null;
    }
    ModifiersTree mods = variable.getModifiers();
    int modsStart = start(mods);
    if (mods == null
        || modsStart < 0
        || (mods.getAnnotations().isEmpty() && mods.getFlags().isEmpty())) {
      return null;
    }
    int typeStart = variable.getType() == null ? -1 : start(variable.getType());
    if (typeStart <= modsStart) {
      typeStart = ((com.sun.tools.javac.tree.JCTree) variable).pos;
    }
    return typeStart <= modsStart ? null : new SourceRange(modsStart, typeStart);
  }

  // ---------------------------------------------------------------- declarations

  @Override
  public Void visitClass(ClassTree tree, Void unused) {
    ClassSymbol symbol = ASTHelpers.getSymbol(tree);
    boolean named =
        symbol.owner instanceof Symbol.PackageSymbol || symbol.owner instanceof ClassSymbol;
    boolean generated =
        symbol.getSimpleName().toString().endsWith(KnownApis.ACCESSOR_CLASS_SUFFIX)
            && hasAnnotationTree(tree.getModifiers(), KnownApis.GENERATED);
    if (!generated
        && KnownApis.GENERATED_ANNOTATIONS.stream()
            .anyMatch(a -> hasAnnotationTree(tree.getModifiers(), a))) {
      return null; // another tool's output: the user cannot edit it
    }
    classes.push(
        new ClassFrame(
            symbol,
            named && !symbol.isAnonymous() ? symbol.getQualifiedName().toString() : null,
            generated));
    var savedBodies = references.saveForClass(tree);
    Deque<Integer> savedStatements = new ArrayDeque<>(statements);
    Deque<Site.Region> savedRegions = new ArrayDeque<>(regions);
    statements.clear();
    statements.push(StatementRegion.NONE);
    regions.clear();
    try {
      suppression(tree);
      for (Tree member : tree.getMembers()) {
        String generator = generatedMembers.generator(tree, member);
        if (generator != null) {
          generatedMembers.collect(member, generator, out);
        } else {
          guarded(member);
        }
      }
    } finally {
      classes.pop();
      statements.clear();
      statements.addAll(savedStatements.reversed());
      regions.clear();
      regions.addAll(savedRegions.reversed());
      references.restore(savedBodies);
    }
    return null;
  }

  @Override
  public Void visitBlock(BlockTree tree, Void unused) {
    if (!(getCurrentPath().getParentPath().getLeaf() instanceof ClassTree)) {
      return super.visitBlock(tree, null);
    }
    regions.push(
        tree.isStatic() ? Site.Region.STATIC_INITIALIZER : Site.Region.INSTANCE_INITIALIZER);
    statements.push(StatementRegion.NONE);
    references.enter(tree, !tree.isStatic());
    try {
      return super.visitBlock(tree, null);
    } finally {
      references.exit();
      statements.pop();
      regions.pop();
    }
  }

  @Override
  public Void visitMethod(MethodTree tree, Void unused) {
    MethodSymbol symbol = ASTHelpers.getSymbol(tree);
    if ((symbol.flags() & Flags.GENERATEDCONSTR) != 0) {
      return null;
    }
    suppression(tree);
    boolean constructor = symbol.isConstructor();
    ClassFrame owner = classes.peek();
    contractDeclaration(
        tree.getModifiers(),
        constructor
            ? SafetyContractDeclaration.Target.CONSTRUCTOR
            : SafetyContractDeclaration.Target.METHOD,
        constructor ? owner.symbol().getSimpleName().toString() : tree.getName().toString());
    if (!constructor && !symbol.isStatic()) {
      contractOverride(tree, symbol);
    }
    if (tree.getBody() == null) {
      return null;
    }
    if ((symbol.flags() & (Flags.COMPACT_RECORD_CONSTRUCTOR | Flags.GENERATED_MEMBER)) == 0) {
      out.add(
          new MethodBody(
              constructor ? owner.symbol().getSimpleName().toString() : tree.getName().toString(),
              constructor,
              range(tree.getBody()),
              safetyContract(symbol),
              start(tree)));
    }
    regions.push(constructor ? Site.Region.CONSTRUCTOR : Site.Region.METHOD);
    statements.push(StatementRegion.NONE);
    references.enterMethod(symbol, tree.getBody());
    try {
      scan(tree.getBody(), null);
    } finally {
      references.exit();
      statements.pop();
      regions.pop();
    }
    return null;
  }

  private void field(VariableTree field) {
    VarSymbol symbol = ASTHelpers.getSymbol(field);
    boolean isStatic = symbol.isStatic() || symbol.getKind() == ElementKind.ENUM_CONSTANT;
    contractDeclaration(
        field.getModifiers(), SafetyContractDeclaration.Target.FIELD, field.getName().toString());
    int id =
        out.addStatement(
            StatementRegion.Kind.DECLARATION,
            range(field),
            null,
            modifiers(field),
            StatementRegion.NONE);
    regions.push(isStatic ? Site.Region.STATIC_INITIALIZER : Site.Region.INSTANCE_INITIALIZER);
    statements.push(id);
    references.enter(field, false);
    try {
      scan(field.getInitializer(), null);
    } finally {
      references.exit();
      statements.pop();
      regions.pop();
    }
  }

  private void contractOverride(MethodTree method, MethodSymbol symbol) {
    for (MethodSymbol overridden : ASTHelpers.findSuperMethods(symbol, state.getTypes())) {
      String inherited = safetyContract(overridden);
      if (inherited != null) {
        int nameStart = ((com.sun.tools.javac.tree.JCTree) method).pos;
        out.add(
            new ContractOverride(
                method.getName().toString(),
                overridden.owner.getQualifiedName().toString(),
                inherited,
                safetyContract(symbol) != null,
                new SourceRange(nameStart, nameStart + method.getName().length()),
                start(method)));
        return;
      }
    }
  }

  private void contractDeclaration(
      ModifiersTree modifiers, SafetyContractDeclaration.Target target, String name) {
    for (AnnotationTree annotation : modifiers.getAnnotations()) {
      Symbol type = ASTHelpers.getSymbol(annotation.getAnnotationType());
      if (type != null && type.getQualifiedName().contentEquals(KnownApis.SAFETY_CONTRACT)) {
        String value = null;
        if (annotation.getArguments().size() == 1) {
          ExpressionTree argument = annotation.getArguments().get(0);
          if (argument instanceof AssignmentTree assignment) {
            argument = assignment.getExpression();
          }
          value = ASTHelpers.constValue(argument, String.class);
        }
        out.add(new SafetyContractDeclaration(target, name, value, range(annotation)));
      }
    }
  }

  private void suppression(Tree declaration) {
    Symbol symbol = ASTHelpers.getSymbol(declaration);
    SuppressWarnings suppress =
        symbol == null ? null : symbol.getAnnotation(SuppressWarnings.class);
    if (suppress != null) {
      out.add(new Suppression(range(declaration), Set.of(suppress.value())));
    }
  }

  @Override
  public Void visitVariable(VariableTree tree, Void unused) {
    suppression(tree);
    if (getCurrentPath().getParentPath().getLeaf() instanceof ClassTree) {
      field(tree);
      return null;
    }
    references.declare(getCurrentPath(), tree);
    return super.visitVariable(tree, null);
  }

  @Override
  public Void visitLambdaExpression(LambdaExpressionTree tree, Void unused) {
    references.lambda(tree);
    regions.push(Site.Region.LAMBDA);
    references.enter(tree.getBody(), false);
    try {
      // The statement chain goes on through the lambda: a comment above the statement holding
      // the lambda covers the lambda's statements too.
      scan(tree.getBody(), null);
    } finally {
      references.exit();
      regions.pop();
    }
    return null;
  }

  // ---------------------------------------------------------------- field accesses

  @Override
  public Void visitIdentifier(IdentifierTree tree, Void unused) {
    references.identifier(getCurrentPath());
    fieldAccess(tree, null);
    return null;
  }

  @Override
  public Void visitAssignment(AssignmentTree tree, Void unused) {
    references.assignment(tree);
    return super.visitAssignment(tree, null);
  }

  @Override
  public Void visitMemberSelect(MemberSelectTree tree, Void unused) {
    fieldAccess(tree, tree.getExpression());
    return super.visitMemberSelect(tree, null);
  }

  private void fieldAccess(ExpressionTree tree, ExpressionTree receiver) {
    if (regions.isEmpty() || !(ASTHelpers.getSymbol(tree) instanceof VarSymbol symbol)) {
      return;
    }
    if (symbol.getKind() != ElementKind.FIELD || !(symbol.owner instanceof ClassSymbol)) {
      return;
    }
    Tree parent = getCurrentPath().getParentPath().getLeaf();
    FieldRef field = fieldRef(symbol);
    FieldAccess.Kind kind = FieldAccess.Kind.READ;
    FieldAccess.Update update = null;
    switch (parent) {
      case AssignmentTree a when a.getVariable() == tree -> {
        kind = FieldAccess.Kind.WRITE;
        update = update(a, "=", false, source(a.getExpression()));
      }
      case CompoundAssignmentTree a when a.getVariable() == tree -> {
        kind = FieldAccess.Kind.COMPOUND;
        update = update(a, operator(a.getKind()), false, source(a.getExpression()));
      }
      case UnaryTree u when isIncrement(u.getKind()) -> {
        kind = FieldAccess.Kind.COMPOUND;
        boolean prefix =
            u.getKind() == Tree.Kind.PREFIX_INCREMENT || u.getKind() == Tree.Kind.PREFIX_DECREMENT;
        boolean increment =
            u.getKind() == Tree.Kind.PREFIX_INCREMENT || u.getKind() == Tree.Kind.POSTFIX_INCREMENT;
        update = update(u, increment ? "++" : "--", prefix, null);
      }
      default -> {}
    }
    FieldAccess.Receiver receiverKind;
    String receiverText;
    if (field.isStatic()) {
      receiverKind = FieldAccess.Receiver.STATIC;
      receiverText = null;
    } else if (receiver == null) {
      receiverKind = FieldAccess.Receiver.IMPLICIT_THIS;
      receiverText = implicitThis(symbol);
    } else if (receiver instanceof IdentifierTree id
        && (id.getName().contentEquals("this") || id.getName().contentEquals("super"))) {
      receiverKind = FieldAccess.Receiver.THIS;
      receiverText = "this";
    } else if (receiver instanceof MemberSelectTree select
        && select.getIdentifier().contentEquals("this")) {
      receiverKind = FieldAccess.Receiver.QUALIFIED_THIS;
      receiverText = source(receiver);
    } else {
      receiverKind = FieldAccess.Receiver.OTHER;
      receiverText = source(receiver);
    }
    FieldAccess access =
        new FieldAccess(field, kind, receiverKind, receiverText, range(tree), site(), update);
    references.fieldAccess(receiver, receiverKind, receiverText, access.range());
    if (field.atomic() || field.safetyContract() != null) {
      out.add(access);
    } else {
      otherFieldAccesses.add(access);
    }
  }

  private String implicitThis(VarSymbol field) {
    for (ClassFrame frame : classes) {
      if (frame.symbol().isSubClass(field.owner, state.getTypes())) {
        return frame == classes.peek() ? "this" : frame.symbol().getSimpleName() + ".this";
      }
    }
    return "this";
  }

  private FieldAccess.Update update(
      Tree expression, String operator, boolean prefix, String value) {
    Tree parent = getCurrentPath().getParentPath().getParentPath().getLeaf();
    boolean used = !(parent instanceof ExpressionStatementTree);
    return new FieldAccess.Update(range(expression), operator, prefix, value, used);
  }

  private static boolean isIncrement(Tree.Kind kind) {
    return kind == Tree.Kind.PREFIX_INCREMENT
        || kind == Tree.Kind.PREFIX_DECREMENT
        || kind == Tree.Kind.POSTFIX_INCREMENT
        || kind == Tree.Kind.POSTFIX_DECREMENT;
  }

  private static String operator(Tree.Kind kind) {
    return switch (kind) {
      case PLUS_ASSIGNMENT -> "+=";
      case MINUS_ASSIGNMENT -> "-=";
      case MULTIPLY_ASSIGNMENT -> "*=";
      case DIVIDE_ASSIGNMENT -> "/=";
      case REMAINDER_ASSIGNMENT -> "%=";
      case AND_ASSIGNMENT -> "&=";
      case OR_ASSIGNMENT -> "|=";
      case XOR_ASSIGNMENT -> "^=";
      case LEFT_SHIFT_ASSIGNMENT -> "<<=";
      case RIGHT_SHIFT_ASSIGNMENT -> ">>=";
      case UNSIGNED_RIGHT_SHIFT_ASSIGNMENT -> ">>>=";
      default -> kind.toString();
    };
  }

  private FieldRef fieldRef(VarSymbol symbol) {
    ClassSymbol owner = (ClassSymbol) symbol.owner;
    String packageName = enclosingPackage(owner).orElseThrow().getQualifiedName().toString();
    String qualified = owner.getQualifiedName().toString();
    // Local and anonymous classes have no canonical name: their binary name inside the package.
    String ownerName =
        qualified.isEmpty() || owner.isDirectlyOrIndirectlyLocal()
            ? owner
                .flatName()
                .toString()
                .substring(packageName.isEmpty() ? 0 : packageName.length() + 1)
            : packageName.isEmpty() ? qualified : qualified.substring(packageName.length() + 1);
    return new FieldRef(
        packageName,
        ownerName,
        symbol.getSimpleName().toString(),
        fieldType(symbol.type),
        ASTHelpers.hasAnnotation(symbol, KnownApis.ATOMIC, state),
        ASTHelpers.hasAnnotation(symbol, KnownApis.CONSUME, state),
        (symbol.flags() & Flags.VOLATILE) != 0,
        symbol.isStatic() || symbol.getKind() == ElementKind.ENUM_CONSTANT,
        (symbol.flags() & Flags.FINAL) != 0,
        safetyContract(symbol));
  }

  private static FieldType fieldType(Type type) {
    FieldType.Kind kind =
        switch (type.getKind()) {
          case BOOLEAN -> FieldType.Kind.BOOLEAN;
          case BYTE -> FieldType.Kind.BYTE;
          case SHORT -> FieldType.Kind.SHORT;
          case CHAR -> FieldType.Kind.CHAR;
          case INT -> FieldType.Kind.INT;
          case LONG -> FieldType.Kind.LONG;
          case FLOAT -> FieldType.Kind.FLOAT;
          case DOUBLE -> FieldType.Kind.DOUBLE;
          default -> FieldType.Kind.REFERENCE;
        };
    return new FieldType(kind, type.toString());
  }

  /**
   * The contract a call of {@code method} must keep (contract section 7): its own
   * {@code @SafetyContract}, else that of the closest method it overrides (an overload is not an
   * override); null when none has one.
   */
  private String inheritedSafetyContract(MethodSymbol method) {
    String own = safetyContract(method);
    if (own != null || method.isConstructor() || method.isStatic()) {
      return own;
    }
    for (MethodSymbol overridden : ASTHelpers.findSuperMethods(method, state.getTypes())) {
      String inherited = safetyContract(overridden);
      if (inherited != null) {
        return inherited;
      }
    }
    return null;
  }

  /** The {@code @SafetyContract} text of {@code symbol}, {@code ""} if not constant, else null. */
  private static String safetyContract(Symbol symbol) {
    for (AnnotationMirror mirror : symbol.getAnnotationMirrors()) {
      if (mirror.getAnnotationType().toString().equals(KnownApis.SAFETY_CONTRACT)) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
            mirror.getElementValues().entrySet()) {
          if (e.getKey().getSimpleName().contentEquals("value")
              && e.getValue() instanceof Attribute.Constant c) {
            return String.valueOf(c.getValue());
          }
        }
        return "";
      }
    }
    return null;
  }

  private static String key(FieldRef field) {
    return field.ownerQualifiedName() + "#" + field.name();
  }

  private boolean hasAnnotationTree(ModifiersTree modifiers, String qualifiedName) {
    for (AnnotationTree annotation : modifiers.getAnnotations()) {
      Symbol type = ASTHelpers.getSymbol(annotation.getAnnotationType());
      if (type != null && type.getQualifiedName().contentEquals(qualifiedName)) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- calls

  @Override
  public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
    MethodSymbol method = ASTHelpers.getSymbol(tree);
    if (method != null && !regions.isEmpty()) {
      String owner = method.owner.getQualifiedName().toString();
      String name = method.getSimpleName().toString();
      if (KnownApis.mayRegister(config, name)) {
        reflectiveCall(tree, owner, name);
      }
      String display =
          method.isConstructor() // super(...) and this(...) are named like the reviewer names them
              ? "new " + method.owner.getSimpleName()
              : owner.substring(owner.lastIndexOf('.') + 1) + "." + name;
      unsafeCall(callRange(tree), method, owner, name, display);
      orderedLoad(tree, method, owner, name);
    }
    return super.visitMethodInvocation(tree, null);
  }

  @Override
  public Void visitNewClass(NewClassTree tree, Void unused) {
    MethodSymbol constructor = ASTHelpers.getSymbol(tree);
    if (constructor != null && !regions.isEmpty()) {
      String owner = constructor.owner.getQualifiedName().toString();
      unsafeCall(
          range(tree), constructor, owner, "<init>", "new " + constructor.owner.getSimpleName());
    }
    references.newClass(tree, takesThisAsOuter(tree, constructor));
    return super.visitNewClass(tree, null);
  }

  /**
   * {@code new Inner(...)} of an inner member class whose implicit enclosing instance is {@code
   * this} (JLS 15.9.2: the innermost enclosing class that is the outer class or a subclass of it).
   */
  private boolean takesThisAsOuter(NewClassTree tree, MethodSymbol constructor) {
    return constructor != null
        && tree.getEnclosingExpression() == null
        && tree.getClassBody() == null
        && constructor.owner instanceof ClassSymbol created
        && created.hasOuterInstance()
        && created.owner instanceof ClassSymbol outer
        && !classes.isEmpty()
        && classes.peek().symbol().isSubClass(outer, state.getTypes());
  }

  private void unsafeCall(
      SourceRange range, MethodSymbol method, String owner, String name, String display) {
    KnownApis.unsafeCall(config, owner, name, inheritedSafetyContract(method))
        .ifPresent(
            call ->
                out.add(new UnsafeOperation(call.kind(), display, call.contract(), range, site())));
  }

  private void reflectiveCall(MethodInvocationTree tree, String owner, String name) {
    ReflectiveFieldCall call = reflectiveFieldCall(tree, owner, name);
    if (call != null) {
      out.add(call);
      if (KnownApis.registration(config, call).isPresent()) {
        reflectivelyNamed.add(call.targetClass() + "#" + call.fieldName());
      }
    }
  }

  private ReflectiveFieldCall reflectiveFieldCall(
      MethodInvocationTree tree, String owner, String name) {
    List<ClassSymbol> classes = new ArrayList<>();
    List<ReflectiveFieldCall.Argument> arguments = new ArrayList<>();
    for (ExpressionTree argument : tree.getArguments()) {
      ClassSymbol literal = classSymbol(argument);
      if (literal == null
          && argument instanceof MethodInvocationTree inner
          && inner.getMethodSelect() instanceof MemberSelectTree select
          && select.getIdentifier().contentEquals("getDeclaredField")
          && inner.getArguments().size() == 1
          && classSymbol(select.getExpression()) instanceof ClassSymbol declaring) {
        classes.add(declaring);
        arguments.add(
            new ReflectiveFieldCall.Argument.DeclaredField(
                declaring.getQualifiedName().toString(),
                ASTHelpers.constValue(inner.getArguments().get(0), String.class)));
        continue;
      }
      classes.add(literal);
      if (literal != null) {
        arguments.add(
            new ReflectiveFieldCall.Argument.ClassLiteral(literal.getQualifiedName().toString()));
      } else if (ASTHelpers.constValue(argument, String.class) instanceof String constant) {
        arguments.add(new ReflectiveFieldCall.Argument.StringConstant(constant));
      } else {
        arguments.add(ReflectiveFieldCall.Argument.OTHER);
      }
    }
    return ReflectiveFieldCall.namedField(arguments)
        .map(
            named ->
                new ReflectiveFieldCall(
                    owner,
                    name,
                    // the declaring class: findVarHandle(Sub.class, "f", ...) finds an inherited f
                    fieldOwner(classes.get(named.classArgument()), named.fieldName()),
                    named.fieldName(),
                    range(tree)))
        .orElse(null);
  }

  /**
   * The class that declares the field {@code name} as seen from {@code c}: {@code c} or the
   * superclass it inherits the field from ({@code findVarHandle(Sub.class, "f", ...)} finds an
   * inherited {@code f}); {@code c} itself when no such field is known.
   */
  private static String fieldOwner(ClassSymbol c, String name) {
    for (Symbol s = c; s instanceof ClassSymbol k; s = k.getSuperclass().tsym) {
      for (Symbol member : getEnclosedElements(k)) {
        if (member instanceof VarSymbol && member.getSimpleName().contentEquals(name)) {
          return k.getQualifiedName().toString();
        }
      }
    }
    return c.getQualifiedName().toString();
  }

  /**
   * The class {@code tree} denotes: a class literal {@code K.class}, or a final or effectively
   * final variable of this unit (a local or a field) initialized with one ({@code Class<?> k =
   * WorkQueue.class}); null otherwise.
   */
  private ClassSymbol classSymbol(ExpressionTree tree) {
    ClassSymbol literal = classLiteralSymbol(tree);
    if (literal == null
        && (tree instanceof IdentifierTree || tree instanceof MemberSelectTree)
        && ASTHelpers.getSymbol(tree) instanceof VarSymbol variable
        && (variable.flags() & (Flags.FINAL | Flags.EFFECTIVELY_FINAL)) != 0) {
      return classVariables.get(variable);
    }
    return literal;
  }

  /** The class of a class literal {@code K.class}, or null if the tree is not one. */
  private static ClassSymbol classLiteralSymbol(ExpressionTree tree) {
    if (tree instanceof MemberSelectTree select
        && select.getIdentifier().contentEquals("class")
        && ASTHelpers.getSymbol(select.getExpression()) instanceof ClassSymbol c) {
      return c;
    }
    return null;
  }

  /**
   * Static final VarHandle fields initialized (or assigned) with a findVarHandle call, and the
   * variables initialized with a class literal.
   */
  private void collectVarHandleFields(CompilationUnitTree unit) {
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitVariable(VariableTree tree, Void unused) {
        if (ASTHelpers.getSymbol(tree) instanceof VarSymbol variable
            && tree.getInitializer() != null
            && classLiteralSymbol(ASTHelpers.stripParentheses(tree.getInitializer()))
                instanceof ClassSymbol c) {
          classVariables.put(variable, c);
        }
        remember(ASTHelpers.getSymbol(tree), tree.getInitializer());
        return super.visitVariable(tree, null);
      }

      @Override
      public Void visitAssignment(AssignmentTree tree, Void unused) {
        remember(ASTHelpers.getSymbol(tree.getVariable()), tree.getExpression());
        return super.visitAssignment(tree, null);
      }

      private void remember(Symbol symbol, ExpressionTree value) {
        if (symbol instanceof VarSymbol
            && value instanceof MethodInvocationTree call
            && ASTHelpers.getSymbol(call) instanceof MethodSymbol m
            && m.getSimpleName().toString().startsWith("find")) {
          ReflectiveFieldCall named =
              reflectiveFieldCall(
                  call, m.owner.getQualifiedName().toString(), m.getSimpleName().toString());
          if (named != null) {
            varHandleFields.put(symbol, named);
          }
        }
      }
    }.scan(unit, null);
  }

  // ---------------------------------------------------------------- ordered loads

  private void orderedLoad(
      MethodInvocationTree tree, MethodSymbol method, String owner, String name) {
    OrderedLoad.Api api;
    OrderedLoad.LoadOrdering ordering;
    SourceRange orderingRange;
    FieldRef field = null;
    List<? extends ExpressionTree> args = tree.getArguments();
    if (owner.equals(KnownApis.VAR_HANDLE) && KnownApis.varHandleLoad(name).isPresent()) {
      api = OrderedLoad.Api.VAR_HANDLE;
      ordering = KnownApis.varHandleLoad(name).get();
      int nameStart = nameStart(tree.getMethodSelect());
      orderingRange = new SourceRange(nameStart, nameStart + name.length());
      if (tree.getMethodSelect() instanceof MemberSelectTree select) {
        ReflectiveFieldCall named =
            varHandleFields.get(ASTHelpers.getSymbol(select.getExpression()));
        if (named != null) {
          field = findField(named.targetClass(), named.fieldName());
        }
      }
    } else if (!args.isEmpty() && isAccessorLoad(method, owner, name)) {
      api = owner.equals(KnownApis.RAW_ATOMICS) ? OrderedLoad.Api.RAW : OrderedLoad.Api.ACCESSOR;
      ExpressionTree last = args.get(args.size() - 1);
      ordering = orderingConstant(last);
      orderingRange = range(last);
      if (api == OrderedLoad.Api.ACCESSOR) {
        field = accessorField(method, name);
      }
    } else {
      return;
    }
    Type type = ASTHelpers.getType(tree);
    TreePath valuePath = valuePath(getCurrentPath());
    Type valueType = ASTHelpers.getType(valuePath.getLeaf());
    boolean reference =
        (valueType != null
                && !valueType.isPrimitiveOrVoid()
                && valueType.getKind() != TypeKind.VOID)
            || (valueType == null && type != null && !type.isPrimitiveOrVoid());
    List<ValueUse> uses = new ArrayList<>();
    usesOf(valuePath, uses);
    out.add(
        new OrderedLoad(
            api, ordering, field, reference, callRange(tree), orderingRange, uses, site()));
  }

  private boolean isAccessorLoad(MethodSymbol method, String owner, String name) {
    if (owner.equals(KnownApis.RAW_ATOMICS)) {
      return name.equals(KnownApis.RAW_LOAD);
    }
    if (!owner.endsWith(KnownApis.ACCESSOR_CLASS_SUFFIX)
        || !name.startsWith(KnownApis.ACCESSOR_LOAD_PREFIX)
        || name.length() == KnownApis.ACCESSOR_LOAD_PREFIX.length()
        || !method.isStatic()
        || method.getParameters().isEmpty()) {
      return false;
    }
    Type last = method.getParameters().last().type;
    return state.getTypes().erasure(last).toString().equals(ACQUIRE_OR_RELAXED);
  }

  private OrderedLoad.LoadOrdering orderingConstant(ExpressionTree argument) {
    if (ASTHelpers.getSymbol(argument) instanceof VarSymbol constant
        && constant.owner.getQualifiedName().contentEquals(KnownApis.ORDERING)) {
      return KnownApis.orderingConstant(constant.getSimpleName().toString());
    }
    return OrderedLoad.LoadOrdering.UNKNOWN;
  }

  /** The field a generated {@code loadX} reads: in the class of its first parameter, or by name. */
  private FieldRef accessorField(MethodSymbol method, String name) {
    String suffix = name.substring(KnownApis.ACCESSOR_LOAD_PREFIX.length());
    ClassSymbol declaring = null;
    if (method.getParameters().size() == 2) {
      if (method.getParameters().get(0).type.tsym instanceof ClassSymbol c) {
        declaring = c;
      }
    } else {
      ClassSymbol accessors = (ClassSymbol) method.owner;
      String simple = accessors.getSimpleName().toString();
      String base = simple.substring(0, simple.length() - KnownApis.ACCESSOR_CLASS_SUFFIX.length());
      String pkg = enclosingPackage(accessors).orElseThrow().getQualifiedName().toString();
      Symbol found =
          state.getSymbolFromString((pkg.isEmpty() ? "" : pkg + ".") + base.replace('_', '.'));
      declaring = found instanceof ClassSymbol c ? c : null;
    }
    if (declaring == null) {
      return null;
    }
    for (Symbol member : getEnclosedElements(declaring)) {
      if (member instanceof VarSymbol v
          && capitalized(v.getSimpleName().toString()).equals(suffix)) {
        return fieldRef(v);
      }
    }
    return null;
  }

  private static String capitalized(String name) {
    return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private FieldRef findField(String className, String fieldName) {
    Symbol owner = state.getSymbolFromString(className);
    if (owner instanceof ClassSymbol c) {
      for (Symbol member : getEnclosedElements(c)) {
        if (member instanceof VarSymbol v && v.getSimpleName().contentEquals(fieldName)) {
          return fieldRef(v);
        }
      }
    }
    return null;
  }

  /** Climbs over parentheses and casts around the value. */
  private static TreePath valuePath(TreePath path) {
    while (path.getParentPath() != null
        && (path.getParentPath().getLeaf() instanceof ParenthesizedTree
            || path.getParentPath().getLeaf() instanceof TypeCastTree)) {
      path = path.getParentPath();
    }
    return path;
  }

  /** The uses of the value at {@code valuePath}, directly or through an effectively final local. */
  private void usesOf(TreePath valuePath, List<ValueUse> uses) {
    Tree value = valuePath.getLeaf();
    TreePath parentPath = valuePath.getParentPath();
    if (parentPath == null) {
      return;
    }
    Tree parent = parentPath.getLeaf();
    if (parent instanceof VariableTree local && local.getInitializer() == value) {
      VarSymbol symbol = ASTHelpers.getSymbol(local);
      if (symbol.getKind() == ElementKind.LOCAL_VARIABLE
          && (symbol.flags() & (Flags.FINAL | Flags.EFFECTIVELY_FINAL)) != 0) {
        TreePath scope = parentPath.getParentPath();
        new TreePathScanner<Void, Void>() {
          @Override
          public Void visitIdentifier(IdentifierTree id, Void unused) {
            if (ASTHelpers.getSymbol(id) == symbol) {
              use(valuePath(getCurrentPath()), uses);
            }
            return null;
          }
        }.scan(scope, null);
      }
      return;
    }
    use(valuePath, uses);
  }

  /** Classifies one direct use of the value at {@code valuePath}. */
  private void use(TreePath valuePath, List<ValueUse> uses) {
    Tree value = valuePath.getLeaf();
    TreePath parentPath = valuePath.getParentPath();
    if (parentPath == null) {
      return;
    }
    Tree parent = parentPath.getLeaf();
    Tree grandParent =
        parentPath.getParentPath() == null ? null : parentPath.getParentPath().getLeaf();
    switch (parent) {
      case MemberSelectTree select when select.getExpression() == value -> {
        String member = select.getIdentifier().toString();
        if (grandParent instanceof MethodInvocationTree call && call.getMethodSelect() == select) {
          uses.add(new ValueUse(methodUseKind(value, member), range(call), member));
        } else if (ASTHelpers.getSymbol(select) instanceof VarSymbol v) {
          boolean written = grandParent instanceof AssignmentTree a && a.getVariable() == select;
          if (member.equals("length") && ASTHelpers.getType(value) instanceof Type.ArrayType) {
            uses.add(new ValueUse(ValueUse.Kind.ARRAY_LENGTH, range(select), member));
          } else if (!written) {
            boolean isFinal = (v.flags() & Flags.FINAL) != 0;
            uses.add(
                new ValueUse(
                    isFinal ? ValueUse.Kind.FINAL_FIELD_READ : ValueUse.Kind.NON_FINAL_FIELD_READ,
                    range(select),
                    member));
          }
        }
      }
      case ArrayAccessTree access when access.getExpression() == value ->
          uses.add(new ValueUse(ValueUse.Kind.ARRAY_ELEMENT_READ, range(access), null));
      case ArrayAccessTree access when access.getIndex() == value ->
          uses.add(new ValueUse(ValueUse.Kind.ARRAY_INDEX, range(access), null));
      case MethodInvocationTree call
          when !call.getArguments().isEmpty() && call.getArguments().get(0) == value -> {
        MethodSymbol m = ASTHelpers.getSymbol(call);
        if (m != null && isMemoryAccessWithSegmentFirst(m)) {
          uses.add(
              new ValueUse(
                  ValueUse.Kind.SEGMENT_OF_MEMORY_ACCESS,
                  range(call),
                  m.getSimpleName().toString()));
        }
      }
      default -> {}
    }
  }

  private ValueUse.Kind methodUseKind(Tree receiver, String method) {
    Type type = ASTHelpers.getType(receiver);
    if (type == null) {
      return ValueUse.Kind.METHOD_CALL;
    }
    if (type.tsym != null
        && type.tsym.getQualifiedName().contentEquals(KnownApis.MEMORY_SEGMENT)
        && KnownApis.isMemorySegmentAccess(method)) {
      return ValueUse.Kind.SEGMENT_OF_MEMORY_ACCESS;
    }
    return isKnownImmutable(type) ? ValueUse.Kind.IMMUTABLE_METHOD_CALL : ValueUse.Kind.METHOD_CALL;
  }

  private boolean isKnownImmutable(Type type) {
    Symbol.TypeSymbol symbol = state.getTypes().erasure(type).tsym;
    if (symbol == null) {
      return false;
    }
    if (KnownApis.isKnownImmutable(symbol.getQualifiedName().toString())
        || (symbol.flags() & (Flags.ENUM | Flags.RECORD)) != 0) {
      return true;
    }
    for (AnnotationMirror mirror : symbol.getAnnotationMirrors()) {
      if (mirror.getAnnotationType().asElement().getSimpleName().contentEquals("Immutable")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isMemoryAccessWithSegmentFirst(MethodSymbol method) {
    String owner = method.owner.getQualifiedName().toString();
    if (owner.equals(KnownApis.RAW_ATOMICS)) {
      return true;
    }
    if (owner.equals(KnownApis.VAR_HANDLE) || owner.equals("java.lang.foreign.MemorySegment")) {
      return method.getSimpleName().contentEquals("copy")
          || KnownApis.varHandleLoad(method.getSimpleName().toString()).isPresent()
          || method.getSimpleName().toString().startsWith("set")
          || method.getSimpleName().toString().startsWith("compareAnd")
          || method.getSimpleName().toString().startsWith("getAnd");
    }
    return false;
  }
}
