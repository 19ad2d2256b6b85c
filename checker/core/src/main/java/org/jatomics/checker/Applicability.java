package org.jatomics.checker;

/**
 * How safe a suggested fix is to apply without reading it, as clippy's {@code Applicability} and
 * ruff's fix safety say it. {@code jatomics review --fix} applies only {@link #MACHINE_APPLICABLE}
 * fixes unless {@code --unsafe-fixes} is given; every front end shows all three kinds.
 */
public enum Applicability {
  /**
   * The edit keeps what the code means in one thread and only strengthens what it guarantees across
   * threads (a plain access becomes an accessor call, {@code RELAXED} becomes {@code ACQUIRE}, an
   * inherited contract is restated word for word). Safe to apply in bulk.
   */
  MACHINE_APPLICABLE("machine-applicable"),

  /**
   * The edit is right in the common case but can change behaviour or drop something a person wrote
   * (a compound update becomes a {@code cmpxchg} loop that evaluates its operand on every retry; a
   * stale {@code // SAFETY:} comment is deleted). Read it before applying.
   */
  NEEDS_REVIEW("needs-review"),

  /**
   * The edit inserts text the user must complete ({@code // SAFETY: TODO ...},
   * {@code @SafetyContract("TODO ...")}): applying it makes the finding go away without justifying
   * anything, so it is never applied in bulk by default.
   */
  HAS_PLACEHOLDERS("has-placeholders");

  private final String id;

  Applicability(String id) {
    this.id = id;
  }

  /**
   * The name reports use ({@code machine-applicable}, {@code needs-review}, {@code
   * has-placeholders}).
   */
  public String id() {
    return id;
  }
}
