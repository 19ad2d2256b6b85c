package org.jatomics.reviewer.frontend;

import com.github.javaparser.JavaToken;
import com.github.javaparser.ast.CompilationUnit;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jatomics.checker.Checks;
import org.jatomics.checker.Config;
import org.jatomics.checker.KnownApis;
import org.jatomics.checker.MethodRef;
import org.jatomics.reviewer.frontend.Declarations.AnnotationUse;
import org.jatomics.reviewer.frontend.Declarations.FieldDecl;
import org.jatomics.reviewer.frontend.Declarations.MethodDecl;
import org.jatomics.reviewer.frontend.Declarations.TypeDecl;

/**
 * Which files can produce a finding, decided from the tokens of the indexing pass's tree, so that
 * the reviewing pass analyses (and re-parses) only those. Sound by construction: a file is skipped
 * only when no fact any rule reports on can come out of it.
 *
 * <h2>The argument, rule by rule</h2>
 *
 * Every fact the rules act on comes from an expression, annotation or comment of the file itself,
 * and the front end recognizes it by a name written there: a method name, a field name, an
 * annotation name, or the name of a type the written expression resolves through. The {@link
 * Resolver} never invents a type: it maps a name as written to a qualified name whose last segment
 * is that name (imports, nesting, supertypes), or asks the JDK by reflection for the declared type
 * of a named member. So a file is analysed when one of its identifiers (or keywords, which
 * JavaParser also accepts as names) is
 *
 * <ul>
 *   <li><b>local</b> ({@link #LOCAL}): the jatomics annotations {@code Atomic}, {@code Consume},
 *       {@code SafetyContract} (MissingSafetyContract's declarations; a file's own annotated
 *       fields, including those of local classes the index does not hold); the types whose
 *       receivers make a call a fact, {@code VarHandle} (a relaxed {@code get}/{@code getOpaque}
 *       for RelaxedDependentLoad) and {@code Unsafe} (memory accesses for MissingSafetyComment),
 *       and every JDK method whose declared result is one of them ({@code varHandle}, {@code
 *       arrayElementVarHandle}, ...; a test checks the list against {@code java.base}); the
 *       registration calls of MixedAccessMode ({@code findVarHandle}, {@code newUpdater}, {@code
 *       objectFieldOffset}, ...: the rule needs one in the same unit); the JDK's restricted methods
 *       and {@code RawAtomics}' methods (MissingSafetyComment; a call or method reference always
 *       writes the method's name); these three come from {@link
 *       KnownApis#METHODS_RECOGNIZED_BY_NAME}, so the filter follows the rule model; and the
 *       configured {@code Jatomics:UnsafeMethods}, {@code Jatomics:FieldOffsetMethods} and {@code
 *       Jatomics:VarHandleFactories} method names (and their types' simple names, for
 *       constructors);
 *   <li>a name ending in {@code Atomics}: a generated accessor class, through which every accessor
 *       load (RelaxedDependentLoad) is written, qualified or statically imported;
 *   <li><b>global</b> ({@link #global}, from the whole index after the first pass): names of fields
 *       annotated {@code @Atomic} (NonAtomicAccess), {@code @Consume} or {@code @SafetyContract}
 *       (writes are unsafe operations), of fields whose declared type mentions {@code VarHandle} or
 *       {@code Unsafe} or that a {@code findVarHandle} initializes, of methods whose result
 *       mentions them, of methods with a {@code @SafetyContract} (their calls, and their overrides
 *       for MissingSafetyContract, have that name), and the simple names of types with a
 *       {@code @SafetyContract} constructor ({@code new T(...)}, {@code extends T} for {@code
 *       super(...)}). An expression of type {@code VarHandle} or {@code Unsafe} is a name of one of
 *       these, a local or parameter declared with the type's name, a cast to it, a {@code var} (its
 *       initializer is such an expression), a lambda parameter (the collection it iterates is such
 *       a field or local), or a call of a JDK method in {@link #LOCAL}.
 * </ul>
 *
 * UnnecessarySafetyComment (and a justified MissingSafetyComment) needs a non-Javadoc comment that
 * {@link Checks#mayHoldSafetyComment} accepts; a file with one is analysed.
 *
 * <p>Unicode escapes: JavaParser (as the reviewer configures it) does not translate them, so the
 * tree's names are exactly the tokens' texts compared here, and a comment's text is exactly what
 * the SAFETY-comment rule reads. Still, a name or other non-literal, non-comment token containing a
 * backslash makes the file relevant, so that no spelling question arises at all.
 *
 * <p>Not covered: an internal front-end failure in a skipped file (a bug report, not a finding) is
 * not reported.
 */
