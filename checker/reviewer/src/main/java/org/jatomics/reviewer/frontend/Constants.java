package org.jatomics.reviewer.frontend;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;

/** Compile-time string constants that can be read off the tree without a class path. */
final class Constants {
  private Constants() {}

  /** The value of a string literal, text block or {@code +} of such, or null. */
  static String string(Expression expression) {
    if (expression instanceof StringLiteralExpr literal
        && !(expression instanceof TextBlockLiteralExpr)) {
      return literal.asString();
    }
    if (expression instanceof TextBlockLiteralExpr block) {
      return block.asString();
    }
    if (expression instanceof EnclosedExpr enclosed) {
      return string(enclosed.getInner());
    }
    if (expression instanceof BinaryExpr binary
        && binary.getOperator() == BinaryExpr.Operator.PLUS) {
      String left = string(binary.getLeft());
      String right = string(binary.getRight());
      return left == null || right == null ? null : left + right;
    }
    return null;
  }
}
