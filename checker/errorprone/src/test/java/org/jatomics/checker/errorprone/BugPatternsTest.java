package org.jatomics.checker.errorprone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.errorprone.BugPattern;
import com.google.errorprone.bugpatterns.BugChecker;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.jatomics.checker.CheckName;
import org.junit.jupiter.api.Test;

/**
 * The six checkers are registered for Error Prone's service loader, and their {@code @BugPattern}s
 * agree with the core's {@link CheckName} (name, severity, summary) and link to the project's own
 * documentation page, which exists.
 */
class BugPatternsTest {

  @Test
  void everyCheckIsRegisteredWithMatchingMetadata() {
    List<String> registered = new ArrayList<>();
    for (ServiceLoader.Provider<BugChecker> provider :
        ServiceLoader.load(BugChecker.class).stream().toList()) {
      if (provider.type().getPackageName().equals(getClass().getPackageName())) {
        registered.add(provider.type().getSimpleName());
      }
    }
    registered.sort(null);
    List<String> expected = new ArrayList<>();
    for (CheckName check : CheckName.values()) {
      expected.add(check.name());
    }
    expected.sort(null);
    assertEquals(expected, registered);
  }

  @Test
  void bugPatternsAgreeWithTheCore() throws ClassNotFoundException {
    for (CheckName check : CheckName.values()) {
      Class<?> checker = Class.forName(getClass().getPackageName() + "." + check.name());
      BugPattern pattern = checker.getAnnotation(BugPattern.class);
      // Error Prone names a check after its class unless @BugPattern says otherwise.
      assertEquals(
          check.name(), pattern.name().isEmpty() ? checker.getSimpleName() : pattern.name());
      assertEquals(check.defaultSeverity().name(), pattern.severity().name(), check.name());
      assertEquals(check.summary(), pattern.summary(), check.name());
      // No link to a site that may not exist: pages come from the jar, links only with DocsUrl.
      assertEquals(BugPattern.LinkType.NONE, pattern.linkType());
      assertTrue(
          Files.isRegularFile(CorpusTest.CORPUS.resolve("../docs/checks/" + check.name() + ".md")),
          "documentation page of " + check);
      assertTrue(
          org.jatomics.checker.CheckDocs.page(check).startsWith("# " + check.name()),
          "bundled page of " + check);
    }
  }
}
