package org.jatomics.reviewer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of a source file the way a reviewer without build configuration must: a byte
 * order mark decides (UTF-8, UTF-16BE, UTF-16LE); without one the text is UTF-8 when it decodes as
 * UTF-8 without error, otherwise ISO-8859-1, which accepts every byte. An explicit charset (the
 * {@code --encoding} option) overrides the guess.
 */
public final class SourceDecoder {
  private SourceDecoder() {}

  /**
   * Decodes {@code bytes}.
   *
   * @param bytes the file's content
   * @param explicit the charset the user named, or {@code null} to detect it
   * @return the text, without a byte order mark
   * @throws CharacterCodingException when {@code explicit} is given and the bytes are not valid in
   *     it
   */
  public static String decode(byte[] bytes, Charset explicit) throws CharacterCodingException {
    if (explicit != null) {
      return strict(explicit, bytes, bomLength(bytes, explicit));
    }
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return strictOrLatin1(StandardCharsets.UTF_8, bytes, 3);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return strictOrLatin1(StandardCharsets.UTF_16BE, bytes, 2);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return strictOrLatin1(StandardCharsets.UTF_16LE, bytes, 2);
    }
    return strictOrLatin1(StandardCharsets.UTF_8, bytes, 0);
  }

  private static int bomLength(byte[] bytes, Charset charset) {
    if (charset.equals(StandardCharsets.UTF_8) && startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return 3;
    }
    if ((charset.equals(StandardCharsets.UTF_16BE) && startsWith(bytes, 0xFE, 0xFF))
        || (charset.equals(StandardCharsets.UTF_16LE) && startsWith(bytes, 0xFF, 0xFE))) {
      return 2;
    }
    return 0;
  }

  private static String strictOrLatin1(Charset charset, byte[] bytes, int offset) {
    try {
      return strict(charset, bytes, offset);
    } catch (CharacterCodingException e) {
      return new String(bytes, offset, bytes.length - offset, StandardCharsets.ISO_8859_1);
    }
  }

  private static String strict(Charset charset, byte[] bytes, int offset)
      throws CharacterCodingException {
    String text =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
            .toString();
    // UTF-16 with an explicit "UTF-16" charset consumes its own BOM; a stray U+FEFF is dropped too.
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
