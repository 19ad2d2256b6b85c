package org.jatomics.reviewer.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FrontEndTest {
  @Test
  void debugFlag() throws Exception {
    Path tree = Path.of("src/test/resources/tree/src/main/java/demo");
    Sources sources = new Sources();
    String text = Files.readString(tree.resolve("Flag.java"));
    sources.file("Flag.java", text);
    System.out.println(sources.facts("Flag.java"));
    assertEquals(1, 1);
  }
}
