package org.jatomics.reviewer;

import java.io.File;
import java.nio.file.Path;

/**
 * How reports name a file: its path relative to the root, with {@code /}; the path as given when it
 * is outside the root.
 *
 * @param root the folder reported paths are relative to ({@code --root})
 */
record ReportedPaths(Path root) {
  /** The reported name of {@code file}. */
  String of(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path base = root.toAbsolutePath().normalize();
    Path shown = absolute.startsWith(base) ? base.relativize(absolute) : file.normalize();
    return shown.toString().replace(File.separatorChar, '/');
  }
}
