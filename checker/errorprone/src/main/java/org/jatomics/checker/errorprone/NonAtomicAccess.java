package org.jatomics.checker.errorprone;

import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import javax.inject.Inject;
import org.jatomics.checker.CheckName;

/**
 * The {@code NonAtomicAccess} check as an Error Prone plugin: see {@link CheckName#NonAtomicAccess}
 * and the project's {@code docs/checks/NonAtomicAccess.md}. The rule itself lives in the
 * front-end-neutral core.
 */
@BugPattern(
    summary = "Plain access of an @Atomic field races with its atomic accesses",
    severity = BugPattern.SeverityLevel.ERROR,
    // No link unless the user sets -XepOpt:Jatomics:DocsUrl (the page is in the jar: jatomics
    // explain).
    linkType = BugPattern.LinkType.NONE)
public final class NonAtomicAccess extends JatomicsBugChecker {
  private static final long serialVersionUID = 1L;

  /** For the service loader; Error Prone itself uses {@link #NonAtomicAccess(ErrorProneFlags)}. */
  public NonAtomicAccess() {
    this(ErrorProneFlags.empty());
  }

  /** Reads the {@code -XepOpt:Jatomics:...} options from {@code flags}. */
  @Inject
  public NonAtomicAccess(ErrorProneFlags flags) {
    super(flags);
  }
}
