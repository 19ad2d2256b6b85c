package org.jatomics.reviewer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Java sources under the paths given on the command line: a file is taken as it is, a folder
 * contributes every {@code *.java} file below it. Hidden folders ({@code .git}, {@code .idea}) are
 * skipped and symbolic links to folders are not followed, so a walk never leaves the tree it was
 * given nor loops.
 */
public final class SourceFiles {
  private SourceFiles() {}

  /**
   * Collects the sources under {@code roots}, in a stable order (sorted by path) without
   * duplicates.
   *
   * @throws NoSuchFileException when a root does not exist (a usage error for the command)
   * @throws UncheckedIOException when a folder cannot be listed
   */
  public static List<Path> collect(List<Path> roots) throws NoSuchFileException {
    return collect(roots, false);
  }

  /**
   * Collects the sources under {@code roots}; symbolic links (operands included) are followed only
   * when {@code followSymlinks}. A link that is not followed is still listed, so that reading it
   * reports why it was not read. Folders that cannot be listed are listed too, for the same reason.
   */
  public static List<Path> collect(List<Path> roots, boolean followSymlinks)
      throws NoSuchFileException {
    return collect(roots, followSymlinks, Excludes.NONE);
  }

  /**
   * Collects the sources under {@code roots} as {@link #collect(List, boolean)} does, leaving out
   * what {@code excludes} matches: a matching folder is not entered, a file named as an operand is
   * matched by its name.
   */
  public static List<Path> collect(List<Path> roots, boolean followSymlinks, Excludes excludes)
      throws NoSuchFileException {
    Set<Path> files = new TreeSet<>();
    for (Path root : roots) {
      if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
        throw new NoSuchFileException(root.toString());
      }
      boolean link = Files.isSymbolicLink(root);
      if (Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)
          || (followSymlinks && link && Files.isDirectory(root))) {
        walk(root, files, followSymlinks, excludes);
      } else if (!excludes.matches(root.getFileName())) {
        files.add(root.normalize());
      }
    }
    return new ArrayList<>(files);
  }

  private static void walk(Path root, Set<Path> files, boolean followSymlinks, Excludes excludes) {
    try {
      Files.walkFileTree(
          root,
          followSymlinks
              ? EnumSet.of(FileVisitOption.FOLLOW_LINKS)
              : EnumSet.noneOf(FileVisitOption.class),
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              Path name = dir.getFileName();
              boolean skipped =
                  !dir.equals(root)
                      && name != null
                      && (name.toString().startsWith(".")
                          || excludes.matches(root.relativize(dir)));
              return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (file.getFileName().toString().endsWith(".java")
                  && (attrs.isRegularFile() || attrs.isSymbolicLink() || attrs.isOther())
                  && !excludes.matches(root.relativize(file))) {
                files.add(file.normalize());
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              // An unreadable entry (a folder that cannot be listed, a link loop) is reported when
              // it is read; here it only must not stop the walk, nor be skipped without a word.
              if (!excludes.matches(root.relativize(file))) {
                files.add(file.normalize());
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
