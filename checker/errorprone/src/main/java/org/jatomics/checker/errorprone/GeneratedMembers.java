package org.jatomics.checker.errorprone;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import javax.lang.model.element.ElementKind;
import org.jatomics.checker.KnownApis;
import org.jatomics.checker.model.FieldRef;
import org.jatomics.checker.model.GeneratedFieldAccess;
import org.jatomics.checker.model.GeneratedFieldAccess.Member;
import org.jatomics.checker.model.SourceRange;
import org.jatomics.checker.model.UnitFacts;

/**
 * Members another processor generated into a user's class, as javac sees them after Lombok ran:
 * each has the position of the annotation it was generated from ({@code @ToString} on the class,
 * {@code @Getter} on a field) and, by default, {@code @lombok.Generated}. Their code is never
 * translated into ordinary facts (the user cannot edit it); their plain accesses of {@code @Atomic}
 * fields of the unit become {@link GeneratedFieldAccess} facts, reported on the field.
 */
final class GeneratedMembers {
  private final CompilationUnitTree unit;
  private final String text;
  private final VisitorState state;
  private final Function<Tree, SourceRange> range;
  private final Function<VarSymbol, FieldRef> fieldRef;

  /** The {@code @Atomic} annotation of each field of the unit that has one as written. */
  private Map<Symbol, SourceRange> atomicAnnotations;

  GeneratedMembers(
      CompilationUnitTree unit,
      String text,
      VisitorState state,
      Function<Tree, SourceRange> range,
      Function<VarSymbol, FieldRef> fieldRef) {
    this.unit = unit;
    this.text = text;
    this.state = state;
    this.range = range;
    this.fieldRef = fieldRef;
  }

  /**
   * The qualified name of the annotation {@code member} of {@code owner} was generated from, or
   * {@code null} if the user wrote it: a member that starts inside an annotation of the class or of
   * another member was generated from that annotation; one at the name of a field is a getter of
   * the class's {@code @Getter}, {@code @Data} or {@code @Value} (Lombok positions those there);
   * one marked {@code @lombok.Generated} and found nowhere else is Lombok's.
   */
  String generator(ClassTree owner, Tree member) {
    String found = null;
    // A declaration the user wrote has its name (a class its keyword) at its preferred position.
    int preferred = ((com.sun.tools.javac.tree.JCTree) member).pos;
    if (preferred >= 0 && preferred < text.length() && text.charAt(preferred) == '@') {
      int start = ASTHelpers.getStartPosition(member);
      found = annotationAt(owner.getModifiers().getAnnotations(), start);
      for (Tree other : owner.getMembers()) {
        if (found == null && other != member && other instanceof VariableTree field) {
          found = annotationAt(field.getModifiers().getAnnotations(), start);
        }
      }
    }
    if (found == null && preferred >= 0) {
      // Lombok's class-level getters carry the position of their field's name instead.
      for (Tree other : owner.getMembers()) {
        if (other != member
            && other instanceof VariableTree field
            && ((com.sun.tools.javac.tree.JCTree) field).pos == preferred) {
          found = classGetterAnnotation(owner);
        }
      }
    }
    if (found == null && ASTHelpers.hasAnnotation(member, KnownApis.LOMBOK_GENERATED, state)) {
      found = KnownApis.LOMBOK_GENERATED;
    }
    return found;
  }

  /**
   * The class's Lombok annotation that makes getters: {@code @Getter}, {@code @Data},
   * {@code @Value}.
   */
  private static String classGetterAnnotation(ClassTree owner) {
    for (String simpleName : new String[] {"Getter", "Data", "Value"}) {
      String wanted = KnownApis.LOMBOK_PACKAGE + "." + simpleName;
      for (AnnotationTree annotation : owner.getModifiers().getAnnotations()) {
        Symbol type = ASTHelpers.getSymbol(annotation.getAnnotationType());
        if (type != null && type.getQualifiedName().contentEquals(wanted)) {
          return wanted;
        }
      }
    }
    return null;
  }

  private String annotationAt(Iterable<? extends AnnotationTree> annotations, int position) {
    for (AnnotationTree annotation : annotations) {
      SourceRange r = range.apply(annotation);
      Symbol type = ASTHelpers.getSymbol(annotation.getAnnotationType());
      if (type != null && r.start() <= position && position < Math.max(r.end(), r.start() + 1)) {
        return type.getQualifiedName().toString();
      }
    }
    return null;
  }

  /**
   * Adds the plain accesses of the unit's {@code @Atomic} fields in {@code member} to {@code out}.
   */
  void collect(Tree member, String generator, UnitFacts.Builder out) {
    Member kind = kind(member, generator);
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitIdentifier(IdentifierTree tree, Void unused) {
        access(tree);
        return null;
      }

      @Override
      public Void visitMemberSelect(MemberSelectTree tree, Void unused) {
        access(tree);
        return super.visitMemberSelect(tree, null);
      }

      private void access(Tree tree) {
        if (ASTHelpers.getSymbol(tree) instanceof VarSymbol field
            && field.getKind() == ElementKind.FIELD) {
          SourceRange annotation = atomicAnnotations().get(field);
          if (annotation != null) {
            out.add(new GeneratedFieldAccess(fieldRef.apply(field), annotation, generator, kind));
          }
        }
      }
    }.scan(member, null);
  }

  /**
   * What the generated member is, from its name and what generated it (Lombok's {@code @Data} and
   * {@code @Value} make getters, {@code @Data} setters).
   */
  private static Member kind(Tree member, String generator) {
    if (!(member instanceof MethodTree method)) {
      return Member.OTHER;
    }
    String name = method.getName().toString();
    int parameters = method.getParameters().size();
    String annotation = generator.substring(generator.lastIndexOf('.') + 1);
    if (name.equals("toString") && parameters == 0) {
      return Member.TO_STRING;
    }
    if (((name.equals("equals") || name.equals("canEqual")) && parameters == 1)
        || (name.equals("hashCode") && parameters == 0)) {
      return Member.EQUALS_AND_HASH_CODE;
    }
    boolean lombok = generator.startsWith(KnownApis.LOMBOK_PACKAGE + ".");
    if (lombok
        && parameters == 0
        && switch (annotation) {
          case "Getter", "Data", "Value" -> true;
          default -> false;
        }) {
      return Member.GETTER;
    }
    if (lombok && parameters == 1 && (annotation.equals("Setter") || annotation.equals("Data"))) {
      return Member.SETTER;
    }
    return Member.OTHER;
  }

  private Map<Symbol, SourceRange> atomicAnnotations() {
    if (atomicAnnotations == null) {
      Map<Symbol, SourceRange> found = new HashMap<>();
      new TreeScanner<Void, Void>() {
        @Override
        public Void visitVariable(VariableTree tree, Void unused) {
          for (AnnotationTree annotation : tree.getModifiers().getAnnotations()) {
            Symbol type = ASTHelpers.getSymbol(annotation.getAnnotationType());
            if (type != null && type.getQualifiedName().contentEquals(KnownApis.ATOMIC)) {
              found.put(ASTHelpers.getSymbol(tree), range.apply(annotation));
            }
          }
          return super.visitVariable(tree, null);
        }
      }.scan(unit, null);
      atomicAnnotations = found;
    }
    return atomicAnnotations;
  }
}
