package org.jatomics.reviewer.report;

/** The reviewer's name and version as reports state them. */
public final class Versions {
  private Versions() {}

  /** The version from the jar's manifest, or {@code 0.1.0-SNAPSHOT} when run from classes. */
  public static String version() {
    String v = Versions.class.getPackage().getImplementationVersion();
    return v == null ? "0.1.0-SNAPSHOT" : v;
  }
}
