package org.jatomics.reviewer.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The reviewer's name and version as reports state them. */
public final class Versions {
  private Versions() {}

  private static final String VERSION = load();

  /** The project's version, as the build wrote it into {@code version.properties}. */
  public static String version() {
    return VERSION;
  }

  private static String load() {
    Properties properties = new Properties();
    try (InputStream in = Versions.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException("version.properties is missing (a broken build)");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version");
  }
}
