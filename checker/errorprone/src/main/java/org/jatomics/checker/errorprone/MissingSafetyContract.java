package org.jatomics.checker.errorprone;

import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import javax.inject.Inject;
import org.jatomics.checker.CheckName;

/**
 * The {@code MissingSafetyContract} check as an Error Prone plugin: see {@link
 * CheckName#MissingSafetyContract} and the project's {@code docs/checks/MissingSafetyContract.md}.
 * The rule itself lives in the front-end-neutral core.
 */
@BugPattern(
    summary = "@SafetyContract is blank, or an override does not restate it",
    severity = BugPattern.SeverityLevel.WARNING,
    // No link unless the user sets -XepOpt:Jatomics:DocsUrl (the page is in the jar: jatomics
    // explain).
    linkType = BugPattern.LinkType.NONE)
public final class MissingSafetyContract extends JatomicsBugChecker {
  private static final long serialVersionUID = 1L;

  /**
   * For the service loader; Error Prone itself uses {@link
   * #MissingSafetyContract(ErrorProneFlags)}.
   */
  public MissingSafetyContract() {
    this(ErrorProneFlags.empty());
  }

  /** Reads the {@code -XepOpt:Jatomics:...} options from {@code flags}. */
  @Inject
  public MissingSafetyContract(ErrorProneFlags flags) {
    super(flags);
  }
}
