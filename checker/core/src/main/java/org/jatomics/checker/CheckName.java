package org.jatomics.checker;

/**
 * The six checks (contract section 7). {@link #name()} is the name users see in diagnostics ({@code
 * [NonAtomicAccess]}), in {@code @SuppressWarnings("NonAtomicAccess")} and in {@code
 * -Xep:NonAtomicAccess:OFF}.
 */
public enum CheckName {
  /** A plain read, write or compound update of an {@code @Atomic} field. */
  NonAtomicAccess(
      Severity.ERROR, "Plain access of an @Atomic field races with its atomic accesses"),
  /** A field accessed both atomically (VarHandle, updater, Unsafe offset) and plainly. */
  MixedAccessMode(
      Severity.WARNING,
      "Field accessed atomically (VarHandle, field updater or Unsafe offset) and also plainly"),
  /** A relaxed load whose value is dereferenced, or of an {@code @Consume} field. */
  RelaxedDependentLoad(
      Severity.WARNING,
      "RELAXED load whose value is dereferenced needs ACQUIRE or CONSUME ordering"),
  /** An unsafe operation without a {@code // SAFETY:} comment. */
  MissingSafetyComment(Severity.WARNING, "Unsafe operation without a // SAFETY: comment"),
  /** A blank {@code @SafetyContract}, or an override that does not restate one. */
  MissingSafetyContract(
      Severity.WARNING, "@SafetyContract is blank, or an override does not restate it"),
  /** A {@code // SAFETY:} comment on a statement without an unsafe operation. */
  UnnecessarySafetyComment(
      Severity.WARNING, "// SAFETY: comment on a statement that has no unsafe operation");

  private final Severity defaultSeverity;
  private final String summary;

  CheckName(Severity defaultSeverity, String summary) {
    this.defaultSeverity = defaultSeverity;
    this.summary = summary;
  }

  /** The severity the check reports at unless configured otherwise. */
  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  /** One line saying what the check flags (Error Prone's summary, SARIF's shortDescription). */
  public String summary() {
    return summary;
  }

  /** The check called {@code name}, ignoring case. */
  public static java.util.Optional<CheckName> named(String name) {
    for (CheckName check : values()) {
      if (check.name().equalsIgnoreCase(name.trim())) {
        return java.util.Optional.of(check);
      }
    }
    return java.util.Optional.empty();
  }
}
