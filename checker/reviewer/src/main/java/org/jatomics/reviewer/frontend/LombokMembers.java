package org.jatomics.reviewer.frontend;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jatomics.checker.KnownApis;
import org.jatomics.checker.model.GeneratedFieldAccess.Member;

/**
 * What Lombok generates into a class and which of its fields that code reads or writes plainly,
 * derived from the class's annotations as written: the reviewer never runs Lombok, so it states
 * here the rules Lombok 1.18 follows (the Error Prone front end sees Lombok's output instead, and
 * the agreement tests hold the two together).
 *
 * <ul>
 *   <li>{@code @ToString}, {@code @EqualsAndHashCode} (or {@code @Data}, {@code @Value} when the
 *       class declares no {@code toString()}, {@code equals}, {@code hashCode}): every non-static
 *       field (not {@code transient} for equals) that is not excluded ({@code @X.Exclude}, {@code
 *       exclude=}, {@code of=}, {@code onlyExplicitlyIncluded}). They go through the field's getter
 *       when it has one (declared, or generated), unless {@code doNotUseGetters = true}.
 *   <li>getters: {@code @Getter} on the field, or on the class, {@code @Data} or {@code @Value} for
 *       its non-static fields; setters: {@code @Setter} on the field, or on the class or
 *       {@code @Data} for its non-static non-final fields; never with {@code AccessLevel.NONE}, nor
 *       when the class declares a method of that name (any case) and parameter count.
 * </ul>
 *
 * <p>Not modelled: {@code lombok.config} and {@code @Accessors}, which rename or drop members.
 */
final class LombokMembers {
  private LombokMembers() {}

  /**
   * A plain access of a field by generated code.
   *
   * @param field the field
   * @param generator the qualified name of the annotation the code comes from
   * @param member the generated member
   */
  record Access(VariableDeclarator field, String generator, Member member) {}

  /** The plain accesses Lombok's code makes of the fields of {@code type} that {@code wanted}. */
  static List<Access> of(
      ClassOrInterfaceDeclaration type,
      Function<AnnotationExpr, TypeRef> resolve,
      java.util.function.Predicate<FieldDeclaration> wanted) {
    List<Access> accesses = new ArrayList<>();
    if (type.isInterface()) {
      return accesses;
    }
    Lombok lombok = new Lombok(resolve);
    Optional<AnnotationExpr> data = lombok.find(type, "Data");
    Optional<AnnotationExpr> value = lombok.find(type, "Value");
    Optional<AnnotationExpr> toString = lombok.find(type, "ToString");
    Optional<AnnotationExpr> equals = lombok.find(type, "EqualsAndHashCode");
    Optional<AnnotationExpr> getter = lombok.find(type, "Getter");
    Optional<AnnotationExpr> setter = lombok.find(type, "Setter");
    String dataOrValue =
        data.isPresent() ? "lombok.Data" : value.isPresent() ? "lombok.Value" : null;
    // The class-level annotation that generates each member, or null.
    String toStringFrom =
        toString.isPresent()
            ? "lombok.ToString"
            : dataOrValue != null && !declares(type, "toString", 0) ? dataOrValue : null;
    String equalsFrom =
        equals.isPresent()
            ? "lombok.EqualsAndHashCode"
            : dataOrValue != null && !declares(type, "equals", 1) && !declares(type, "hashCode", 0)
                ? dataOrValue
                : null;
    if (declares(type, "toString", 0)) {
      toStringFrom = null;
    }
    if (declares(type, "equals", 1) || declares(type, "hashCode", 0)) {
      equalsFrom = null;
    }
    String gettersFrom =
        getter.isPresent() && !lombok.noneLevel(getter.get()) ? "lombok.Getter" : dataOrValue;
    String settersFrom =
        setter.isPresent() && !lombok.noneLevel(setter.get())
            ? "lombok.Setter"
            : data.isPresent() ? "lombok.Data" : null;
    for (FieldDeclaration declaration : type.getFields()) {
      if (!wanted.test(declaration)) {
        continue;
      }
      for (VariableDeclarator field : declaration.getVariables()) {
        String name = field.getNameAsString();
        boolean isStatic = declaration.isStatic();
        boolean isBoolean = field.getType().asString().equals("boolean");
        String getterName = getterName(name, isBoolean);
        Optional<AnnotationExpr> ownGetter = lombok.find(declaration, "Getter");
        String getterFrom = null;
        if (ownGetter.isPresent()) {
          getterFrom = lombok.noneLevel(ownGetter.get()) ? null : "lombok.Getter";
        } else if (!isStatic) {
          getterFrom = gettersFrom;
        }
        boolean declaredGetter = declaresIgnoringCase(type, getterName, 0);
        if (getterFrom != null && !declaredGetter) {
          accesses.add(new Access(field, getterFrom, Member.GETTER));
        }
        boolean hasGetter = declaredGetter || getterFrom != null;
        Optional<AnnotationExpr> ownSetter = lombok.find(declaration, "Setter");
        String setterFrom = null;
        if (ownSetter.isPresent()) {
          setterFrom = lombok.noneLevel(ownSetter.get()) ? null : "lombok.Setter";
        } else if (!isStatic && !declaration.isFinal()) {
          setterFrom = settersFrom;
        }
        if (setterFrom != null && !declaresIgnoringCase(type, setterName(name, isBoolean), 1)) {
          accesses.add(new Access(field, setterFrom, Member.SETTER));
        }
        if (!isStatic && !name.startsWith("$")) {
          if (toStringFrom != null
              && lombok.includes(toString, declaration, name, "ToString")
              && !(hasGetter && lombok.usesGetters(toString))) {
            accesses.add(new Access(field, toStringFrom, Member.TO_STRING));
          }
          if (equalsFrom != null
              && !declaration.isTransient()
              && lombok.includes(equals, declaration, name, "EqualsAndHashCode")
              && !(hasGetter && lombok.usesGetters(equals))) {
            accesses.add(new Access(field, equalsFrom, Member.EQUALS_AND_HASH_CODE));
          }
        }
      }
    }
    return accesses;
  }

