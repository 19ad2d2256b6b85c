package org.jatomics.checker;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Each check's documentation page ({@code docs/checks/NAME.md}: what, why, bad and good code, the
 * fix, suppression), bundled in this jar. Every front end serves it from here: the reviewer's
 * {@code jatomics explain NAME}, SARIF's {@code help.markdown}, the language server's hover. A URL
 * is shown only when the user configures {@value Config#DOCS_URL}.
 */
public final class CheckDocs {
  private static final Map<CheckName, String> PAGES = new EnumMap<>(CheckName.class);

  private CheckDocs() {}

  /** The Markdown page of {@code check}. */
  public static synchronized String page(CheckName check) {
    return PAGES.computeIfAbsent(check, CheckDocs::load);
  }

  /** The page of the check named {@code name} (case-insensitive), if there is such a check. */
  public static Optional<String> page(String name) {
    return CheckName.named(name).map(CheckDocs::page);
  }

  private static String load(CheckName check) {
    String resource = "docs/" + check.name() + ".md";
    try (InputStream in = CheckDocs.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks " + resource + " (a broken build)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
