package org.jatomics.reviewer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code jatomics --version} states the version the build has, not a hand-written one. */
class VersionTest {
  @Test
  void versionIsThePomsVersion() throws IOException {
    Matcher parent =
        Pattern.compile("<parent>.*?<version>([^<]+)</version>", Pattern.DOTALL)
            .matcher(Files.readString(Path.of("pom.xml")));
    assertEquals(true, parent.find());
    for (String[] args :
        new String[][] {{"--version"}, {"review", "--version"}, {"explain", "--version"}}) {
      Cli.Result result = Cli.run(args);
      assertEquals(0, result.exit());
      assertEquals("jatomics " + parent.group(1) + "\n", result.out(), String.join(" ", args));
    }
  }
}
