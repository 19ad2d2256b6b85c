package org.jatomics.checker.errorprone;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jatomics.checker.CheckName;
import org.junit.jupiter.api.Test;

/** samples/mistakes holds one deliberate mistake per check: exactly one finding of each. */
class MistakesSampleTest {
  private static final Path MISTAKES =
      CorpusTest.CORPUS.resolve("../samples/mistakes/src/main/java/org/jatomics/samples/mistakes");

  @Test
  void oneFindingPerCheck() throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(MISTAKES)) {
      files = list.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    Compiler.Result result = Compiler.compile(List.of(), files.toArray(Path[]::new));
    Map<String, Integer> perCheck = new TreeMap<>();
    List<String> all = new ArrayList<>();
    for (Path file : files) {
      for (String finding : result.findings(file)) {
        perCheck.merge(finding.substring(finding.indexOf(':') + 1), 1, Integer::sum);
        all.add(file.getFileName() + ":" + finding);
      }
    }
    Map<String, Integer> expected = new TreeMap<>();
    for (CheckName check : CheckName.values()) {
      expected.put(check.name(), 1);
    }
    assertEquals(expected, perCheck, all.toString());
  }
}
