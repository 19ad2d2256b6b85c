package org.jatomics.checker.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jatomics.checker.Applicability;
import org.jatomics.checker.Fix;
import org.jatomics.checker.KnownApis;
import org.jatomics.checker.Message;
import org.jatomics.checker.MessageTemplate;
import org.jatomics.checker.Messages;
import org.jatomics.checker.TextEdit;
import org.jatomics.checker.model.GeneratedFieldAccess;
import org.jatomics.checker.model.SourceRange;
import org.jatomics.checker.model.UnitFacts;

/**
 * NonAtomicAccess for code another processor generated into the user's class (contract section 5):
 * never a finding inside that code, which the user cannot edit, but one finding per {@code @Atomic}
 * field it accesses, on the field's {@code @Atomic} annotation, naming the annotations the code
 * came from and the way out. Lombok's {@code toString()} and {@code equals}/{@code hashCode} leave
 * a field out when it is marked {@code @ToString.Exclude} / {@code @EqualsAndHashCode.Exclude} (the
 * fix adds them); its getters and setters are not generated when the class declares them, so the
 * way out there is to write them with the accessors.
 */
final class GeneratedAccesses {
  private GeneratedAccesses() {}

  /** Reports the unit's generated accesses, once per field, in the order of the fields. */
  static void report(UnitFacts facts, Reporter out) {
    Map<SourceRange, List<GeneratedFieldAccess>> byField = new LinkedHashMap<>();
    facts.generatedAccesses().stream()
        .sorted(
            Comparator.comparingInt((GeneratedFieldAccess a) -> a.atomicAnnotation().start())
                .thenComparing(GeneratedFieldAccess::member)
                .thenComparing(GeneratedFieldAccess::generator))
        .forEach(a -> byField.computeIfAbsent(a.atomicAnnotation(), r -> new ArrayList<>()).add(a));
    out.forEach(
        List.copyOf(byField.values()),
        accesses -> accesses.get(0).atomicAnnotation(),
        accesses -> reportField(accesses, out));
  }

  /** One finding for one field: {@code accesses} are sorted by member kind. */
  private static void reportField(List<GeneratedFieldAccess> accesses, Reporter out) {
    GeneratedFieldAccess first = accesses.get(0);
    boolean lombok = true;
    Set<String> generators = new LinkedHashSet<>();
    Set<String> exclusions = new LinkedHashSet<>();
    boolean getter = false;
    boolean setter = false;
    Set<String> noWayOut = new LinkedHashSet<>();
    for (GeneratedFieldAccess access : accesses) {
      String generator = "@" + simpleName(access.generator());
      generators.add(generator);
      if (!isLombok(access.generator())) {
        lombok = false;
        noWayOut.add(generator);
        continue;
      }
      switch (access.member()) {
        case TO_STRING -> exclusions.add("@ToString.Exclude");
        case EQUALS_AND_HASH_CODE -> exclusions.add("@EqualsAndHashCode.Exclude");
        case GETTER -> getter = true;
        case SETTER -> setter = true;
        case OTHER -> noWayOut.add(generator);
      }
    }
    Fix fix = null;
    if (lombok && !getter && !setter && noWayOut.isEmpty()) {
      fix = exclude(first, exclusions);
    }
    out.report(
        first.atomicAnnotation(),
        Messages.generatedAccess(
            first.field(),
            List.copyOf(generators),
            lombok,
            List.copyOf(exclusions),
            getter,
            setter,
            List.copyOf(noWayOut)),
        fix);
  }

  /**
   * Adds the exclusions before the field's {@code @Atomic}: the generated members then leave the
   * field out, and no code reads it plainly. It changes what {@code toString()} prints and what
   * {@code equals} compares: to be read before it is applied.
   */
  private static Fix exclude(GeneratedFieldAccess access, Set<String> exclusions) {
    List<String> imports = new ArrayList<>();
    for (String exclusion : exclusions) {
      imports.add(
          KnownApis.LOMBOK_PACKAGE + "." + exclusion.substring(1, exclusion.lastIndexOf('.')));
    }
    int at = access.atomicAnnotation().start();
    return new Fix(
        Message.of(MessageTemplate.FIX_EXCLUDE_FROM_GENERATED, access.field().name()),
        Applicability.NEEDS_REVIEW,
        List.of(new TextEdit(new SourceRange(at, at), String.join(" ", exclusions) + " ")),
        imports,
        List.of());
  }

  private static boolean isLombok(String annotation) {
    return annotation.startsWith(KnownApis.LOMBOK_PACKAGE + ".");
  }

  /** {@code ToString} for {@code lombok.ToString}, {@code Getter} for {@code lombok.Getter}. */
  private static String simpleName(String annotation) {
    return annotation.substring(annotation.lastIndexOf('.') + 1);
  }
}
