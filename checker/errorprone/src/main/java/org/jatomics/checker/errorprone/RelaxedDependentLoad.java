package org.jatomics.checker.errorprone;

import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import javax.inject.Inject;
import org.jatomics.checker.CheckName;

/**
 * The {@code RelaxedDependentLoad} check as an Error Prone plugin: see {@link
 * CheckName#RelaxedDependentLoad} and the project's {@code docs/checks/RelaxedDependentLoad.md}.
 * The rule itself lives in the front-end-neutral core.
 */
@BugPattern(
    summary = "RELAXED load whose value is dereferenced needs ACQUIRE or CONSUME ordering",
    severity = BugPattern.SeverityLevel.WARNING,
    // No link unless the user sets -XepOpt:Jatomics:DocsUrl (the page is in the jar: jatomics
    // explain).
    linkType = BugPattern.LinkType.NONE)
public final class RelaxedDependentLoad extends JatomicsBugChecker {
  private static final long serialVersionUID = 1L;

  /**
   * For the service loader; Error Prone itself uses {@link #RelaxedDependentLoad(ErrorProneFlags)}.
   */
  public RelaxedDependentLoad() {
    this(ErrorProneFlags.empty());
  }

  /** Reads the {@code -XepOpt:Jatomics:...} options from {@code flags}. */
  @Inject
  public RelaxedDependentLoad(ErrorProneFlags flags) {
    super(flags);
  }
}
