package org.jatomics.checker.rules;

import org.jatomics.checker.model.FieldAccess;
import org.jatomics.checker.model.FieldRef;
import org.jatomics.checker.model.Site;

/**
 * Where a plain access of a shared field is not a race (contract section 7, "Unpublished objects"):
 * while no other thread can see the object (see {@link Publication}), a static field in its own
 * class's static initializer, and inside the generated {@code *Atomics} classes.
 */
final class Exemptions {
  private Exemptions() {}

  /** Whether a plain access of {@code access.field()} at its site is exempt. */
  static boolean plainAccessAllowed(FieldAccess access, Publication publication) {
    Site site = access.site();
    if (site.generatedAccessors()) {
      return true;
    }
    if (publication.tracked(access)) {
      return publication.unpublished(access);
    }
    return duringInitialization(access);
  }

  /**
   * For an access whose object the front end did not track: whether it happens while its field's
   * object (or, for a static field, its class) is being initialized by the declaring class itself.
   */
  static boolean duringInitialization(FieldAccess access) {
    FieldRef field = access.field();
    Site site = access.site();
    if (site.enclosingClass() == null
        || !site.enclosingClass().equals(field.ownerQualifiedName())) {
      return false;
    }
    if (field.isStatic()) {
      return site.region() == Site.Region.STATIC_INITIALIZER;
    }
    boolean construction =
        site.region() == Site.Region.CONSTRUCTOR
            || site.region() == Site.Region.INSTANCE_INITIALIZER;
    boolean throughThis =
        access.receiver() == FieldAccess.Receiver.IMPLICIT_THIS
            || access.receiver() == FieldAccess.Receiver.THIS;
    return construction && throughThis;
  }
}
