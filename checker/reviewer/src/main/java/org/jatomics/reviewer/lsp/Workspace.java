package org.jatomics.reviewer.lsp;

import com.github.javaparser.ParseResult;
import com.github.javaparser.ast.CompilationUnit;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jatomics.checker.CheckName;
import org.jatomics.checker.Config;
import org.jatomics.reviewer.FileReview;
import org.jatomics.reviewer.InputPolicy;
import org.jatomics.reviewer.SourceDecoder;
import org.jatomics.reviewer.SourceFiles;
import org.jatomics.reviewer.SourceParser;
import org.jatomics.reviewer.frontend.FactExtractor;
import org.jatomics.reviewer.frontend.TypeIndex;
import org.jatomics.reviewer.report.Diagnostic;

/**
 * What the language server knows: the cross-file index of the workspace folders (an {@code @Atomic}
 * field or a registration declared in another file), the open documents with their unsaved text,
 * and the settings. Each file's entries in the index are replaced when the file changes (on disk or
 * in the editor), so re-analysing an edited file parses that file only.
 *
 * <p>Not thread-safe: the server confines it to one thread, except {@link #javaFiles} and {@link
 * #fragment}, which its indexer calls to read and parse the workspace in the background.
 */
final class Workspace {
  /** An open document: its text at a version. */
  record Document(URI uri, String text, int version) {}

  private final TypeIndex index = new TypeIndex();

  /** The index entries each file contributed, to replace them when it changes. */
  private final Map<URI, Set<String>> contributed = new HashMap<>();

  private final Map<URI, Document> open = new HashMap<>();

  /** Files whose entries changed since the server started (their initial indexing is stale). */
  private final Set<URI> touched = new java.util.HashSet<>();

  private final List<Path> roots;
  private Settings settings;

  Workspace(List<Path> roots, Settings settings) {
    this.roots = List.copyOf(roots);
    this.settings = settings;
  }

  Settings settings() {
    return settings;
  }

  void settings(Settings settings) {
    this.settings = settings;
  }

  /**
   * The Java files under the workspace folders. Safe to call from any thread (the folders never
   * change), as is {@link #fragment}: the server reads and parses them off its main thread.
   */
  List<Path> javaFiles() {
    List<Path> files = new java.util.ArrayList<>();
    for (Path root : roots) {
      try {
        files.addAll(SourceFiles.collect(List.of(root)));
      } catch (NoSuchFileException e) {
        // a folder that is gone contributes nothing
      }
    }
    return files;
  }

  /**
   * The index entries of one file as it is on disk (empty when it is gone, unreadable or does not
   * parse). Safe to call from any thread.
   */
  static Fragment fragment(Path file) {
    TypeIndex own = new TypeIndex();
    if (Files.isRegularFile(file)) {
      try {
        String text = SourceDecoder.decode(InputPolicy.DEFAULT.read(file), null);
        parse(text).ifPresent(own::add);
      } catch (IOException | RuntimeException e) {
        // unreadable: contributes nothing
      }
    }
    return new Fragment(file.toUri(), own);
  }

  /** One file's index entries, built off the main thread. */
  record Fragment(URI uri, TypeIndex types) {}

  /**
   * Merges a file's entries from the initial indexing, unless the file changed since the indexer
   * read it (opened, or re-read after a change on disk): those entries are newer.
   */
  void indexed(Fragment fragment) {
    if (!touched.contains(fragment.uri())) {
      replace(fragment.uri(), fragment.types());
    }
  }

  /** Re-reads a file that changed on disk (saved, created, deleted), unless it is open. */
  void changedOnDisk(URI uri) {
    if (!open.containsKey(uri) && "file".equals(uri.getScheme())) {
      touched.add(uri);
      replace(uri, fragment(Path.of(uri)).types());
    }
  }

  void open(URI uri, String text, int version) {
    touched.add(uri);
    open.put(uri, new Document(uri, text, version));
  }

  void close(URI uri) {
    open.remove(uri);
    replace(uri, null);
    changedOnDisk(uri); // the file as saved counts again
  }

  Optional<Document> document(URI uri) {
    return Optional.ofNullable(open.get(uri));
  }

  Set<URI> openDocuments() {
    return Set.copyOf(open.keySet());
  }

  /**
   * Parses the open document's text, replaces its index entries and returns its diagnostics (empty
   * when the text does not parse: the editor's Java support reports syntax errors).
   */
  List<Diagnostic> analyse(Document document) {
    Optional<CompilationUnit> unit = parse(document.text());
    if (unit.isEmpty()) {
      return List.of();
    }
    TypeIndex own = new TypeIndex();
    own.add(unit.get());
    replace(document.uri(), own);
    FactExtractor frontEnd = new FactExtractor(index, settings.config());
    return FileReview.analyse(
        display(document.uri()),
        document.text(),
        unit.get(),
        frontEnd,
        settings.config(),
        settings.checks(),
        line -> true);
  }

  /** How many types the index holds (for the log). */
  int indexedTypes() {
    return index.size();
  }

  /** Replaces the entries {@code uri} contributed with {@code types} (null: none). */
  private void replace(URI uri, TypeIndex types) {
    Set<String> before = contributed.remove(uri);
    if (before != null) {
      index.remove(before);
    }
    if (types != null) {
      index.addAll(
          types); // its package too, even without types: names resolve in known packages only
      if (types.size() > 0) {
        contributed.put(uri, types.typeNames());
      }
    }
  }

  private static Optional<CompilationUnit> parse(String text) {
    try {
      ParseResult<CompilationUnit> result = SourceParser.parseUnvalidated(text);
      return result.isSuccessful() ? result.getResult() : Optional.empty();
    } catch (RuntimeException | StackOverflowError e) {
      return Optional.empty();
    }
  }

  /** The path reports show: relative to the workspace folder that holds the file. */
  private String display(URI uri) {
    if (!"file".equals(uri.getScheme())) {
      return uri.toString();
    }
    Path file = Path.of(uri).toAbsolutePath().normalize();
    for (Path root : roots) {
      Path r = root.toAbsolutePath().normalize();
      if (file.startsWith(r)) {
        return r.relativize(file).toString().replace('\\', '/');
      }
    }
    return file.toString();
  }

  /**
   * The server's settings: the checker options and the checks to run.
   *
   * @param config the options ({@code Jatomics:...} keys)
   * @param checks the checks that run
   */
  record Settings(Config config, Set<CheckName> checks) {
    static final Settings DEFAULT = new Settings(Config.DEFAULT, EnumSet.allOf(CheckName.class));
  }
}
