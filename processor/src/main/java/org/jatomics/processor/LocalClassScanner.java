package org.jatomics.processor;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.util.IdentityHashMap;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Finds {@code @Atomic} fields in local and anonymous classes, which javac never shows to
 * annotation processors (they live inside method bodies), and reports each one as an error.
 *
 * <p>The trees are not attributed yet when processors run, so the annotation is recognised by name:
 * {@code @org.jatomics.annotations.Atomic}, or {@code @Atomic} in a file that imports it (singly or
 * on demand). Works only inside javac (through the {@code com.sun.source} API); other compilers
 * skip the check.
 */
final class LocalClassScanner {
  private static final String PACKAGE = "org.jatomics.annotations";
  private static final String QUALIFIED = PACKAGE + ".Atomic";

  private final Trees trees;

  /** Whether each compilation unit mentions {@code Atomic}: read each source once per round. */
  private final IdentityHashMap<CompilationUnitTree, Boolean> mentions = new IdentityHashMap<>();

  private LocalClassScanner(Trees trees) {
    this.trees = trees;
  }

  /** A scanner for javac, or null when the compiler does not offer the tree API. */
  static LocalClassScanner create(ProcessingEnvironment env) {
    try {
      return new LocalClassScanner(Trees.instance(env));
    } catch (IllegalArgumentException notJavac) {
      return null;
    }
  }

  /** Reports every {@code @Atomic} field of a local or anonymous class inside {@code root}. */
  void scan(TypeElement root) {
    TreePath path = trees.getPath(root);
    if (path == null) {
      return; // a class read from a class file
    }
    CompilationUnitTree unit = path.getCompilationUnit();
    if (!mentions.computeIfAbsent(unit, LocalClassScanner::mentionsAtomic)) {
      return; // the common case: no need to walk method bodies
    }
    boolean imported = importsAtomic(unit.getImports());
    new TreePathScanner<Void, Integer>() {
      /* {@code depth} counts the method bodies and initializers we are inside of. */
      @Override
      public Void visitClass(ClassTree node, Integer depth) {
        for (Tree member : node.getMembers()) {
          if (member instanceof VariableTree field) {
            if (depth > 0 && isAtomic(field, imported)) {
              trees.printMessage(
                  Diagnostic.Kind.ERROR,
                  String.format(ModelBuilder.LOCAL_CLASS_MESSAGE, field.getName()),
                  field,
                  unit);
            }
            scan(field.getInitializer(), depth + 1);
          } else if (member instanceof MethodTree
              || member instanceof com.sun.source.tree.BlockTree) {
            scan(member, depth + 1);
          } else {
            scan(member, depth);
          }
        }
        return null;
      }

      @Override
      public Void visitNewClass(NewClassTree node, Integer depth) {
        // an anonymous class body (also an enum constant's body) is always local
        scan(node.getEnclosingExpression(), depth);
        scan(node.getArguments(), depth);
        if (node.getClassBody() != null) {
          visitClass(node.getClassBody(), Math.max(depth, 1));
        }
        return null;
      }
    }.scan(path, 0);
  }

  /** Whether the source text mentions {@code Atomic} at all (cheaper than walking the tree). */
  private static boolean mentionsAtomic(CompilationUnitTree unit) {
    try {
      return unit.getSourceFile().getCharContent(true).toString().contains("Atomic");
    } catch (java.io.IOException e) {
      return true; // cannot tell: walk the tree
    }
  }

  private static boolean importsAtomic(List<? extends ImportTree> imports) {
    for (ImportTree i : imports) {
      String name = i.getQualifiedIdentifier().toString();
      if (!i.isStatic() && (name.equals(QUALIFIED) || name.equals(PACKAGE + ".*"))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAtomic(VariableTree field, boolean imported) {
    for (AnnotationTree annotation : field.getModifiers().getAnnotations()) {
      Tree type = annotation.getAnnotationType();
      if (type instanceof IdentifierTree id && imported && id.getName().contentEquals("Atomic")) {
        return true;
      }
      if (type instanceof MemberSelectTree select && select.toString().equals(QUALIFIED)) {
        return true;
      }
    }
    return false;
  }
}
