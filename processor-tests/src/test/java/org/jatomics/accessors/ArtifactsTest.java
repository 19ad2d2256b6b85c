package org.jatomics.accessors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The published modules built before this one attach a sources jar and a Javadoc jar (root pom,
 * maven-source-plugin and maven-javadoc-plugin in {@code package}) with the public API in them.
 * Needs those modules packaged in the same build ({@code mvn verify}, or {@code -pl processor-tests
 * -am}).
 */
class ArtifactsTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  private static Path attached(String module, String classifier) throws IOException {
    Path target = ROOT.resolve(module).resolve("target");
    try (Stream<Path> files = Files.list(target)) {
      List<Path> jars =
          files
              .filter(f -> f.getFileName().toString().endsWith("-" + classifier + ".jar"))
              .toList();
      assertEquals(1, jars.size(), () -> "one " + classifier + " jar in " + target + ": " + jars);
      return jars.get(0);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "annotations, org/jatomics/annotations/Atomic",
    "annotations, org/jatomics/Ordering",
    "processor, org/jatomics/processor/AtomicsProcessor"
  })
  void sourcesAndJavadocJarsHoldThePublicApi(String module, String type) throws IOException {
    try (ZipFile sources = new ZipFile(attached(module, "sources").toFile())) {
      assertNotNull(sources.getEntry(type + ".java"), type + ".java in the sources jar");
    }
    try (ZipFile javadoc = new ZipFile(attached(module, "javadoc").toFile())) {
      assertNotNull(javadoc.getEntry("index.html"), "index.html in the Javadoc jar");
      assertNotNull(javadoc.getEntry(type + ".html"), type + ".html in the Javadoc jar");
    }
  }
}
