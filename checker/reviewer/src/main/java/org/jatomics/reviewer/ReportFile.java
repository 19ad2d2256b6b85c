package org.jatomics.reviewer;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import org.jatomics.reviewer.Jatomics.UsageException;

/**
 * The {@code --output} file, written so that nobody ever sees half a report: the report goes to a
 * temporary file beside the target, which is then renamed over it. An interrupted run (a signal, a
 * full disk) leaves the previous report untouched; concurrent runs leave one complete report; a
 * symbolic link at the target is replaced by the report, never written through (a link committed in
 * a pull request cannot redirect the report onto another file).
 */
final class ReportFile {
  /** Writes the report's text. */
  interface Content {
    void writeTo(Writer out) throws IOException;
  }

  private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

  private ReportFile() {}

  /**
   * Writes {@code content} to {@code target} through a temporary file and an atomic rename.
   *
   * @throws UsageException when the target cannot be written (no such folder, not a regular file,
   *     no permission, no space), with a message naming it
   */
  static void write(Path target, Content content) {
    write("--output", target, content);
  }

  /** Writes {@code content} to {@code target} as above; messages name {@code option}. */
  static void write(String option, Path target, Content content) {
    Path absolute = target.toAbsolutePath().normalize();
    Path folder = absolute.getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      throw new UsageException(option + ": no such folder: " + folder);
    }
    refuseNonRegularTarget(option, absolute);
    Path temporary =
        folder.resolve(
            "." + absolute.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".tmp");
    OutputStream stream;
    try {
      // Created like any new file (the umask decides its permissions, unlike createTempFile's
      // owner-only ones); removed if the JVM is stopped by a signal before the rename. Its removal
      // is registered before it exists, so that no signal finds it created but not registered (a
      // streamed report's file exists from the start of the review, when a signal is likeliest).
      // Created and opened in one step: opened apart, a signal between the two had the JVM's exit
      // delete the new file, and the opening (which creates a missing file) make it again, after
      // the deletion, to be left behind when the JVM stopped.
      temporary.toFile().deleteOnExit();
      stream =
          Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new UsageException(option + ": cannot create a file in " + folder + ": " + reason(e));
    }
    boolean moved = false;
    try {
      try (Writer out =
          new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8))) {
        content.writeTo(out);
      }
      move(temporary, absolute);
      moved = true;
    } catch (IOException e) {
      throw new UsageException(option + ": cannot write " + absolute + ": " + reason(e));
    } finally {
      if (!moved) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
          // The temporary file is hidden and named after the report; nothing else to do.
        }
      }
    }
  }

  /** A directory, a device, a FIFO: never a report's target. A symbolic link is fine (replaced). */
  private static void refuseNonRegularTarget(String option, Path target) {
    BasicFileAttributes attributes;
    try {
      attributes =
          Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      return; // does not exist yet
    }
    if (attributes.isDirectory()) {
      throw new UsageException(option + ": " + target + " is a folder, not a file");
    }
    if (attributes.isOther()) {
      throw new UsageException(
          option + ": " + target + " is not a regular file (a device or pipe)");
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
