package org.jatomics.checker.rules;

import java.util.ArrayList;
import java.util.List;
import org.jatomics.checker.model.FieldAccess;
import org.jatomics.checker.model.UnitFacts;
import org.jatomics.checker.model.UnsafeOperation;

/**
 * All unsafe operations of a unit: the front end's calls plus writes of {@code @SafetyContract}
 * fields.
 */
final class UnsafeOperations {
  private UnsafeOperations() {}

  /**
   * The unsafe calls the front end found, and every write or compound update of a field with a
   * {@code @SafetyContract} outside the initialization of its own object or class.
   */
  static List<UnsafeOperation> of(UnitFacts facts) {
    List<UnsafeOperation> all = new ArrayList<>(facts.unsafeOperations());
    for (FieldAccess access : facts.fieldAccesses()) {
      if (access.field().safetyContract() != null
          && access.kind() != FieldAccess.Kind.READ
          && !Exemptions.duringInitialization(access)) {
        all.add(
            new UnsafeOperation(
                UnsafeOperation.Kind.SAFETY_CONTRACT_FIELD_WRITE,
                "write of " + access.field().name(),
                access.field().safetyContract(),
                access.range(),
                access.site()));
      }
    }
    return all;
  }
}
