package org.jatomics.checker.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jatomics.checker.model.FieldAccess;
import org.jatomics.checker.model.ReferenceEvent;
import org.jatomics.checker.model.SourceRange;
import org.jatomics.checker.model.StatementRegion;
import org.jatomics.checker.model.UnitFacts;

/**
 * Whether the object of a field access may already be visible to other threads (contract section 7,
 * "Unpublished objects"), from the unit's {@link ReferenceEvent}s.
 *
 * <p>The analysis is flow-sensitive over source order, conservative ("may escape"): walking back
 * from the access, the assignments of its reference must all give unpublished objects until one
 * that runs on every path to the access (no {@code if}, {@code switch}, loop or {@code try}
 * contains it without containing the access); from that assignment on, no escape may come before
 * the access, none inside the access's own assignment ({@code n.next = publish(n)}), and none and
 * no other assignment anywhere in a loop around the access that the dominating assignment is not
 * part of (a later iteration may reach the access after it).
 */
final class Publication {
  private static final Set<StatementRegion.Kind> CONDITIONAL =
      EnumSet.of(
          StatementRegion.Kind.IF,
          StatementRegion.Kind.SWITCH,
          StatementRegion.Kind.FOR,
          StatementRegion.Kind.FOREACH,
          StatementRegion.Kind.WHILE,
          StatementRegion.Kind.DO,
          StatementRegion.Kind.TRY);
  private static final Set<StatementRegion.Kind> LOOPS =
      EnumSet.of(
          StatementRegion.Kind.FOR,
          StatementRegion.Kind.FOREACH,
          StatementRegion.Kind.WHILE,
          StatementRegion.Kind.DO);

  private final UnitFacts facts;
  private final Map<SourceRange, Integer> objectOf = new HashMap<>();
  private final Map<Integer, List<ReferenceEvent>> events = new HashMap<>();

  private Publication(UnitFacts facts) {
    this.facts = facts;
    for (ReferenceEvent event : facts.referenceEvents()) {
      if (event.kind() == ReferenceEvent.Kind.OBJECT_OF) {
        objectOf.put(event.range(), event.variable());
      } else {
        events.computeIfAbsent(event.variable(), k -> new ArrayList<>()).add(event);
      }
    }
  }

  /** The analysis of {@code facts}' reference events. */
  static Publication of(UnitFacts facts) {
    return new Publication(facts);
  }

  /**
   * Whether the front end tracked the object of {@code access}: a {@link
   * ReferenceEvent.Kind#OBJECT_OF} event names it.
   */
  boolean tracked(FieldAccess access) {
    return objectOf.containsKey(access.range());
  }

  /** Whether the tracked object of {@code access} is certainly unpublished at the access. */
  boolean unpublished(FieldAccess access) {
    Integer variable = objectOf.get(access.range());
    if (variable == null) {
      return false;
    }
    SourceRange at = access.range();
    List<ReferenceEvent> history = events.getOrDefault(variable, List.of());
    List<ReferenceEvent> assignmentsBefore = new ArrayList<>();
    for (ReferenceEvent event : history) {
      if (event.kind() != ReferenceEvent.Kind.ESCAPE && event.range().end() <= at.start()) {
        assignmentsBefore.add(event);
      }
    }
    assignmentsBefore.sort(
        Comparator.comparingInt((ReferenceEvent e) -> e.range().end()).reversed());
    List<StatementRegion> around = loopsAround(at);
    ReferenceEvent dominating = null;
    for (ReferenceEvent assignment : assignmentsBefore) {
      if (assignment.kind() != ReferenceEvent.Kind.UNPUBLISHED) {
        return false;
      }
      if (!conditionalRelativeTo(assignment.range(), at)) {
        dominating = assignment;
        break;
      }
    }
    if (dominating == null) {
      return false;
    }
    SourceRange update = access.update() == null ? at : access.update().range();
    for (ReferenceEvent event : history) {
      SourceRange where = event.range();
      boolean escape = event.kind() == ReferenceEvent.Kind.ESCAPE;
      if (escape && where.start() >= dominating.range().end() && where.start() < at.start()) {
        return false;
      }
      if (escape && where.start() >= update.start() && where.end() <= update.end()) {
        return false;
      }
      boolean mayComeBack = escape || event.kind() == ReferenceEvent.Kind.ASSIGNED;
      if (mayComeBack && !event.equals(dominating)) {
        for (StatementRegion loop : around) {
          if (contains(loop.range(), where) && !contains(loop.range(), dominating.range())) {
            return false;
          }
        }
      }
    }
    return true;
  }

  /**
   * Whether some branch, loop or {@code try} contains {@code assignment} but not {@code access}.
   */
  private boolean conditionalRelativeTo(SourceRange assignment, SourceRange access) {
    for (StatementRegion statement : facts.statements()) {
      if (CONDITIONAL.contains(statement.kind())
          && contains(statement.range(), assignment)
          && !contains(statement.range(), access)) {
        return true;
      }
    }
    return false;
  }

  private List<StatementRegion> loopsAround(SourceRange access) {
    List<StatementRegion> loops = new ArrayList<>();
    for (StatementRegion statement : facts.statements()) {
      if (LOOPS.contains(statement.kind()) && contains(statement.range(), access)) {
        loops.add(statement);
      }
    }
    return loops;
  }

  private static boolean contains(SourceRange outer, SourceRange inner) {
    return outer.start() <= inner.start() && inner.end() <= outer.end();
  }
}
