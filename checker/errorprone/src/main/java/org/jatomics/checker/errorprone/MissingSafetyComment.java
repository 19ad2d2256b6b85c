package org.jatomics.checker.errorprone;

import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import javax.inject.Inject;
import org.jatomics.checker.CheckName;

/**
 * The {@code MissingSafetyComment} check as an Error Prone plugin: see {@link
 * CheckName#MissingSafetyComment} and the project's {@code docs/checks/MissingSafetyComment.md}.
 * The rule itself lives in the front-end-neutral core.
 */
@BugPattern(
    summary = "Unsafe operation without a // SAFETY: comment",
    severity = BugPattern.SeverityLevel.WARNING,
    // No link unless the user sets -XepOpt:Jatomics:DocsUrl (the page is in the jar: jatomics
    // explain).
    linkType = BugPattern.LinkType.NONE)
public final class MissingSafetyComment extends JatomicsBugChecker {
  private static final long serialVersionUID = 1L;

  /**
   * For the service loader; Error Prone itself uses {@link #MissingSafetyComment(ErrorProneFlags)}.
   */
  public MissingSafetyComment() {
    this(ErrorProneFlags.empty());
  }

  /** Reads the {@code -XepOpt:Jatomics:...} options from {@code flags}. */
  @Inject
  public MissingSafetyComment(ErrorProneFlags flags) {
    super(flags);
  }
}
