package org.jatomics.reviewer.frontend;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.AnnotationDeclaration;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jatomics.checker.KnownApis;
import org.jatomics.reviewer.frontend.Declarations.AnnotationUse;
import org.jatomics.reviewer.frontend.Declarations.FieldDecl;
import org.jatomics.reviewer.frontend.Declarations.Kind;
import org.jatomics.reviewer.frontend.Declarations.MethodDecl;
import org.jatomics.reviewer.frontend.Declarations.TypeDecl;
import org.jatomics.reviewer.frontend.Declarations.VarHandleTarget;

/**
 * The cross-file index: every type declared in the files under review, with its fields and method
 * signatures (no bodies), and names resolved by qualified name through imports and same-package
 * declarations. Built in a first pass (one file at a time, in parallel); then read-only.
 *
 * <p>Resolution never guesses: a name that is neither declared in the given files, nor imported by
 * a single-type import, nor a {@linkplain KnownTypes known library type} of an on-demand import
 * resolves to nothing, and the rules then report nothing about it.
 */
public final class TypeIndex {
  private final Map<String, TypeDecl> types = new ConcurrentHashMap<>();
  private final Set<String> packages = ConcurrentHashMap.newKeySet();

  /** What is derived from the index as it is (replaced when it changes). */
  private volatile Derived derived = new Derived();

  /**
   * Answers computed from the index's content, kept until it changes. A lookup that races with a
   * change keeps its answer in the instance it read, which the change replaces.
   */
  private static final class Derived {
    /** {@link #superTypesOf}. */
    final Map<TypeRef, List<TypeRef>> superTypes = new ConcurrentHashMap<>();

    /** {@link #mayHaveSafetyContract}'s names, once asked. */
    volatile Set<String> contractMethods;
  }

  /** The types of {@code --classpath}, consulted for names the given files do not declare. */
  private final ClassPathTypes libraries;

  /** An empty index with no class path. */
  public TypeIndex() {
    this(ClassPathTypes.NONE);
  }

  /**
   * An empty index that also resolves names to the types of {@code libraries} (a type declared in
   * the given files wins over a library's of the same name).
   */
  public TypeIndex(ClassPathTypes libraries) {
    this.libraries = libraries;
  }

  /** The type declared in the given files, else on the class path, or null. */
  private TypeDecl declared(String qualifiedName) {
    TypeDecl own = types.get(qualifiedName);
    return own != null ? own : libraries.type(qualifiedName).orElse(null);
  }

  /**
   * Removes the named types (the language server replaces a file's entries, {@link #typeNames},
   * when the file changes). Their packages stay known.
   */
  public void remove(java.util.Collection<String> typeNames) {
    types.keySet().removeAll(typeNames);
    changed();
  }

  /** The qualified names of the types this index holds. */
  public Set<String> typeNames() {
    return Set.copyOf(types.keySet());
  }

  /**
   * Adds everything {@code other} holds (the language server indexes a file into its own index off
   * its main thread, then merges it).
   */
  public void addAll(TypeIndex other) {
    types.putAll(other.types);
    packages.addAll(other.packages);
    changed();
  }

  /**
   * Adds the top-level and member types of {@code unit} (local and anonymous classes stay local).
   */
  public void add(CompilationUnit unit) {
    ImportScope scope = ImportScope.of(unit);
    packages.add(scope.packageName());
    for (TypeDeclaration<?> type : unit.getTypes()) {
      addType(type, scope.inPackage(type.getNameAsString()), scope);
    }
    changed();
  }

