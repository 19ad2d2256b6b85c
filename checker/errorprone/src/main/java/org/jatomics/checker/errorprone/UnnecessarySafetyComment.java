package org.jatomics.checker.errorprone;

import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import javax.inject.Inject;
import org.jatomics.checker.CheckName;

/**
 * The {@code UnnecessarySafetyComment} check as an Error Prone plugin: see {@link
 * CheckName#UnnecessarySafetyComment} and the project's {@code
 * docs/checks/UnnecessarySafetyComment.md}. The rule itself lives in the front-end-neutral core.
 */
@BugPattern(
    summary = "// SAFETY: comment on a statement that has no unsafe operation",
    severity = BugPattern.SeverityLevel.WARNING,
    // No link unless the user sets -XepOpt:Jatomics:DocsUrl (the page is in the jar: jatomics
    // explain).
    linkType = BugPattern.LinkType.NONE)
public final class UnnecessarySafetyComment extends JatomicsBugChecker {
  private static final long serialVersionUID = 1L;

  /**
   * For the service loader; Error Prone itself uses {@link
   * #UnnecessarySafetyComment(ErrorProneFlags)}.
   */
  public UnnecessarySafetyComment() {
    this(ErrorProneFlags.empty());
  }

  /** Reads the {@code -XepOpt:Jatomics:...} options from {@code flags}. */
  @Inject
  public UnnecessarySafetyComment(ErrorProneFlags flags) {
    super(flags);
  }
}
