package org.jatomics.reviewer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
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
    return collect(roots, Excludes.NONE);
  }

  /**
   * Collects the sources under {@code roots} that {@code excludes} does not match, in a stable
   * order without duplicates. A folder that {@code excludes} matches is not entered.
   *
   * @throws NoSuchFileException when a root does not exist (a usage error for the command)
   * @throws UncheckedIOException when a folder cannot be listed
   */
  public static List<Path> collect(List<Path> roots, Excludes excludes) throws NoSuchFileException {
    Set<Path> files = new TreeSet<>();
    for (Path root : roots) {
      if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS) && !Files.exists(root)) {
        throw new NoSuchFileException(root.toString());
      }
      if (Files.isDirectory(root)) {
        walk(root, excludes, files);
      } else if (!excludes.matches(root.getFileName())) {
        files.add(root.normalize());
      }
    }
    return new ArrayList<>(files);
  }

  private static void walk(Path root, Excludes excludes, Set<Path> files) {
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              Path name = dir.getFileName();
              boolean skipped =
                  !dir.equals(root)
                      && name != null
                      && (name.toString().startsWith(".") || excludes.matches(root.relativize(dir)));
              return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (attrs.isRegularFile()
                  && file.getFileName().toString().endsWith(".java")
                  && !excludes.matches(root.relativize(file))) {
                files.add(file.normalize());
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              // An unreadable entry is reported when it is read; here it only must not stop the walk.
              if (file.getFileName() != null
                  && file.getFileName().toString().endsWith(".java")
                  && !excludes.matches(root.relativize(file))) {
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