  private void addType(TypeDeclaration<?> type, String qualifiedName, ImportScope scope) {
    Map<String, FieldDecl> fields = new LinkedHashMap<>();
    List<MethodDecl> methods = new ArrayList<>();
    boolean isInterface =
        (type instanceof ClassOrInterfaceDeclaration c && c.isInterface())
            || type instanceof AnnotationDeclaration;
    if (type instanceof RecordDeclaration record) {
      for (Parameter component : record.getParameters()) {
        String name = component.getNameAsString();
        fields.put(
            name,
            new FieldDecl(
                name,
                erasure(component.getType()),
                component.getType().asString(),
                false,
                true,
                false,
                annotations(component),
                null,
                null));
      }
    }
    Map<String, VarHandleTarget> varHandles = varHandleTargets(type);
    for (BodyDeclaration<?> member : type.getMembers()) {
      if (member instanceof FieldDeclaration field) {
        for (VariableDeclarator variable : field.getVariables()) {
          String name = variable.getNameAsString();
          fields.put(
              name,
              new FieldDecl(
                  name,
                  erasure(variable.getType()),
                  variable.getType().asString(),
                  isInterface || field.hasModifier(Modifier.Keyword.STATIC),
                  isInterface || field.hasModifier(Modifier.Keyword.FINAL),
                  field.hasModifier(Modifier.Keyword.VOLATILE),
                  annotations(field),
                  isInterface || field.hasModifier(Modifier.Keyword.FINAL)
                      ? variable
                          .getInitializer()
                          .filter(TypeIndex::mayBeStringConstant)
                          .map(Expression::toString)
                          .orElse(null)
                      : null,
                  variable
                      .getInitializer()
                      .map(TypeIndex::varHandleTarget)
                      .orElse(varHandles.get(name))));
        }
      } else if (member instanceof MethodDeclaration method) {
        methods.add(
            new MethodDecl(
                method.getNameAsString(),
                parameterTypes(method.getParameters()),
                isVarArgs(method.getParameters()),
                erasure(method.getType()),
                method.isStatic(),
                annotations(method)));
      } else if (member instanceof ConstructorDeclaration constructor) {
        methods.add(
            new MethodDecl(
                "<init>",
                parameterTypes(constructor.getParameters()),
                isVarArgs(constructor.getParameters()),
                "void",
                false,
                annotations(constructor)));
      } else if (member instanceof TypeDeclaration<?> nested) {
        addType(nested, qualifiedName + "." + nested.getNameAsString(), scope);
      }
    }
    if (type instanceof EnumDeclaration enumeration) {
      enumeration
          .getEntries()
          .forEach(
              e ->
                  fields.put(
                      e.getNameAsString(),
                      new FieldDecl(
                          e.getNameAsString(),
                          qualifiedName,
                          type.getNameAsString(),
                          true,
                          true,
                          false,
                          List.of(),
                          null,
                          null)));
    }
    types.put(
        qualifiedName,
        new TypeDecl(
            TypeRef.of(qualifiedName),
            kind(type),
            scope,
            annotations(type),
            superTypes(type),
            Map.copyOf(fields),
            List.copyOf(methods),
            hasOuterInstance(type)));
  }

  /**
   * {@code VarHandle} fields assigned in the static initializers of {@code type}: {@code HEAD =
   * lookup.findVarHandle(Queue.class, "head", Node.class);}.
   */
  private static Map<String, VarHandleTarget> varHandleTargets(TypeDeclaration<?> type) {
    Map<String, VarHandleTarget> result = new HashMap<>();
    for (BodyDeclaration<?> member : type.getMembers()) {
      if (member instanceof InitializerDeclaration initializer && initializer.isStatic()) {
        for (AssignExpr assign : initializer.findAll(AssignExpr.class)) {
          VarHandleTarget target = varHandleTarget(assign.getValue());
          if (target != null) {
            String name =
                assign.getTarget() instanceof NameExpr n
                    ? n.getNameAsString()
                    : assign.getTarget() instanceof FieldAccessExpr f ? f.getNameAsString() : null;
            if (name != null) {
              result.put(name, target);
            }
          }
        }
      }
    }
    return result;
  }

  /**
   * The field of {@code ...findVarHandle(K.class, "f", ...)} (or findStaticVarHandle), the name as
   * written (a literal or a constant expression, evaluated when every file is indexed), or null.
   */
  static VarHandleTarget varHandleTarget(Expression initializer) {
    Expression e = initializer;
    while (e instanceof CastExpr || e instanceof EnclosedExpr) {
      e = e instanceof CastExpr c ? c.getExpression() : ((EnclosedExpr) e).getInner();
    }
    if (e instanceof MethodCallExpr call
        && (call.getNameAsString().equals("findVarHandle")
            || call.getNameAsString().equals("findStaticVarHandle"))
        && call.getArguments().size() == 3
        && call.getArgument(0) instanceof ClassExpr target
        && mayBeStringConstant(call.getArgument(1))) {
      return new VarHandleTarget(erasure(target.getType()), call.getArgument(1).toString());
    }
    return null;
  }

