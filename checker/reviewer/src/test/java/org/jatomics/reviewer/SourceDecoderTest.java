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
    byte[] body = TEXT.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    assertEquals(TEXT, SourceDecoder.decode(withBom, null));
  }

  @Test
  void utf16ByBom() throws Exception {
    assertEquals(TEXT, SourceDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_16), null)); // BE with BOM
    byte[] le = TEXT.getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = new byte[le.length + 2];
    withBom[0] = (byte) 0xFF;
    withBom[1] = (byte) 0xFE;
    System.arraycopy(le, 0, withBom, 2, le.length);
    assertEquals(TEXT, SourceDecoder.decode(withBom, null));
  }

  @Test
  void latin1WhenNotUtf8() throws Exception {
    String latin = "class A { String s = \"Grüße\"; }";
    assertEquals(latin, SourceDecoder.decode(latin.getBytes(StandardCharsets.ISO_8859_1), null));
  }

  @Test
  void explicitCharset() throws Exception {
    String latin = "class A { String s = \"Grüße\"; }";
    assertEquals(latin, SourceDecoder.decode(latin.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1));
    assertThrows(CharacterCodingException.class,
        () -> SourceDecoder.decode(latin.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
  }
}
