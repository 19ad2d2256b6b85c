package org.jatomics.reviewer.frontend;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.nodeTypes.NodeWithVariables;
import com.github.javaparser.ast.type.Type;

/**
 * Questions about JavaParser nodes answered by identity. {@code Node.equals} is structural (a
 * visitor comparing both subtrees), so {@code NodeList.contains} and {@code
 * NodeWithVariables.getElementType} walk trees, and on a cold JVM have C2 compile JavaParser's
 * equality visitor (a 50 KB compilation of one {@code accept} method) for a question about one
 * node.
 */
// Identity is the point: Node.equals is structural
@SuppressWarnings("ReferenceEquality")
final class Nodes {
  private Nodes() {}

  /** Whether {@code node} itself is an element of {@code list}. */
  static boolean containsSame(NodeList<?> list, Node node) {
    for (Node element : list) {
      if (element == node) {
        return true;
      }
    }
    return false;
  }

  /**
   * The element type of a declaration of variables as written ({@code int} in {@code int a, b[];}):
   * the first variable's. JavaParser's {@code getElementType} returns the same node after checking,
   * structurally, that every variable's element type equals it, which a parsed declaration always
   * satisfies (its variables share the one type written before them).
   */
  static Type elementType(NodeWithVariables<?> declaration) {
    return declaration.getVariable(0).getType().getElementType();
  }
}
