package org.jatomics.reviewer.frontend;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jatomics.reviewer.frontend.Declarations.TypeDecl;
import org.jatomics.reviewer.frontend.Resolver.FieldOf;

/**
 * Compile-time string constants across files, as javac folds them: literals, text blocks, {@code
 * +}, parentheses, and final fields whose initializers are constants ({@code @SafetyContract(PREFIX
 * + " and live")}).
 */
final class ConstantStrings {
  private static final int MAX_DEPTH = 16;

  /** For initializers of other files' constants, read as text from the index. */
  private static final ParserConfiguration EXPRESSIONS =
      new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_25);

  private final Resolver resolver;

  private final Map<String, Optional<Expression>> parsed;

  /**
   * Constants resolved with {@code resolver}, reading other files' initializers through {@code
   * parsed} ({@link #parsedInitializers}).
   */
  ConstantStrings(Resolver resolver, Map<String, Optional<Expression>> parsed) {
    this.resolver = resolver;
    this.parsed = parsed;
  }

  /**
   * A store for the initializers parsed so far, by text (empty for one that does not parse), to
   * share between the files of one run, on any number of threads: the files of a run read the same
   * few constants many times ({@code objectFieldOffset(K, NAME)} for every field, a helper's name
   * constant in every file that calls it). The trees it holds are only read.
   */
  static Map<String, Optional<Expression>> parsedInitializers() {
    return new ConcurrentHashMap<>();
  }

  /** The value of {@code expression} in the unit being analysed, or null if not constant. */
  String inUnit(Expression expression) {
    return evaluate(expression, null, 0);
  }

  /** The value of the expression {@code source} written in {@code owner}, or null. */
  String declaredIn(String source, TypeDecl owner) {
    return evaluate(parse(source), owner, 0);
  }

  private Expression parse(String source) {
    if (source == null) {
      return null;
    }
    return parsed
        .computeIfAbsent(
            source, text -> new JavaParser(EXPRESSIONS).parseExpression(text).getResult())
        .orElse(null);
  }

  private String evaluate(Expression e, TypeDecl owner, int depth) {
    if (e == null || depth > MAX_DEPTH) {
      return null;
    }
    String literal = Constants.string(e);
    if (literal != null) {
      return literal;
    }
    if (e instanceof EnclosedExpr enclosed) {
      return evaluate(enclosed.getInner(), owner, depth + 1);
    }
    if (e instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS) {
      String left = evaluate(binary.getLeft(), owner, depth + 1);
      String right = left == null ? null : evaluate(binary.getRight(), owner, depth + 1);
      return right == null ? null : left + right;
    }
    Optional<FieldOf> field = field(e, owner);
    if (field.isPresent()
        && field.get().field().isFinal()
        && field.get().field().constant() != null) {
      return evaluate(parse(field.get().field().constant()), field.get().owner(), depth + 1);
    }
    return null;
  }

  private Optional<FieldOf> field(Expression e, TypeDecl owner) {
    if (owner == null) {
      if (e instanceof NameExpr name
          && resolver.lookup(name.getNameAsString(), name) instanceof FieldOf f) {
        return Optional.of(f);
      }
      return e instanceof FieldAccessExpr access
          ? resolver.fieldOfAccess(access)
          : Optional.empty();
    }
    if (e instanceof NameExpr name) {
      Optional<FieldOf> own = resolver.fieldOf(owner.type(), name.getNameAsString());
      if (own.isPresent()) {
        return own;
      }
      TypeRef imported =
          owner.scope().staticMembers().getOrDefault(name.getNameAsString(), TypeRef.UNKNOWN);
      return resolver.fieldOf(imported, name.getNameAsString());
    }
    if (e instanceof FieldAccessExpr access) {
      TypeRef type = resolver.resolve(access.getScope().toString(), owner.scope(), owner.type());
      return resolver.fieldOf(type, access.getNameAsString());
    }
    return Optional.empty();
  }
}
