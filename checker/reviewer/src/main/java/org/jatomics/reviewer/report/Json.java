package org.jatomics.reviewer.report;

import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The one JSON mapper the reporters share (Jackson; thread-safe once built). */
final class Json {
  private Json() {}

  /** Compact output, one document per call: JSON Lines and the GitHub format use it. */
  static final JsonMapper COMPACT = JsonMapper.builder(factory()).build();

  /**
   * Indented output for documents people also read (SARIF). It leaves the writer open: the caller
   * owns it and writes after the document (Jackson would close it, and a later write to a file
   * given with {@code --output} then failed with "Stream closed").
   */
  static final JsonMapper PRETTY =
      JsonMapper.builder(factory())
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .build();

  private static JsonFactory factory() {
    return JsonFactory.builder().characterEscapes(new ControlEscapes()).build();
  }

  /**
   * JSON's escapes (C0 controls, quote, backslash) plus every other control character: DEL, the C1
   * controls (U+0085 NEL, U+009B CSI, which some terminals obey) and the Unicode line and paragraph
   * separators. A report printed to a terminal or a CI log then holds no character that moves the
   * cursor or starts a line, whatever a file name or a message contains.
   */
  private static final class ControlEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;

    private final int[] ascii;

    ControlEscapes() {
      ascii = standardAsciiEscapesForJSON();
      ascii[0x7f] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      boolean control = (ch >= 0x80 && ch <= 0x9f) || ch == 0x2028 || ch == 0x2029;
      return control ? new SerializedString(String.format("\\u%04x", ch)) : null;
    }
  }
}
