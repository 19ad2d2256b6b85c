package org.jatomics.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pages users and contributors read (every Markdown file of the repository: README.md,
 * CONTRIBUTING.md, CHANGELOG.md, docs/, checker/core/MODEL.md, the editors' READMEs, ...; build
 * output ({@code target/}, the scripts' {@code build/}), {@code node_modules} and hidden folders
 * aside) and their fenced code blocks.
 */
final class MarkdownPages {
  static final Path ROOT =
      Path.of(System.getProperty("jatomics.root", "..")).toAbsolutePath().normalize();

  private static final Pattern FENCE =
      Pattern.compile("(?m)^[ \\t]*```([^\\n`]*)\\n(.*?)^[ \\t]*```", Pattern.DOTALL);

  /**
   * A fenced block: its page and line (for messages), its language (the info string's first word,
   * lower case: {@code java} for {@code ```Java title="x"}) and its text.
   */
  record Block(String page, int line, String language, String text) {
    String where() {
      return page + ":" + line;
    }

    /** The first line that is not blank, stripped. */
    String firstLine() {
      return text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
    }

    @Override
    public String toString() {
      return where();
    }
  }

  private MarkdownPages() {}

  static List<Path> pages() {
    return files(file -> file.toString().endsWith(".md"));
  }

  /**
   * The repository's files that {@code wanted} accepts, sorted, build output, {@code node_modules}
   * and hidden folders aside.
   */
  static List<Path> files(Predicate<Path> wanted) {
    List<Path> files = new ArrayList<>();
    try {
      Files.walkFileTree(
          ROOT,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
              String name = dir.getFileName().toString();
              boolean skipped =
                  !dir.equals(ROOT)
                      && (name.startsWith(".")
                          || name.equals("target")
                          || name.equals("node_modules")
                          || dir.equals(ROOT.resolve("build")));
              return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
              if (wanted.test(file)) {
                files.add(file);
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    files.sort(null);
    return files;
  }

  static String read(Path page) {
    try {
      return Files.readString(page);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String name(Path page) {
    return ROOT.relativize(page).toString();
  }

  /** The fenced blocks of every page, in page order. */
  static List<Block> blocks() {
    List<Block> blocks = new ArrayList<>();
    for (Path page : pages()) {
      String text = read(page);
      Matcher fence = FENCE.matcher(text);
      while (fence.find()) {
        int line = (int) text.substring(0, fence.start()).lines().count() + 1;
        String language = fence.group(1).strip().split("[\\s{]", 2)[0].toLowerCase(Locale.ROOT);
        blocks.add(new Block(name(page), line, language, fence.group(2)));
      }
    }
    return blocks;
  }
}
