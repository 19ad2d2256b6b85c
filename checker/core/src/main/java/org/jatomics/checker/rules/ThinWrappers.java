package org.jatomics.checker.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jatomics.checker.model.MethodBody;
import org.jatomics.checker.model.SourceRange;
import org.jatomics.checker.model.StatementRegion;
import org.jatomics.checker.model.UnitFacts;
import org.jatomics.checker.model.UnsafeOperation;

/**
 * Thin wrappers (contract section 7): methods and constructors whose body is one statement. In a
 * wrapper with a {@code @SafetyContract} the statement needs no {@code // SAFETY:} comment (the
 * contract passes on to the callers); for a wrapper without one, the fix adds the contract.
 */
final class ThinWrappers {
  /** The one-statement bodies, by the id of their statement. */
  private final Map<Integer, MethodBody> byStatement = new HashMap<>();

  private final UnitFacts facts;

  ThinWrappers(UnitFacts facts) {
    this.facts = facts;
    if (facts.methodBodies().isEmpty()) {
      return;
    }
    List<StatementRegion> roots = new ArrayList<>();
    for (StatementRegion s : facts.statements()) {
      if (s.parent() == StatementRegion.NONE && s.kind() != StatementRegion.Kind.DECLARATION) {
        roots.add(s);
      }
    }
    for (MethodBody body : facts.methodBodies()) {
      StatementRegion only = onlyStatement(body.body(), roots);
      if (only != null) {
        byStatement.put(only.id(), body);
      }
    }
  }

  /**
   * The outermost statements inside {@code body} (statements of local and anonymous classes inside
   * them are not outermost), if there is exactly one.
   */
  private static StatementRegion onlyStatement(SourceRange body, List<StatementRegion> roots) {
    StatementRegion only = null;
    for (StatementRegion s : roots) {
      if (!contains(body, s.range()) || s.range().start() == body.start()) {
        continue;
      }
      if (only == null || contains(s.range(), only.range())) {
        only = s;
      } else if (!contains(only.range(), s.range())) {
        return null;
      }
    }
    return only;
  }

  private static boolean contains(SourceRange outer, SourceRange inner) {
    return outer.start() <= inner.start() && inner.end() <= outer.end();
  }

  /**
   * The wrapper whose one statement is (or, through lambdas, contains) the statement of {@code op},
   * or null.
   */
  MethodBody wrapping(UnsafeOperation op) {
    if (byStatement.isEmpty()) {
      return null;
    }
    StatementRegion s = facts.statement(op.site().statement());
    while (s != null && s.parent() != StatementRegion.NONE) {
      s = facts.statement(s.parent());
    }
    return s == null ? null : byStatement.get(s.id());
  }
}
