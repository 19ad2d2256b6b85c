package org.jatomics.reviewer.frontend;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.DataKey;
import com.github.javaparser.ast.comments.Comment;
import java.util.Collection;
import java.util.List;

/**
 * The comments of a parsed unit. The checks read comments by position only (a SAFETY comment is
 * matched to the statements around it by offsets), never the node JavaParser attributes a comment
 * to, so the reviewer parses without attribution (JavaParser's {@code CommentsInserter}, 4% of a
 * parse) and keeps the parser's comment list on the unit instead. A unit parsed with attribution
 * (JavaParser's default) gives its attributed and orphan comments.
 */
public final class UnitComments {
  private UnitComments() {}

  private static final DataKey<List<Comment>> KEY = new DataKey<>() {};

  /** Keeps {@code comments}, every comment of {@code unit}'s text, on {@code unit}. */
  public static void keep(CompilationUnit unit, Collection<Comment> comments) {
    unit.setData(KEY, List.copyOf(comments));
  }

  /** Every comment of {@code unit}, in no particular order. */
  public static List<Comment> of(CompilationUnit unit) {
    return unit.containsData(KEY) ? unit.getData(KEY) : unit.getAllComments();
  }
}
