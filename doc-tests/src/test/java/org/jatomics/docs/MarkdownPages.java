package org.jatomics.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The pages users read (README.md, CONTRIBUTING.md, docs/ and the editors' READMEs) and their
 * fenced code blocks.
 */
final class MarkdownPages {
  static final Path ROOT =
      Path.of(System.getProperty("jatomics.root", "..")).toAbsolutePath().normalize();

  private static final Pattern FENCE =
      Pattern.compile("(?m)^[ \\t]*```(\\w*)\\n(.*?)^[ \\t]*```", Pattern.DOTALL);

  /** A fenced block: its page and line (for messages), its language tag and its text. */
  record Block(String where, String language, String text) {
    @Override
    public String toString() {
      return where;
    }
  }

  private MarkdownPages() {}

  static List<Path> pages() {
    List<Path> pages =
        new ArrayList<>(List.of(ROOT.resolve("README.md"), ROOT.resolve("CONTRIBUTING.md")));
    for (String folder : List.of("docs", "editors")) {
      try (Stream<Path> files = Files.walk(ROOT.resolve(folder))) {
        files
            .filter(p -> p.toString().endsWith(".md"))
            .filter(p -> !p.toString().contains("node_modules"))
            .sorted()
            .forEach(pages::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return pages;
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
        blocks.add(new Block(name(page) + ":" + line, fence.group(1), fence.group(2)));
      }
    }
    return blocks;
  }
}
