package org.jatomics.checker;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Each check's documentation page ({@code docs/checks/NAME.md}), bundled in this jar so that every
 * front end can show it without a network or a checkout: {@code jatomics explain NAME}, SARIF
 * rules' {@code help}, the language server's hover.
 */
public final class CheckDocs {
  private CheckDocs() {}

  /** Where the build puts the pages on the class path. */
  static final String RESOURCE_DIRECTORY = "/org/jatomics/checker/docs/";

  /**
   * The Markdown page of {@code check}: what it flags, why, bad and good code, the fix,
   * suppression.
   *
   * @throws IllegalStateException if the jar was built without the page (a packaging bug)
   */
  public static String page(CheckName check) {
    String resource = RESOURCE_DIRECTORY + check.name() + ".md";
    try (InputStream in = CheckDocs.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the documentation of " + check.name() + " is not bundled (" + resource + ")");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One line saying what {@code check} flags (SARIF's {@code help.text}, short listings). */
  public static String summary(CheckName check) {
    return check.summary();
  }
}
