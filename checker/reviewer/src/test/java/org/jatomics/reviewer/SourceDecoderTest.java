package org.jatomics.reviewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SourceDecoderTest {
  private static final String TEXT = "class A { String s = \"Grüße 😀\"; }";

  @Test
  void utf8WithAndWithoutBom() throws Exception {
    assertEquals(TEXT, SourceDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_8), null));
    assertEquals(
        TEXT,
        SourceDecoder.decode(
            withBom(TEXT.getBytes(StandardCharsets.UTF_8), 0xEF, 0xBB, 0xBF), null));
  }

  @Test
  void utf16ByBom() throws Exception {
    assertEquals(
        TEXT, SourceDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_16), null)); // BE with BOM
    assertEquals(
        TEXT,
        SourceDecoder.decode(withBom(TEXT.getBytes(StandardCharsets.UTF_16LE), 0xFF, 0xFE), null));
  }

  /** {@code body} after the byte order mark {@code bom}. */
  static byte[] withBom(byte[] body, int... bom) {
    byte[] result = new byte[bom.length + body.length];
    for (int i = 0; i < bom.length; i++) {
      result[i] = (byte) bom[i];
    }
    System.arraycopy(body, 0, result, bom.length, body.length);
    return result;
  }

  @Test
  void latin1WhenNotUtf8() throws Exception {
    String latin = "class A { String s = \"Grüße\"; }";
    assertEquals(latin, SourceDecoder.decode(latin.getBytes(StandardCharsets.ISO_8859_1), null));
  }

  @Test
  void explicitCharset() throws Exception {
    String latin = "class A { String s = \"Grüße\"; }";
    assertEquals(
        latin,
        SourceDecoder.decode(
            latin.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1));
    assertThrows(
        CharacterCodingException.class,
        () ->
            SourceDecoder.decode(
                latin.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
  }
}
