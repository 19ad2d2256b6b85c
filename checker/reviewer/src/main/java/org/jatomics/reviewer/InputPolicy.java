package org.jatomics.reviewer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Which files the reviewer reads, and how much of them: the one home of the guards against what a
 * pull request can put in a tree. Only regular files are opened (never a FIFO, which would block,
 * nor a device such as {@code /dev/zero}); symbolic links are not followed unless asked, so a link
 * cannot make the reviewer read, and echo in its report, a file outside the tree; a file larger
 * than the limit is not read at all, and a file that grows while it is read is cut off at the
 * limit, so memory stays bounded whatever the input.
 *
 * @param followSymlinks whether symbolic links are read ({@code --follow-symlinks})
 * @param maxFileSize the largest file read, in bytes ({@code --max-file-size})
 */
public record InputPolicy(boolean followSymlinks, long maxFileSize) {
  /** The default limit: 10 MB, larger than any hand-written Java file. */
  public static final long DEFAULT_MAX_FILE_SIZE = 10L * 1024 * 1024;

  /** No symbolic links, files up to 10 MB. */
  public static final InputPolicy DEFAULT = new InputPolicy(false, DEFAULT_MAX_FILE_SIZE);

  /** Validates the limit. */
  public InputPolicy {
    if (maxFileSize < 1 || maxFileSize > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(
          "--max-file-size must be between 1 and "
              + (Integer.MAX_VALUE - 8)
              + " bytes, not "
              + maxFileSize);
    }
  }

  /** Why a file was not read; the message is reported as the file's problem. */
  public static final class Refused extends IOException {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  /**
   * The bytes of {@code file}.
   *
   * @throws Refused when the policy forbids reading it (the message says why and how to allow it)
   * @throws IOException when it cannot be read
   */
  public byte[] read(Path file) throws IOException {
    BasicFileAttributes attributes =
        Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    if (attributes.isSymbolicLink()) {
      if (!followSymlinks) {
        throw new Refused("is a symbolic link, not followed (--follow-symlinks reads it)");
      }
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    }
    if (attributes.isDirectory()) {
      throw new Refused("is a folder that cannot be read");
    }
    if (!attributes.isRegularFile()) {
      throw new Refused("is not a regular file (a device, pipe or socket), not read");
    }
    if (attributes.size() > maxFileSize) {
      throw new Refused(tooLarge(attributes.size()));
    }
    LinkOption[] open =
        followSymlinks ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
    try (InputStream in = Files.newInputStream(file, open)) {
      byte[] bytes = in.readNBytes((int) maxFileSize + 1);
      if (bytes.length > maxFileSize) {
        throw new Refused(tooLarge(bytes.length) + " (it grew while being read)");
      }
      return bytes;
    }
  }

  private String tooLarge(long size) {
    return "is larger than --max-file-size (" + size + " > " + maxFileSize + " bytes), not read";
  }
}
