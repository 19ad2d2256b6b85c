package org.jatomics.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The jar registers both processors with javac and declares both isolating to Gradle. */
class RegistrationTest {

  private static Set<String> lines(String resource) throws IOException {
    try (InputStream in = RegistrationTest.class.getResourceAsStream("/" + resource)) {
      assertNotNull(in, resource + " is in the jar");
      return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  @Test
  void javacFindsBothProcessors() throws IOException {
    assertEquals(
        Set.of(AtomicsProcessor.class.getName(), LocalClassProcessor.class.getName()),
        lines("META-INF/services/javax.annotation.processing.Processor"));
  }

  @Test
  void gradleTreatsBothAsIsolating() throws IOException {
    assertEquals(
        Set.of(
            AtomicsProcessor.class.getName() + ",isolating",
            LocalClassProcessor.class.getName() + ",isolating"),
        lines("META-INF/gradle/incremental.annotation.processors"));
  }
}
