package org.jatomics.agreement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jatomics.checker.CheckName;

/** The conformance corpus ({@code test-data/}, contract section 8) and the repository around it. */
final class Corpus {
  /** The repository's root. */
  static final Path REPOSITORY =
      Path.of(System.getProperty("jatomics.root", "../..")).toAbsolutePath().normalize();

  /** The corpus: one folder per check. */
  static final Path ROOT = REPOSITORY.resolve("test-data");

  private Corpus() {}

  /** Every corpus file, by check folder then name. */
  static List<Path> files() throws IOException {
    List<Path> files = new ArrayList<>();
    for (CheckName check : CheckName.values()) {
      Path dir = ROOT.resolve(check.name());
      if (Files.isDirectory(dir)) {
        try (Stream<Path> list = Files.list(dir)) {
          list.filter(p -> p.toString().endsWith(".java")).sorted().forEach(files::add);
        }
      }
    }
    return files;
  }

  /** The {@code .java} files under {@code dir} whose path contains {@code part}, sorted. */
  static List<Path> javaFiles(Path dir, String part) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> p.toString().endsWith(".java") && p.toString().contains(part))
          .sorted()
          .toList();
    }
  }
}