  /**
   * Whether instances of {@code type} hold an enclosing instance: a non-static member class of a
   * class (member types of interfaces, enums, records and interfaces themselves are static).
   */
  private static boolean hasOuterInstance(TypeDeclaration<?> type) {
    return type instanceof ClassOrInterfaceDeclaration c
        && !c.isInterface()
        && !c.isStatic()
        && c.getParentNode().orElse(null) instanceof TypeDeclaration<?> outer
        && !(outer instanceof ClassOrInterfaceDeclaration o && o.isInterface())
        && !(outer instanceof AnnotationDeclaration);
  }

  private static Kind kind(TypeDeclaration<?> type) {
    if (type instanceof EnumDeclaration) {
      return Kind.ENUM;
    }
    if (type instanceof RecordDeclaration) {
      return Kind.RECORD;
    }
    if (type instanceof AnnotationDeclaration) {
      return Kind.ANNOTATION;
    }
    return ((ClassOrInterfaceDeclaration) type).isInterface() ? Kind.INTERFACE : Kind.CLASS;
  }

  private static List<String> superTypes(TypeDeclaration<?> type) {
    List<String> result = new ArrayList<>();
    if (type instanceof ClassOrInterfaceDeclaration c) {
      c.getExtendedTypes().forEach(t -> result.add(erasure(t)));
      c.getImplementedTypes().forEach(t -> result.add(erasure(t)));
    } else if (type instanceof EnumDeclaration e) {
      e.getImplementedTypes().forEach(t -> result.add(erasure(t)));
    } else if (type instanceof RecordDeclaration r) {
      r.getImplementedTypes().forEach(t -> result.add(erasure(t)));
    }
    return List.copyOf(result);
  }

  private static List<String> parameterTypes(NodeList<Parameter> parameters) {
    List<String> result = new ArrayList<>();
    for (Parameter parameter : parameters) {
      result.add(erasure(parameter.getType()) + (parameter.isVarArgs() ? "[]" : ""));
    }
    return List.copyOf(result);
  }

  private static boolean isVarArgs(NodeList<Parameter> parameters) {
    return parameters.getLast().map(Parameter::isVarArgs).orElse(false);
  }

  /** The annotations on {@code node}, with a single string value where one is given. */
  public static List<AnnotationUse> annotations(NodeWithAnnotations<?> node) {
    List<AnnotationUse> result = new ArrayList<>();
    for (AnnotationExpr annotation : node.getAnnotations()) {
      Expression value = valueOf(annotation);
      result.add(
          new AnnotationUse(
              annotation.getNameAsString(),
              value == null ? null : Constants.string(value),
              value == null ? null : value.toString()));
    }
    return List.copyOf(result);
  }

  /**
   * The constant string value of {@code annotation} ({@code @A("x")} or {@code @A(value = "x")}),
   * concatenations of literals included; null when there is none or it is not a literal.
   */
  public static String stringValue(AnnotationExpr annotation) {
    Expression value = valueOf(annotation);
    return value == null ? null : Constants.string(value);
  }

  /** The single value of {@code annotation} ({@code @A(x)} or {@code @A(value = x)}), or null. */
  static Expression valueOf(AnnotationExpr annotation) {
    Expression value = null;
    if (annotation instanceof SingleMemberAnnotationExpr single) {
      value = single.getMemberValue();
    } else if (annotation instanceof NormalAnnotationExpr normal) {
      value =
          normal.getPairs().stream()
              .filter(p -> p.getNameAsString().equals("value"))
              .map(p -> p.getValue())
              .findFirst()
              .orElse(null);
    }
    return value;
  }