public final class Relevance {
  /** The jatomics annotations, by simple name. */
  private static final Set<String> ANNOTATIONS =
      Set.of(
          simpleName(KnownApis.ATOMIC),
          simpleName(KnownApis.CONSUME),
          simpleName(KnownApis.SAFETY_CONTRACT));

  /** What separates the names in a type as written. */
  private static final Pattern NOT_IDENTIFIER = Pattern.compile("[^\\p{javaJavaIdentifierPart}]+");

  /** Type names whose expressions make calls on them facts. */
  private static final Set<String> RECEIVER_TYPES =
      Set.of(simpleName(KnownApis.VAR_HANDLE), "Unsafe");

  /**
   * JDK methods declared to return a {@code VarHandle} or an {@code Unsafe} (RelevanceTest checks
   * the list).
   */
  private static final Set<String> RECEIVER_FACTORIES =
      Set.of(
          "varHandle",
          "arrayElementVarHandle",
          "arrayVarHandle",
          "byteArrayViewVarHandle",
          "byteBufferViewVarHandle",
          "collectCoordinates",
          "dropCoordinates",
          "fieldVarHandle",
          "filterCoordinates",
          "filterValue",
          "findStaticVarHandle",
          "findVarHandle",
          "insertCoordinates",
          "ofArray",
          "ofField",
          "ofStaticField",
          "permuteCoordinates",
          "resolveConstantDesc",
          "staticFieldVarHandle",
          "unreflectVarHandle",
          "withInvokeBehavior",
          "withInvokeExactBehavior",
          "getUnsafe");

  /**
   * Names that make a file relevant wherever they are declared: the annotations, the receiver types
   * and their factories, {@code RawAtomics}, and every method the rule model recognizes by name
   * ({@link KnownApis#METHODS_RECOGNIZED_BY_NAME}: restricted methods, field registrations, {@code
   * RawAtomics}' methods).
   */
  static final Set<String> LOCAL = local();

  private static Set<String> local() {
    Set<String> names = new HashSet<>(ANNOTATIONS);
    names.addAll(RECEIVER_TYPES);
    names.addAll(RECEIVER_FACTORIES);
    names.add(simpleName(KnownApis.RAW_ATOMICS));
    names.addAll(KnownApis.METHODS_RECOGNIZED_BY_NAME);
    return Set.copyOf(names);
  }

  private final Set<Integer> global;

  private Relevance(Set<Integer> global) {
    this.global = global;
  }

  /**
   * What the first pass keeps of a file: whether it is relevant whatever the index holds, else the
   * hashes of its names (sorted) to test against the global names once the index is complete.
   *
   * @param relevant relevant whatever the other files declare
   * @param names the distinct hash codes of the file's names, sorted; empty when {@code relevant}
   */
  @SuppressWarnings("ArrayRecordComponent") // a carrier for the index, never compared or hashed
  public record Summary(boolean relevant, int[] names) {}

  /** The local triggers for {@code config}: {@link #LOCAL} plus the configured methods. */
  public static Set<String> localNames(Config config) {
    Set<String> names = new HashSet<>(LOCAL);
    for (List<MethodRef> methods :
        List.of(config.unsafeMethods(), config.fieldOffsetMethods(), config.varHandleFactories())) {
      for (MethodRef method : methods) {
        names.add(method.method());
        names.add(method.type().substring(method.type().lastIndexOf('.') + 1));
      }
    }
    return Set.copyOf(names);
  }

