package org.jatomics.checker.errorprone;

import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import javax.inject.Inject;
import org.jatomics.checker.CheckName;

/**
 * The {@code MixedAccessMode} check as an Error Prone plugin: see {@link CheckName#MixedAccessMode}
 * and the project's {@code docs/checks/MixedAccessMode.md}. The rule itself lives in the
 * front-end-neutral core.
 */
@BugPattern(
    summary =
        "Field accessed atomically (VarHandle, field updater or Unsafe offset) and also plainly",
    severity = BugPattern.SeverityLevel.WARNING,
    // No link unless the user sets -XepOpt:Jatomics:DocsUrl (the page is in the jar: jatomics
    // explain).
    linkType = BugPattern.LinkType.NONE)
public final class MixedAccessMode extends JatomicsBugChecker {
  private static final long serialVersionUID = 1L;

  /** For the service loader; Error Prone itself uses {@link #MixedAccessMode(ErrorProneFlags)}. */
  public MixedAccessMode() {
    this(ErrorProneFlags.empty());
  }

  /** Reads the {@code -XepOpt:Jatomics:...} options from {@code flags}. */
  @Inject
  public MixedAccessMode(ErrorProneFlags flags) {
    super(flags);
  }
}