  /**
   * Whether an initializer may be a string constant worth keeping in the index: literals, names and
   * concatenations, small. Array tables and calls are not kept, so the index stays small.
   */
  private static boolean mayBeStringConstant(Expression e) {
    boolean shape =
        e instanceof StringLiteralExpr
            || e instanceof NameExpr
            || e instanceof FieldAccessExpr
            || e instanceof EnclosedExpr
            || e instanceof com.github.javaparser.ast.expr.BinaryExpr;
    return shape && e.getRange().map(r -> r.end.line - r.begin.line < 20).orElse(false);
  }

  /** {@code type} as written without type arguments or annotations: {@code Node}, {@code int[]}. */
  public static String erasure(Type type) {
    if (type instanceof ArrayType array) {
      return erasure(array.getComponentType()) + "[]";
    }
    if (type instanceof ClassOrInterfaceType c) {
      return c.getScope().map(s -> erasure(s) + ".").orElse("") + c.getNameAsString();
    }
    return type.asString();
  }

  /** The type declared in the given files (or on the class path) that {@code type} names. */
  public Optional<TypeDecl> type(TypeRef type) {
    return type.isKnown() ? Optional.ofNullable(declared(type.qualifiedName())) : Optional.empty();
  }

  /**
   * The type declared under {@code qualifiedName}, a name composed from source text rather than
   * resolved (the owner a generated accessor class's name implies): most such names denote nothing,
   * so they are not made {@link TypeRef}s.
   */
  public Optional<TypeDecl> typeNamed(String qualifiedName) {
    return Optional.ofNullable(declared(qualifiedName));
  }

  /**
   * Whether {@code qualifiedName} names a type known here, in a known library or on the class path.
   */
  private boolean isKnownType(String qualifiedName) {
    return types.containsKey(qualifiedName)
        || KnownTypes.contains(qualifiedName)
        || libraries.type(qualifiedName).isPresent();
  }

  /** Every indexed type (for {@link Relevance}; read only once the index is complete). */
  java.util.Collection<TypeDecl> types() {
    return java.util.Collections.unmodifiableCollection(types.values());
  }

  /** Number of types indexed. */
  public int size() {
    return types.size();
  }

  /**
   * Resolves a class or interface name as written in code ({@code Node}, {@code Outer.Inner},
   * {@code p.Node}; no type arguments, no dimensions) whose innermost enclosing declared type is
   * {@code enclosing} ({@link TypeRef#UNKNOWN} at top level) and whose file has {@code scope}.
   *
   * @return the type, or {@link TypeRef#UNKNOWN} when it cannot be known without a class path
   */
  public TypeRef resolve(String name, ImportScope scope, TypeRef enclosing) {
    return TypeRef.of(resolveName(name, scope, enclosing.qualifiedNameOrNull()));
  }

  /** {@link #resolve} on names: the qualified name, or null. */
  private String resolveName(String name, ImportScope scope, String enclosing) {
    int dot = name.indexOf('.');
    if (dot > 0) {
      if (isKnownType(name)) {
        return name;
      }
      String head = resolveSimple(name.substring(0, dot), scope, enclosing);
      if (head != null) {
        String candidate = head + name.substring(dot);
        return isKnownType(candidate) || declared(head) != null ? candidate : null;
      }
      // Not a type: a package-qualified name of a type we do not know. Keep the name as written
      // only if its package is one of the files' packages (then it would have been indexed).
      return null;
    }
    return resolveSimple(name, scope, enclosing);
  }

  private String resolveSimple(String name, ImportScope scope, String enclosing) {
    // Member types of the enclosing types and of their indexed supertypes.
    for (String outer = enclosing; outer != null; outer = outerName(outer)) {
      String member = memberType(outer, name, 0);
      if (member != null) {
        return member;
      }
      if (outer.endsWith("." + name) || outer.equals(name)) {
        return outer;
      }
    }
    String imported = scope.singleTypes().get(name);
    if (imported != null) {
      return imported;
    }
    String samePackage = scope.inPackage(name);
    if (declared(samePackage) != null) {
      return samePackage;
    }
    String found = null;
    for (String pkg : scope.onDemandPackages()) {
      String candidate = pkg + "." + name;
      if (isKnownType(candidate)) {
        if (found != null && !found.equals(candidate)) {
          return null; // ambiguous: javac would reject it; do not guess
        }
        found = candidate;
      }
    }
    if (found == null && !scope.modules().isEmpty()) {
      found = KnownTypes.inModules(scope.modules(), name);
    }
    return found;
  }