  /**
   * Summarizes a parsed file from its tokens (the tree must keep them, as JavaParser does by
   * default).
   *
   * @param local the names of {@link #localNames}
   */
  public static Summary summarize(CompilationUnit unit, Set<String> local) {
    JavaToken token = unit.getTokenRange().map(r -> r.getBegin().findFirstToken()).orElse(null);
    if (token == null) {
      return new Summary(true, new int[0]); // no tokens: nothing to decide from
    }
    int[] names = new int[256];
    int count = 0;
    for (; token != null; token = token.getNextToken().orElse(null)) {
      JavaToken.Category category = token.getCategory();
      String text = token.getText();
      if (category.isIdentifier() || category.isKeyword()) {
        if (local.contains(text)
            || isAccessorClassName(text)
            || text.indexOf('\\') >= 0
            || UnsafeHolders.mayName(text)) {
          return new Summary(true, new int[0]);
        }
        if (count == names.length) {
          names = Arrays.copyOf(names, count * 2);
        }
        names[count++] = text.hashCode();
      } else if (category.isComment()) {
        if (token.getKind() != JavaToken.Kind.JAVADOC_COMMENT.getKind()
            && Checks.mayHoldSafetyComment(text)) {
          return new Summary(true, new int[0]);
        }
      } else if (!category.isLiteral() && text.indexOf('\\') >= 0) {
        return new Summary(true, new int[0]);
      }
    }
    Arrays.sort(names, 0, count);
    int distinct = 0;
    for (int i = 0; i < count; i++) {
      if (distinct == 0 || names[distinct - 1] != names[i]) {
        names[distinct++] = names[i];
      }
    }
    int[] sorted = Arrays.copyOf(names, distinct);
    return new Summary(false, sorted);
  }

  /** {@code QueueAtomics}, {@code Outer_InnerAtomics}: a generated accessor class's name. */
  static boolean isAccessorClassName(String name) {
    return name.length() > KnownApis.ACCESSOR_CLASS_SUFFIX.length()
        && name.endsWith(KnownApis.ACCESSOR_CLASS_SUFFIX);
  }

  /** The decision for every file, once {@code index} holds the whole tree. */
  public static Relevance of(TypeIndex index) {
    return new Relevance(global(index));
  }

  /** The names declared anywhere that lead the front end to a fact (see the class comment). */
  static Set<Integer> global(TypeIndex index) {
    Set<Integer> names = new HashSet<>();
    for (TypeDecl type : index.types()) {
      for (FieldDecl field : type.fields().values()) {
        if (annotated(field.annotations())
            || mentionsReceiverType(field.typeText())
            || field.varHandleTarget() != null) {
          names.add(field.name().hashCode());
        }
      }
      for (MethodDecl method : type.methods()) {
        boolean contract =
            method.annotations().stream()
                .anyMatch(a -> simpleName(a.name()).equals(simpleName(KnownApis.SAFETY_CONTRACT)));
        if (method.name().equals("<init>")) {
          if (contract) {
            names.add(simpleName(type.qualifiedName()).hashCode());
          }
        } else if (contract || mentionsReceiverType(method.returnType())) {
          names.add(method.name().hashCode());
        }
      }
    }
    return names;
  }

  /** Whether the summarized file needs the reviewing pass. */
  public boolean needsAnalysis(Summary summary) {
    if (summary.relevant()) {
      return true;
    }
    for (int name : summary.names()) {
      if (global.contains(name)) {
        return true;
      }
    }
    return false;
  }

  private static boolean annotated(List<AnnotationUse> annotations) {
    for (AnnotationUse annotation : annotations) {
      if (ANNOTATIONS.contains(simpleName(annotation.name()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a type as written ({@code List<VarHandle>}, {@code sun.misc.Unsafe[]}) names a receiver
   * type.
   */
  static boolean mentionsReceiverType(String typeText) {
    for (String part : NOT_IDENTIFIER.split(typeText, -1)) {
      if (RECEIVER_TYPES.contains(part)) {
        return true;
      }
    }
    return false;
  }

  private static String simpleName(String name) {
    return name.substring(name.lastIndexOf('.') + 1);
  }
}
