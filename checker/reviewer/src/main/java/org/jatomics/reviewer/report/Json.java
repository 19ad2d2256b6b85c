package org.jatomics.reviewer.report;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The one JSON mapper the reporters share (Jackson; thread-safe once built). */
final class Json {
  private Json() {}

  /** Compact output, one document per call: JSON Lines and the GitHub format use it. */
  static final JsonMapper COMPACT = JsonMapper.builder().build();

  /** Indented output for documents people also read (SARIF). */
  static final JsonMapper PRETTY =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
}