  /** {@code getX}, or {@code isX} for a {@code boolean} ({@code isX} stays {@code isX}). */
  static String getterName(String field, boolean isBoolean) {
    if (isBoolean && hasIsPrefix(field)) {
      return field;
    }
    return (isBoolean ? "is" : "get") + capitalized(field);
  }

  /** {@code setX} ({@code isX} of a {@code boolean} gives {@code setX}). */
  static String setterName(String field, boolean isBoolean) {
    return "set" + capitalized(isBoolean && hasIsPrefix(field) ? field.substring(2) : field);
  }

  private static boolean hasIsPrefix(String field) {
    return field.length() > 2 && field.startsWith("is") && Character.isUpperCase(field.charAt(2));
  }

  private static String capitalized(String name) {
    return name.isEmpty()
        ? name
        : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
  }

  private static boolean declares(ClassOrInterfaceDeclaration type, String name, int parameters) {
    for (MethodDeclaration method : type.getMethodsByName(name)) {
      if (method.getParameters().size() == parameters) {
        return true;
      }
    }
    return false;
  }

  /** Lombok generates no accessor when a method of that name (any case) and arity exists. */
  private static boolean declaresIgnoringCase(
      ClassOrInterfaceDeclaration type, String name, int parameters) {
    for (MethodDeclaration method : type.getMethods()) {
      if (method.getNameAsString().equalsIgnoreCase(name)
          && method.getParameters().size() == parameters) {
        return true;
      }
    }
    return false;
  }

  /** Lombok's annotations on one declaration, resolved through the unit's imports. */
  private record Lombok(Function<AnnotationExpr, TypeRef> resolve) {
    Optional<AnnotationExpr> find(NodeWithAnnotations<?> node, String simpleName) {
      String wanted = KnownApis.LOMBOK_PACKAGE + "." + simpleName;
      for (AnnotationExpr annotation : node.getAnnotations()) {
        if (resolve.apply(annotation).is(wanted)) {
          return Optional.of(annotation);
        }
      }
      return Optional.empty();
    }

    /** A nested annotation of Lombok's: {@code @ToString.Exclude}. */
    boolean hasNested(NodeWithAnnotations<?> node, String outer, String nested) {
      return find(node, outer + "." + nested).isPresent();
    }

    /** Whether {@code annotation}'s value is {@code AccessLevel.NONE}. */
    boolean noneLevel(AnnotationExpr annotation) {
      Expression value = attribute(annotation, "value");
      String text =
          value instanceof FieldAccessExpr access
              ? access.getNameAsString()
              : value instanceof NameExpr name ? name.getNameAsString() : "";
      return text.equals("NONE");
    }

    /** Whether {@code @ToString}/{@code @EqualsAndHashCode} takes {@code field} in. */
    boolean includes(
        Optional<AnnotationExpr> annotation,
        FieldDeclaration declaration,
        String field,
        String outer) {
      if (hasNested(declaration, outer, "Exclude")) {
        return false;
      }
      if (annotation.isEmpty()) {
        return true;
      }
      if (attribute(annotation.get(), "onlyExplicitlyIncluded") instanceof BooleanLiteralExpr b
          && b.getValue()) {
        return hasNested(declaration, outer, "Include");
      }
      Set<String> of = strings(attribute(annotation.get(), "of"));
      if (!of.isEmpty()) {
        return of.contains(field);
      }
      return !strings(attribute(annotation.get(), "exclude")).contains(field);
    }

    /** Whether the generated method calls a field's getter, when it has one. */
    boolean usesGetters(Optional<AnnotationExpr> annotation) {
      return !(annotation.isPresent()
          && attribute(annotation.get(), "doNotUseGetters") instanceof BooleanLiteralExpr b
          && b.getValue());
    }

    private static Expression attribute(AnnotationExpr annotation, String name) {
      if (annotation instanceof SingleMemberAnnotationExpr single && name.equals("value")) {
        return single.getMemberValue();
      }
      if (annotation instanceof NormalAnnotationExpr normal) {
        return normal.getPairs().stream()
            .filter(p -> p.getNameAsString().equals(name))
            .map(p -> p.getValue())
            .findFirst()
            .orElse(null);
      }
      return null;
    }

    private static Set<String> strings(Expression value) {
      if (value instanceof StringLiteralExpr s) {
        return Set.of(s.asString());
      }
      if (value instanceof ArrayInitializerExpr array) {
        Set<String> all = new java.util.HashSet<>();
        array.getValues().forEach(v -> all.addAll(strings(v)));
        return all;
      }
      return Set.of();
    }
  }
}