  private String memberType(String owner, String name, int depth) {
    if (depth > 10) {
      return null;
    }
    String candidate = owner + "." + name;
    if (declared(candidate) != null) {
      return candidate;
    }
    TypeDecl decl = declared(owner);
    if (decl == null) {
      return KnownTypes.contains(candidate) ? candidate : null;
    }
    for (String superType : decl.superTypes()) {
      String resolved = resolveName(superType, decl.scope(), outerName(owner));
      if (resolved != null && !resolved.equals(owner)) {
        String member = memberType(resolved, name, depth + 1);
        if (member != null) {
          return member;
        }
      }
    }
    return null;
  }

  /** The enclosing type if {@code type} is a member type of a declared type, else unknown. */
  public TypeRef outerOf(TypeRef type) {
    return type.isKnown() ? TypeRef.of(outerName(type.qualifiedName())) : TypeRef.UNKNOWN;
  }

  private String outerName(String qualifiedName) {
    int dot = qualifiedName.lastIndexOf('.');
    if (dot < 0) {
      return null;
    }
    String outer = qualifiedName.substring(0, dot);
    return declared(outer) != null ? outer : null;
  }

  /**
   * The resolved supertypes of an indexed type (unresolvable ones left out), unmodifiable. The
   * analysis asks for the same few types' supertypes at every member lookup, so they are resolved
   * once per state of the index.
   */
  public List<TypeRef> superTypesOf(TypeRef type) {
    Map<TypeRef, List<TypeRef>> known = derived.superTypes;
    List<TypeRef> result = known.get(type);
    if (result == null) {
      result = resolveSuperTypes(type);
      known.putIfAbsent(type, result);
    }
    return result;
  }

  private List<TypeRef> resolveSuperTypes(TypeRef type) {
    TypeDecl decl = type.isKnown() ? declared(type.qualifiedName()) : null;
    if (decl == null) {
      return List.of();
    }
    List<TypeRef> result = new ArrayList<>();
    for (String superType : decl.superTypes()) {
      String resolved = resolveName(superType, decl.scope(), outerName(type.qualifiedName()));
      if (resolved != null) {
        result.add(TypeRef.of(resolved));
      }
    }
    return List.copyOf(result);
  }

  /**
   * Whether a method named {@code methodName} may have a {@code @SafetyContract}: one of an indexed
   * type does (an override of it has its name), or the class path, whose types are read on demand,
   * may declare one. A call of any other name is not unsafe by contract.
   */
  public boolean mayHaveSafetyContract(String methodName) {
    if (!libraries.isEmpty()) {
      return true;
    }
    Derived now = derived;
    Set<String> names = now.contractMethods;
    if (names == null) {
      names = new java.util.HashSet<>();
      for (TypeDecl type : types.values()) {
        for (MethodDecl method : type.methods()) {
          for (AnnotationUse annotation : method.annotations()) {
            String name = annotation.name();
            if (name.substring(name.lastIndexOf('.') + 1).equals(SAFETY_CONTRACT)) {
              names.add(method.name());
            }
          }
        }
      }
      now.contractMethods = names;
    }
    return names.contains(methodName);
  }

  private static final String SAFETY_CONTRACT =
      KnownApis.SAFETY_CONTRACT.substring(KnownApis.SAFETY_CONTRACT.lastIndexOf('.') + 1);

  /** Forgets what was derived from the index before a change. */
  private void changed() {
    derived = new Derived();
  }

  /** Whether {@code superType} is a proper supertype of {@code type} (through indexed types). */
  public boolean isSubtype(TypeRef type, TypeRef superType) {
    Set<TypeRef> seen = new java.util.HashSet<>();
    List<TypeRef> level = superTypesOf(type);
    while (!level.isEmpty()) {
      List<TypeRef> next = new ArrayList<>();
      for (TypeRef t : level) {
        if (t == superType) {
          return true;
        }
        if (seen.add(t)) {
          next.addAll(superTypesOf(t));
        }
      }
      level = next;
    }
    return false;
  }
}
