package org.jatomics.samples.mistakes;

import static org.jatomics.Ordering.ACQUIRE;
import static org.jatomics.Ordering.RELAXED;
import static org.jatomics.Ordering.RELEASE;

import org.jatomics.annotations.Atomic;

/** RelaxedDependentLoad: a RELAXED load of a published object whose fields are then read. */
public final class Registry {
  /** An immutable-looking, but not final-field, snapshot. */
  static final class Snapshot {
    String name = "";
    int version;
  }

  @Atomic private Snapshot current = new Snapshot();

  /**
   * Publishes a new snapshot.
   *
   * @param name its name
   * @param version its version
   */
  public void publish(String name, int version) {
    Snapshot s = new Snapshot();
    s.name = name;
    s.version = version;
    RegistryAtomics.storeCurrent(this, s, RELEASE);
  }

  /**
   * The current version, possibly read from a half-published snapshot (the mistake).
   *
   * @return the version
   */
  public int versionRacy() {
    return RegistryAtomics.loadCurrent(this, RELAXED).version;
  }

  /**
   * The current version.
   *
   * @return the version
   */
  public int version() {
    return RegistryAtomics.loadCurrent(this, ACQUIRE).version;
  }
}
