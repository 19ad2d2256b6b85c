package org.jatomics.reviewer;

import com.github.javaparser.Problem;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.Name;
import com.github.javaparser.ast.expr.SimpleName;
import com.github.javaparser.ast.validator.ProblemReporter;
import com.github.javaparser.ast.validator.RecordAsTypeIdentifierNotAllowed;
import com.github.javaparser.ast.validator.ReservedKeywordValidator;
import com.github.javaparser.ast.validator.SingleNodeTypeValidator;
import com.github.javaparser.ast.validator.TreeVisitorValidator;
import com.github.javaparser.ast.validator.TypedValidator;
import com.github.javaparser.ast.validator.Validator;
import com.github.javaparser.ast.validator.Validators;
import com.github.javaparser.ast.validator.language_level_validations.chunks.CommonValidators;
import com.github.javaparser.metamodel.NodeMetaModel;
import com.github.javaparser.metamodel.PropertyMetaModel;
import java.lang.reflect.Field;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * JavaParser's validation of a language level (a {@link Validators} tree: a class extending two
 * classes, a misplaced modifier, a reserved word as a name...), with the same validators reporting
 * the same problems in the same order, but with one walk of the tree where JavaParser takes one per
 * validator.
 *
 * <p>JavaParser's Java 25 validation is a list of about twenty validators, most of which look at
 * one node at a time: a {@link SingleNodeTypeValidator} checks the nodes of one type (found by a
 * walk of the whole tree, {@code findAll}) and a {@link TreeVisitorValidator} checks every node (by
 * a walk of its own). Each walk allocates per node, and together they took about a third of the
 * reviewer's time. Here those per-node checks run in a single pre-order walk, the order of both of
 * JavaParser's walks; each validator's problems are collected apart and appended in the order of
 * the validator list, so the problem list is the one JavaParser builds (each validator sees the
 * same nodes in the same order, and validators only report: none changes the tree or keeps state
 * between nodes). The other validators (visitors walking the tree themselves, and any kind this
 * class does not know) run as JavaParser runs them, in their place in the list; of those, the three
 * that report only names spelt as one word ({@code enum}, {@code assert}, a type named {@code
 * record}) walk only a tree in which the single walk met a name spelt as that word (instead of
 * three walks, which took a tenth of the reviewer's time on a cold JVM).
 *
 * <p>The validator list is read from JavaParser's objects by reflection (the version is pinned;
 * {@code SinglePassValidatorTest} fails when a new version changes the shape, and then {@link #of}
 * returns null and the caller validates as JavaParser does).
 */
final class SinglePassValidator {
  /**
   * One validator of the flattened list; exactly one of {@code perNode} and {@code walk} is set.
   *
   * <p>Both kinds of per-node check (a typed validator's and an every-node validator's) are called
   * through {@code perNode}, from one call site in {@link #validate}: with a dozen classes behind
   * it, the JIT compiles it as a plain interface call instead of inlining the two or three
   * validators seen first into the walk, which had it recompile the whole walk each time a node
   * type those validators had not met turned up (seven compilations of the walk in a cold run).
   *
   * @param type the node type {@code perNode} checks, or null when it checks every node
   * @param perNode a check of one node
   * @param walk a validator that walks the tree itself
   * @param onlyIdentifier for {@code walk}, the identifier it reports on (it reports nothing in a
   *     tree without a name spelt so), or null
   */
  private record Step(
      Class<? extends Node> type,
      TypedValidator<Node> perNode,
      Validator walk,
      String onlyIdentifier) {}

  private final Step[] steps;

  /**
   * For each node class, the indexes of the steps that check its nodes (typed steps whose type it
   * is, and every-node steps), in list order.
   */
  private final Map<Class<?>, int[]> stepsFor = new ConcurrentHashMap<>();

  private int[] stepsFor(Class<?> nodeClass) {
    int[] found = stepsFor.get(nodeClass);
    return found != null ? found : stepsFor.computeIfAbsent(nodeClass, this::findSteps);
  }

  private int[] findSteps(Class<?> nodeClass) {
    int[] found = new int[steps.length];
    int count = 0;
    for (int i = 0; i < steps.length; i++) {
      Step step = steps[i];
      if (step.perNode() != null
          && (step.type() == null || step.type().isAssignableFrom(nodeClass))) {
        found[count++] = i;
      }
    }
    return Arrays.copyOf(found, count);
  }

  /** The identifiers some walk reports on ({@link Step#onlyIdentifier}). */
  private final Set<String> identifiers = new HashSet<>();

  /** The lengths of the shortest and longest of {@link #identifiers}. */
  private final int shortest;

  private final int longest;

  private SinglePassValidator(List<Step> steps) {
    this.steps = steps.toArray(new Step[0]);
    int min = Integer.MAX_VALUE;
    int max = 0;
    for (Step step : steps) {
      if (step.onlyIdentifier() != null) {
        identifiers.add(step.onlyIdentifier());
        min = Math.min(min, step.onlyIdentifier().length());
        max = Math.max(max, step.onlyIdentifier().length());
      }
    }
    this.shortest = min;
    this.longest = max;
  }

  /**
   * The single-walk form of {@code validator}, or null when its parts cannot be read (a JavaParser
   * version whose classes have another shape).
   */
  static SinglePassValidator of(Validator validator) {
    try {
      List<Step> steps = new ArrayList<>();
      flatten(validator, steps);
      return new SinglePassValidator(steps);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  private static final Field TYPE = field(SingleNodeTypeValidator.class, "type");
  private static final Field TYPED = field(SingleNodeTypeValidator.class, "validator");
  private static final Field EVERY_NODE = field(TreeVisitorValidator.class, "validator");
  private static final Field KEYWORD = field(ReservedKeywordValidator.class, "keyword");

  private static Field field(Class<?> owner, String name) {
    try {
      Field field = owner.getDeclaredField(name);
      field.setAccessible(true);
      return field;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null; // of() then fails and the caller validates as JavaParser does
    }
  }

  @SuppressWarnings("unchecked") // the fields' declared types
  private static void flatten(Validator validator, List<Step> steps)
      throws ReflectiveOperationException {
    if (validator instanceof Validators group && declaresAccept(validator, Validators.class)) {
      for (Validator part : group.getValidators()) {
        flatten(part, steps);
      }
    } else if (validator instanceof SingleNodeTypeValidator<?>
        && declaresAccept(validator, SingleNodeTypeValidator.class)) {
      steps.add(
          new Step(
              (Class<? extends Node>) TYPE.get(validator),
              (TypedValidator<Node>) TYPED.get(validator),
              null,
              null));
    } else if (validator instanceof TreeVisitorValidator) { // its accept is final
      Validator everyNode = (Validator) EVERY_NODE.get(validator);
      steps.add(
          new Step(
              null,
              isNonEmptyListCheck(everyNode) ? NonEmptyLists.INSTANCE : everyNode,
              null,
              null));
    } else {
      steps.add(new Step(null, null, validator, onlyIdentifier(validator)));
    }
  }

  /**
   * The identifier {@code validator} reports on, when it reports on nothing else: JavaParser's
   * {@link ReservedKeywordValidator} reports a {@code Name} or {@code SimpleName} spelt as its
   * keyword ({@code enum}, {@code assert}), {@link RecordAsTypeIdentifierNotAllowed} a type named
   * {@code record}; each walks the whole tree to find them. Null for any other validator.
   */
  private static String onlyIdentifier(Validator validator) throws ReflectiveOperationException {
    if (validator.getClass() == ReservedKeywordValidator.class) {
      return (String) KEYWORD.get(validator);
    }
    if (validator.getClass() == RecordAsTypeIdentifierNotAllowed.class) {
      return "record";
    }
    return null;
  }

  /**
   * Adds to {@code spelt} the identifier of {@code node} when it is a name ({@code Name}, {@code
   * SimpleName}) spelt as one of {@link #identifiers}: the only nodes the walks of {@link
   * Step#onlyIdentifier} report on, so a walk whose identifier no name of the tree is spelt as
   * would report nothing.
   */
  private void noteIdentifier(Node node, Set<String> spelt) {
    String identifier;
    if (node instanceof SimpleName name) {
      identifier = name.getIdentifier();
    } else if (node instanceof Name name) {
      identifier = name.getIdentifier();
    } else {
      return;
    }
    if (identifier.length() >= shortest
        && identifier.length() <= longest
        && identifiers.contains(identifier)) {
      spelt.add(identifier);
    }
  }

  /**
   * Whether {@code everyNode} is the check of {@link CommonValidators} that no property declared
   * non-empty holds an empty list: the only every-node validator that class declares (a lambda).
   */
  private static boolean isNonEmptyListCheck(Validator everyNode) {
    return everyNode.getClass().getName().startsWith(CommonValidators.class.getName() + "$$");
  }

  /**
   * {@link CommonValidators}' non-empty check with its properties looked up once per node type:
   * JavaParser's asks every node for all its properties ({@code getAllPropertyMetaModels} builds
   * the list anew each time), about 3% of the reviewer's time, to find the six node lists declared
   * non-empty ({@code FieldDeclaration.variables}, {@code UnionType.elements}...), which a parse
   * never leaves empty. The same problem, with the same text, on the same node.
   */
  private static final class NonEmptyLists implements Validator {
    static final NonEmptyLists INSTANCE = new NonEmptyLists();

    private final Map<NodeMetaModel, List<PropertyMetaModel>> lists = new ConcurrentHashMap<>();

    private static List<PropertyMetaModel> nonEmptyLists(NodeMetaModel type) {
      List<PropertyMetaModel> found = new ArrayList<>();
      for (PropertyMetaModel property : type.getAllPropertyMetaModels()) {
        if (property.isNonEmpty() && property.isNodeList()) {
          found.add(property);
        }
      }
      return List.copyOf(found);
    }

    @Override
    public void accept(Node node, ProblemReporter reporter) {
      NodeMetaModel type = node.getMetaModel();
      for (PropertyMetaModel property : lists.computeIfAbsent(type, NonEmptyLists::nonEmptyLists)) {
        if (((NodeList<?>) property.getValue(node)).isEmpty()) {
          reporter.report(node, "%s.%s can not be empty.", type.getTypeName(), property.getName());
        }
      }
    }
  }

  /** Whether {@code validator}'s {@code accept} is the one {@code owner} declares. */
  private static boolean declaresAccept(Validator validator, Class<?> owner)
      throws NoSuchMethodException {
    return validator
            .getClass()
            .getMethod("accept", Node.class, ProblemReporter.class)
            .getDeclaringClass()
        == owner;
  }

  /** Validates the tree under {@code root}, reporting problems to {@code problems}. */
  void validate(Node root, Consumer<Problem> problems) {
    List<List<Problem>> found = new ArrayList<>(steps.length);
    ProblemReporter[] reporters = new ProblemReporter[steps.length];
    for (int i = 0; i < steps.length; i++) {
      List<Problem> own = new ArrayList<>(0);
      found.add(own);
      reporters[i] = new ProblemReporter(own::add);
    }
    // A typed validator first checks the root itself, then every node of its type, the root
    // included (SingleNodeTypeValidator.accept): the root twice.
    for (int i : stepsFor(root.getClass())) {
      if (steps[i].type() != null) {
        steps[i].perNode().accept(root, reporters[i]);
      }
    }
    Set<String> spelt = new HashSet<>(identifiers.size());
    ArrayDeque<Node> pending = new ArrayDeque<>();
    pending.push(root);
    while (!pending.isEmpty()) {
      Node node = pending.pop();
      noteIdentifier(node, spelt);
      for (int i : stepsFor(node.getClass())) {
        steps[i].perNode().accept(node, reporters[i]);
      }
      List<Node> children = node.getChildNodes();
      for (int c = children.size() - 1; c >= 0; c--) {
        pending.push(children.get(c));
      }
    }
    for (int i = 0; i < steps.length; i++) {
      Step step = steps[i];
      if (step.walk() != null
          && (step.onlyIdentifier() == null || spelt.contains(step.onlyIdentifier()))) {
        step.walk().accept(root, reporters[i]);
      }
      found.get(i).forEach(problems);
    }
  }
}
