package org.jatomics.reviewer.lsp;

import com.google.gson.JsonElement;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.CompletableFutures;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;
import org.jatomics.checker.CheckDocs;
import org.jatomics.checker.CheckName;
import org.jatomics.checker.Severity;
import org.jatomics.reviewer.ConfigFile;
import org.jatomics.reviewer.report.Diagnostic;
import org.jatomics.reviewer.report.Versions;

/**
 * {@code jatomics lsp}: the six checks as an LSP 3.17 language server. Diagnostics for open
 * documents come from their unsaved text ({@code source} "jatomics", {@code code} the check); each
 * suggested fix is a {@code quickfix} code action; hovering a diagnostic shows the check's page;
 * settings come from {@code initializationOptions} and {@code didChangeConfiguration}; cross-file
 * facts from the workspace folders, kept current on save and on watched-file events.
 *
 * <p>All state lives on one thread ({@link #worker}); protocol threads only enqueue work, so a
 * burst of edits is analysed once (edits are debounced, and an analysis of a version that is no
 * longer the latest is dropped before it starts).
 */
public final class JatomicsLanguageServer implements LanguageServer, LanguageClientAware {
  /** How long an edit waits for the next one before the document is analysed. */
  static final long DEBOUNCE_MILLIS = 20;

  /** How many files the indexer hands to the worker at a time. */
  private static final int INDEX_BATCH = 16;

