package org.jatomics.reviewer.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jatomics.checker.corpus.CorpusMarkers;
import org.jatomics.reviewer.report.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the language server knows, without the protocol: the same findings as the reviewer over the
 * conformance corpus, and a file's index entries replaced when it changes.
 */
class WorkspaceTest {
  private static final Path CORPUS =
      Path.of(System.getProperty("jatomics.root", "../.."))
          .resolve("test-data")
          .toAbsolutePath()
          .normalize();

  @TempDir Path dir;

  @Test
  void everyCorpusFileOpenedInTheEditorHasExactlyItsMarkedFindings() throws IOException {
    Workspace workspace = new Workspace(List.of(CORPUS), Workspace.Settings.DEFAULT);
    List<Path> files = workspace.javaFiles();
    files.stream().map(Workspace::fragment).forEach(workspace::indexed);
    int checked = 0;
    for (Path file : files) {
      String text = Files.readString(file);
      URI uri = file.toUri();
      workspace.open(uri, text, 1);
      Set<String> found = new TreeSet<>();
      for (Diagnostic d : workspace.analyse(workspace.document(uri).orElseThrow())) {
        found.add(d.line() + ":" + d.check());
      }
      workspace.close(uri);
      Set<String> expected = new TreeSet<>();
      CorpusMarkers.expected(text).forEach(e -> expected.add(e.toString()));
      assertEquals(String.join("\n", expected), String.join("\n", found), file.toString());
      checked++;
    }
    assertEquals(true, checked > 50, checked + " corpus files");
  }

  @Test
  void aFilesEntriesAreReplacedWhenItChanges() throws IOException {
    Path counter = dir.resolve("Counter.java");
    Path user = dir.resolve("User.java");
    Files.writeString(counter, counter(true));
    Files.writeString(user, "class User { long read(Counter c) { return c.hits; } }\n");
    Workspace workspace = new Workspace(List.of(dir), Workspace.Settings.DEFAULT);
    workspace.javaFiles().stream().map(Workspace::fragment).forEach(workspace::indexed);
    URI userUri = user.toUri();
    workspace.open(userUri, Files.readString(user), 1);
    assertEquals(
        List.of("NonAtomicAccess"),
        checks(workspace, userUri),
        "the @Atomic field of another file");

    Files.writeString(counter, counter(false)); // saved elsewhere: a watched-file event
    workspace.changedOnDisk(counter.toUri());
    assertEquals(List.of(), checks(workspace, userUri), "the field is no longer @Atomic");

    workspace.open(counter.toUri(), counter(true), 1); // unsaved text of another open document
    workspace.analyse(workspace.document(counter.toUri()).orElseThrow());
    assertEquals(List.of("NonAtomicAccess"), checks(workspace, userUri), "the unsaved text counts");

    workspace.close(counter.toUri()); // the file as saved counts again
    assertEquals(List.of(), checks(workspace, userUri));

    Files.delete(counter);
    workspace.changedOnDisk(counter.toUri());
    assertEquals(List.of(), checks(workspace, userUri));
  }

  @Test
  void theInitialIndexingNeverReplacesNewerEntries() throws IOException {
    Path counter = dir.resolve("Counter.java");
    Path user = dir.resolve("User.java");
    Files.writeString(counter, counter(false));
    Files.writeString(user, "class User { long read(Counter c) { return c.hits; } }\n");
    Workspace workspace = new Workspace(List.of(dir), Workspace.Settings.DEFAULT);
    Workspace.Fragment stale = Workspace.fragment(counter); // read by the indexer before the edit
    workspace.open(counter.toUri(), counter(true), 1);
    workspace.analyse(workspace.document(counter.toUri()).orElseThrow());
    workspace.indexed(stale); // arrives late
    workspace.open(user.toUri(), Files.readString(user), 1);
    assertEquals(List.of("NonAtomicAccess"), checks(workspace, user.toUri()));
  }

  private static List<String> checks(Workspace workspace, URI uri) {
    return workspace.analyse(workspace.document(uri).orElseThrow()).stream()
        .map(Diagnostic::check)
        .toList();
  }

  private static String counter(boolean atomic) {
    return "import org.jatomics.annotations.Atomic;\nclass Counter { "
        + (atomic ? "@Atomic " : "")
        + "long hits; }\n";
  }
}
