package org.jatomics.reviewer.report;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The one JSON mapper the reporters share (Jackson; thread-safe once built). */
final class Json {
  private Json() {}

  /** Compact output, one document per call: JSON Lines and the GitHub format use it. */
  static final JsonMapper COMPACT = JsonMapper.builder().build();

  /**
   * Indented output for documents people also read (SARIF). It leaves the writer open: the caller
   * owns it and writes after the document (Jackson would close it, and a later write to a file
   * given with {@code --output} then failed with "Stream closed").
   */
  static final JsonMapper PRETTY =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .build();
}