  private final ScheduledExecutorService worker =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            // A large stack, as the batch reviewer's workers: deep expressions recurse.
            Thread thread = new Thread(null, r, "jatomics-lsp", 512L << 20);
            thread.setDaemon(true);
            return thread;
          });
  private final ExecutorService requests =
      Executors.newCachedThreadPool(
          r -> {
            Thread thread = new Thread(r, "jatomics-lsp-request");
            thread.setDaemon(true);
            return thread;
          });

  private LanguageClient client;
  private Workspace workspace = new Workspace(List.of(), Workspace.Settings.DEFAULT);

  /** The last diagnostics published per document, with the findings behind them. */
  private final Map<URI, List<Published>> published = new HashMap<>();

  private volatile boolean shutdownRequested;

  /** The workspace's .jatomics.yml values; the client's settings apply on top of them. */
  private volatile Map<String, List<String>> fileSettings = Map.of();

  /** The client's latest settings (initializationOptions, then didChangeConfiguration). */
  private volatile JsonElement clientSettings;

  /** Where .jatomics.yml is looked for (the first workspace folder), or null. */
  private volatile Path configRoot;

  /** Whether the client lets the server register file watchers. */
  private volatile boolean watchesFiles;

  /** A published diagnostic and the finding it came from. */
  private record Published(org.eclipse.lsp4j.Diagnostic diagnostic, Diagnostic finding) {}

  @Override
  public void connect(LanguageClient client) {
    this.client = client;
  }

  @Override
  public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
    List<Path> roots = new ArrayList<>();
    if (params.getWorkspaceFolders() != null) {
      for (WorkspaceFolder folder : params.getWorkspaceFolders()) {
        fileRoot(folder.getUri()).ifPresent(roots::add);
      }
    }
    if (roots.isEmpty() && rootUri(params) != null) {
      fileRoot(rootUri(params)).ifPresent(roots::add);
    }
    Map<String, List<String>> file = roots.isEmpty() ? Map.of() : fileSettings(roots.get(0));
    fileSettings = file;
    Workspace.Settings settings;
    try {
      settings = SettingsReader.read(file, asJson(params.getInitializationOptions()));
      clientSettings = asJson(params.getInitializationOptions());
    } catch (IllegalArgumentException e) {
      message(MessageType.Error, "jatomics: settings: " + e.getMessage() + "; using the defaults");
      settings = Workspace.Settings.DEFAULT;
    }
    Workspace.Settings initial = settings;
    watchesFiles =
        params.getCapabilities() != null
            && params.getCapabilities().getWorkspace() != null
            && params.getCapabilities().getWorkspace().getDidChangeWatchedFiles() != null
            && Boolean.TRUE.equals(
                params
                    .getCapabilities()
                    .getWorkspace()
                    .getDidChangeWatchedFiles()
                    .getDynamicRegistration());
    configRoot = roots.isEmpty() ? null : roots.get(0);
    return CompletableFuture.supplyAsync(
        () -> {
          workspace = new Workspace(roots, initial);
          ServerCapabilities capabilities = new ServerCapabilities();
          TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
          sync.setOpenClose(true);
          sync.setChange(TextDocumentSyncKind.Incremental);
          sync.setSave(new SaveOptions(false));
          capabilities.setTextDocumentSync(sync);
          capabilities.setCodeActionProvider(
              new CodeActionOptions(List.of(CodeActionKind.QuickFix)));
          capabilities.setHoverProvider(true);
          return new InitializeResult(capabilities, new ServerInfo("jatomics", Versions.version()));
        },
        worker);
  }

  @Override
  public void initialized(InitializedParams params) {
    if (watchesFiles) {
      List<FileSystemWatcher> watchers =
          List.of(
              new FileSystemWatcher(Either.forLeft("**/*.java")),
              new FileSystemWatcher(Either.forLeft("**/" + ConfigFile.NAME)));
      // The client's answer carries nothing; a client that refuses still gets didChange events.
      var unused =
          client.registerCapability(
              new RegistrationParams(
                  List.of(
                      new Registration(
                          "jatomics-watched-files",
                          "workspace/didChangeWatchedFiles",
                          new DidChangeWatchedFilesRegistrationOptions(watchers)))));
    }
    Thread indexer = new Thread(this::indexWorkspace, "jatomics-lsp-index");
    indexer.setDaemon(true);
    indexer.start();
  }

  /**
   * Indexes the workspace folders on the indexer thread: it reads and parses the files, and the
   * worker merges them a few at a time, so documents opened and edited meanwhile are analysed at
   * once (against what is indexed so far: a name not indexed yet resolves to nothing, so early
   * diagnostics can lack a cross-file finding but never have a wrong one). When the index is
   * complete, the open documents are analysed again.
   */
  private void indexWorkspace() {
    long start = System.nanoTime();
    List<Path> files = workspace.javaFiles();
    List<Workspace.Fragment> batch = new ArrayList<>();
    for (Path file : files) {
      if (shutdownRequested) {
        return;
      }
      batch.add(Workspace.fragment(file));
      if (batch.size() == INDEX_BATCH) {
        List<Workspace.Fragment> merge = batch;
        if (!onWorker(() -> merge.forEach(workspace::indexed))) {
          return;
        }
        batch = new ArrayList<>();
      }
    }
    List<Workspace.Fragment> last = batch;
    onWorker(
        () -> {
          last.forEach(workspace::indexed);
          log(
              "indexed "
                  + files.size()
                  + " files ("
                  + workspace.indexedTypes()
                  + " types) in "
                  + (System.nanoTime() - start) / 1_000_000
                  + " ms");
          workspace.openDocuments().forEach(this::analyseNow);
        });
  }

  @Override
  public CompletableFuture<Object> shutdown() {
    shutdownRequested = true;
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void exit() {
    worker.shutdownNow();
    requests.shutdownNow();
    System.exit(shutdownRequested ? 0 : 1);
  }

  @Override
  public TextDocumentService getTextDocumentService() {
    return documents;
  }

  @Override
  public WorkspaceService getWorkspaceService() {
    return workspaceService;
  }

  private final TextDocumentService documents =
      new TextDocumentService() {
        @Override
        public void didOpen(DidOpenTextDocumentParams params) {
          URI uri = URI.create(params.getTextDocument().getUri());
          String text = params.getTextDocument().getText();
          int version = params.getTextDocument().getVersion();
          worker.execute(
              () -> {
                workspace.open(uri, text, version);
                analyseNow(uri);
              });
        }

        @Override
        public void didChange(DidChangeTextDocumentParams params) {
          URI uri = URI.create(params.getTextDocument().getUri());
          int version = params.getTextDocument().getVersion();
          List<TextDocumentContentChangeEvent> changes = params.getContentChanges();
          worker.execute(
              () -> {
                workspace
                    .document(uri)
                    .ifPresent(
                        document -> {
                          String text = document.text();
                          for (TextDocumentContentChangeEvent change : changes) {
                            text = TextChanges.apply(text, change);
                          }
                          workspace.open(uri, text, version);
                        });
                // The analysis reports its own failures as a message to the client; nothing waits
                // on it.
                var unused =
                    worker.schedule(
                        () -> analyseIfLatest(uri, version),
                        DEBOUNCE_MILLIS,
                        TimeUnit.MILLISECONDS);
              });
        }

        @Override
        public void didClose(DidCloseTextDocumentParams params) {
          URI uri = URI.create(params.getTextDocument().getUri());
          worker.execute(
              () -> {
                workspace.close(uri);
                published.remove(uri);
                client.publishDiagnostics(new PublishDiagnosticsParams(uri.toString(), List.of()));
              });
        }

        @Override
        public void didSave(DidSaveTextDocumentParams params) {
          // The saved text is the open text: other open documents may depend on it.
          worker.execute(() -> reanalyseOthers(URI.create(params.getTextDocument().getUri())));
        }

        @Override
        public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(
            CodeActionParams params) {
          URI uri = URI.create(params.getTextDocument().getUri());
          Range range = params.getRange();
          List<Published> current = snapshot(uri);
          return CompletableFutures.computeAsync(
              requests,
              cancel -> {
                List<Either<Command, CodeAction>> actions = new ArrayList<>();
                for (Published p : current) {
                  cancel.checkCanceled();
                  if (p.finding().edits().isEmpty()
                      || !overlaps(p.diagnostic().getRange(), range)) {
                    continue;
                  }
                  List<TextEdit> edits = new ArrayList<>();
                  for (Diagnostic.Edit edit : p.finding().edits()) {
                    edits.add(
                        new TextEdit(
                            new Range(
                                position(edit.line(), edit.column()),
                                position(edit.endLine(), edit.endColumn())),
                            edit.replacement()));
                  }
                  CodeAction action =
                      new CodeAction(
                          "jatomics: "
                              + (p.finding().fixHint().isBlank()
                                  ? "apply the suggested fix"
                                  : p.finding().fixHint()));
                  action.setKind(CodeActionKind.QuickFix);
                  action.setDiagnostics(List.of(p.diagnostic()));
                  // Editors apply preferred actions in bulk ("auto fix"): only machine-applicable
                  // fixes.
                  action.setIsPreferred(p.finding().fix().appliesByDefault());
                  action.setEdit(new WorkspaceEdit(Map.of(uri.toString(), edits)));
                  actions.add(Either.forRight(action));
                }
                return actions;
              });
        }

        @Override
        public CompletableFuture<Hover> hover(HoverParams params) {
          URI uri = URI.create(params.getTextDocument().getUri());
          Position at = params.getPosition();
          List<Published> current = snapshot(uri);
          return CompletableFutures.computeAsync(
              requests,
              cancel -> {
                for (Published p : current) {
                  if (contains(p.diagnostic().getRange(), at)) {
                    String page = CheckDocs.page(CheckName.valueOf(p.finding().check()));
                    return new Hover(
                        new MarkupContent(MarkupKind.MARKDOWN, page), p.diagnostic().getRange());
                  }
                }
                return null;
              });
        }
      };

  private final WorkspaceService workspaceService =
      new WorkspaceService() {
        @Override
        public void didChangeConfiguration(DidChangeConfigurationParams params) {
          Workspace.Settings settings;
          try {
            settings = SettingsReader.read(fileSettings, asJson(params.getSettings()));
          } catch (IllegalArgumentException e) {
            message(
                MessageType.Error,
                "jatomics: settings: " + e.getMessage() + "; keeping the previous ones");
            return;
          }
          clientSettings = asJson(params.getSettings());
          worker.execute(
              () -> {
                workspace.settings(settings);
                workspace.openDocuments().forEach(JatomicsLanguageServer.this::analyseNow);
              });
        }

        @Override
        public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
          boolean configChanged =
              params.getChanges().stream()
                  .anyMatch(event -> event.getUri().endsWith("/" + ConfigFile.NAME));
          worker.execute(
              () -> {
                for (FileEvent event : params.getChanges()) {
                  URI uri = URI.create(event.getUri());
                  if (uri.getPath() != null && uri.getPath().endsWith(".java")) {
                    workspace.changedOnDisk(uri);
                  }
                }
                if (configChanged && configRoot != null) {
                  reloadFileSettings();
                }
                workspace.openDocuments().forEach(JatomicsLanguageServer.this::analyseNow);
              });
        }
      };

  /** Runs {@code task} on the worker; false once the server is exiting. */
  private boolean onWorker(Runnable task) {
    try {
      worker.execute(task);
      return true;
    } catch (RejectedExecutionException e) {
      return false;
    }
  }

  /** Reads .jatomics.yml again (it changed) and applies the client's settings on top. */
  private void reloadFileSettings() {
    Map<String, List<String>> file = fileSettings(configRoot);
    try {
      Workspace.Settings settings = SettingsReader.read(file, clientSettings);
      fileSettings = file;
      workspace.settings(settings);
    } catch (IllegalArgumentException e) {
      message(
          MessageType.Error,
          "jatomics: "
              + ConfigFile.NAME
              + ": "
              + e.getMessage()
              + "; keeping the previous settings");
    }
  }

  /**
   * The values of the .jatomics.yml nearest {@code folder} (none when it is missing or malformed).
   */
  private Map<String, List<String>> fileSettings(Path folder) {
    try {
      return ConfigFile.valuesNear(folder);
    } catch (RuntimeException e) {
      message(MessageType.Error, "jatomics: " + e.getMessage() + "; the file is ignored");
      return Map.of();
    }
  }

  private void analyseIfLatest(URI uri, int version) {
    workspace.document(uri).filter(d -> d.version() == version).ifPresent(d -> analyseNow(uri));
  }

  private void reanalyseOthers(URI saved) {
    for (URI uri : workspace.openDocuments()) {
      if (!uri.equals(saved)) {
        analyseNow(uri);
      }
    }
  }

  /** Analyses an open document and publishes its diagnostics (on the worker thread). */
  private void analyseNow(URI uri) {
    Workspace.Document document = workspace.document(uri).orElse(null);
    if (document == null) {
      return;
    }
    List<Published> result = new ArrayList<>();
    try {
      for (Diagnostic finding : workspace.analyse(document)) {
        result.add(new Published(toLsp(finding), finding));
      }
    } catch (RuntimeException | StackOverflowError e) {
      log("internal error while analysing " + uri + ": " + e);
      return;
    }
    synchronized (published) {
      published.put(uri, result);
    }
    List<org.eclipse.lsp4j.Diagnostic> diagnostics = new ArrayList<>();
    result.forEach(p -> diagnostics.add(p.diagnostic()));
    PublishDiagnosticsParams params = new PublishDiagnosticsParams(uri.toString(), diagnostics);
    params.setVersion(document.version());
    client.publishDiagnostics(params);
  }

  private List<Published> snapshot(URI uri) {
    synchronized (published) {
      return List.copyOf(published.getOrDefault(uri, List.of()));
    }
  }

  private static org.eclipse.lsp4j.Diagnostic toLsp(Diagnostic finding) {
    org.eclipse.lsp4j.Diagnostic d = new org.eclipse.lsp4j.Diagnostic();
    d.setRange(
        new Range(
            position(finding.line(), finding.column()),
            position(finding.endLine(), finding.endColumn())));
    d.setSeverity(
        finding.severity() == Severity.ERROR
            ? org.eclipse.lsp4j.DiagnosticSeverity.Error
            : org.eclipse.lsp4j.DiagnosticSeverity.Warning);
    d.setSource("jatomics");
    d.setCode(finding.check());
    d.setMessage(finding.textWithHint("\nFix: "));
    return d;
  }

  /**
   * An LSP position (0-based line, UTF-16 character) from the reviewer's 1-based line and column.
   */
  private static Position position(int line, int column) {
    return new Position(line - 1, column - 1);
  }

  private static boolean overlaps(Range a, Range b) {
    return !before(a.getEnd(), b.getStart()) && !before(b.getEnd(), a.getStart());
  }

  private static boolean contains(Range range, Position p) {
    return !before(p, range.getStart()) && !before(range.getEnd(), p);
  }

  private static boolean before(Position a, Position b) {
    return a.getLine() < b.getLine()
        || (a.getLine() == b.getLine() && a.getCharacter() < b.getCharacter());
  }

  private static java.util.Optional<Path> fileRoot(String uri) {
    try {
      URI parsed = URI.create(uri);
      return "file".equals(parsed.getScheme())
          ? java.util.Optional.of(Path.of(parsed))
          : java.util.Optional.empty();
    } catch (RuntimeException e) {
      return java.util.Optional.empty();
    }
  }

  /** LSP 3.17 deprecates rootUri for workspaceFolders, but older clients send only rootUri. */
  @SuppressWarnings("deprecation")
  private static String rootUri(InitializeParams params) {
    return params.getRootUri();
  }

  private static JsonElement asJson(Object settings) {
    return settings instanceof JsonElement json ? json : null;
  }

  private void log(String text) {
    if (client != null) {
      client.logMessage(new MessageParams(MessageType.Log, "jatomics: " + text));
    }
  }

  private void message(MessageType type, String text) {
    if (client != null) {
      client.showMessage(new MessageParams(type, text));
    }
  }
}
