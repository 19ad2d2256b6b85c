package org.jatomics.reviewer.jar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.*;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jatomics lsp} through the real protocol: the shipped jar started as a subprocess and
 * driven by an LSP4J client, as an editor drives it.
 */
class LanguageServerIT {
  @TempDir Path workspace;

  /** Records what the server sends. */
  static final class Client implements LanguageClient {
    final BlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();
    final BlockingQueue<MessageParams> messages = new LinkedBlockingQueue<>();

    @Override
    public void telemetryEvent(Object object) {}

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams params) {
      diagnostics.add(params);
    }

    @Override
    public void showMessage(MessageParams params) {
      messages.add(params);
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(
        ShowMessageRequestParams params) {
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams params) {}

    final BlockingQueue<Registration> registrations = new LinkedBlockingQueue<>();

    @Override
    public CompletableFuture<Void> registerCapability(RegistrationParams params) {
      registrations.addAll(params.getRegistrations());
      return CompletableFuture.completedFuture(null);
    }

    /** The next diagnostics published for {@code uri}. */
    List<Diagnostic> next(String uri) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (System.nanoTime() < deadline) {
        PublishDiagnosticsParams p = diagnostics.poll(1, TimeUnit.SECONDS);
        if (p != null && p.getUri().equals(uri)) {
          return p.getDiagnostics();
        }
      }
      throw new AssertionError("no diagnostics for " + uri + " within 60 s");
    }
  }

  @Test
  void editorSessionFromOpenToExit() throws Exception {
    // Cross-file fact: the @Atomic field is declared in another file of the workspace.
    Path pkg = Files.createDirectories(workspace.resolve("src/p"));
    Files.writeString(
        pkg.resolve("Counter.java"),
        """
        package p;

        import org.jatomics.annotations.Atomic;

        public class Counter {
          @Atomic public long hits;
        }
        """);
    // The workspace's .jatomics.yml counts (its keys are the reviewer's).
    Files.writeString(
        workspace.resolve(".jatomics.yml"),
        "disable: [UnnecessarySafetyComment]\nfail-on: warning\n");
    Path user = pkg.resolve("User.java");
    Files.writeString(user, "package p;\nclass User {}\n"); // on disk: nothing to report
    String uri = user.toUri().toString();
    // Unsaved text in the editor; a non-ASCII string before the access checks UTF-16 columns.
    String unsaved =
        """
        package p;

        class User {
          long read(Counter c) {
            String s = "héllo 😀"; return c.hits;
          }
          // SAFETY: stale, but UnnecessarySafetyComment is off in .jatomics.yml
          int x = 1;
        }
        """;

    Session session = start();
    Process process = session.process();
    Client client = session.client();
    LanguageServer server = session.server();

    InitializeParams init = new InitializeParams();
    init.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "ws")));
    InitializeResult result = server.initialize(init).get(60, TimeUnit.SECONDS);
    assertEquals("jatomics", result.getServerInfo().getName());
    server.initialized(new InitializedParams());

    server
        .getTextDocumentService()
        .didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "java", 1, unsaved)));
    List<Diagnostic> diagnostics = client.next(uri);
    while (diagnostics.isEmpty()) { // the workspace index may not be ready for the first analysis
      diagnostics = client.next(uri);
    }
    assertEquals(1, diagnostics.size(), diagnostics.toString());
    Diagnostic d = diagnostics.get(0);
    assertEquals("jatomics", d.getSource());
    assertEquals("NonAtomicAccess", d.getCode().getLeft());
    assertEquals(DiagnosticSeverity.Error, d.getSeverity());
    // The field expression `c.hits`, in UTF-16 code units (the emoji is two of them).
    int column = "    String s = \"héllo 😀\"; return ".length();
    assertEquals(new Range(new Position(4, column), new Position(4, column + 6)), d.getRange());

    // Hover shows the check's documentation.
    Hover hover =
        server
            .getTextDocumentService()
            .hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(4, column + 1)))
            .get(30, TimeUnit.SECONDS);
    assertTrue(
        hover.getContents().getRight().getValue().startsWith("# NonAtomicAccess"),
        hover.toString());

    // The quick fix, applied as an editor applies it, removes the finding (imports included).
    CodeActionParams actionParams =
        new CodeActionParams(
            new TextDocumentIdentifier(uri), d.getRange(), new CodeActionContext(List.of(d)));
    List<Either<Command, CodeAction>> actions =
        server.getTextDocumentService().codeAction(actionParams).get(30, TimeUnit.SECONDS);
    assertEquals(1, actions.size(), actions.toString());
    CodeAction action = actions.get(0).getRight();
    assertEquals(CodeActionKind.QuickFix, action.getKind());
    List<TextEdit> edits = action.getEdit().getChanges().get(uri);
    String fixed = applyAll(unsaved, edits);
    assertTrue(fixed.contains("CounterAtomics.loadHits(c, ACQUIRE)"), fixed);
    assertTrue(fixed.contains("import static org.jatomics.Ordering.ACQUIRE;"), fixed);
    VersionedTextDocumentIdentifier v2 = new VersionedTextDocumentIdentifier(uri, 2);
    server
        .getTextDocumentService()
        .didChange(
            new DidChangeTextDocumentParams(
                v2, List.of(new TextDocumentContentChangeEvent(fixed))));
    assertEquals(List.of(), client.next(uri), "the fix leaves nothing to report");

    // An incremental edit brings the problem back.
    String broken = "c.hits";
    int line = (int) fixed.lines().takeWhile(l -> !l.contains("CounterAtomics.loadHits")).count();
    String fixedLine = fixed.lines().toList().get(line);
    int from = fixedLine.indexOf("CounterAtomics.loadHits(c, ACQUIRE)");
    TextDocumentContentChangeEvent splice =
        new TextDocumentContentChangeEvent(
            new Range(
                new Position(line, from),
                new Position(line, from + "CounterAtomics.loadHits(c, ACQUIRE)".length())),
            broken);
    server
        .getTextDocumentService()
        .didChange(
            new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, 3), List.of(splice)));
    assertEquals(1, client.next(uri).size());

    // Configuration: switching the check off clears the diagnostic; an unknown key is refused.
    JsonObject off =
        JsonParser.parseString(
                "{\"jatomics\": {\"disable\": [\"NonAtomicAccess\", \"UnnecessarySafetyComment\"]}}")
            .getAsJsonObject();
    server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(off));
    assertEquals(List.of(), client.next(uri));
    JsonObject typo = JsonParser.parseString("{\"unsafe-method\": \"p.X#y\"}").getAsJsonObject();
    server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(typo));
    MessageParams refused = client.messages.poll(30, TimeUnit.SECONDS);
    assertNotNull(refused);
    assertTrue(
        refused
            .getMessage()
            .contains(
                "unknown setting 'unsafe-method'; the settings are enable, disable, docs-url, field-offset-methods, unsafe-methods, var-handle-factories"),
        refused.getMessage());

    // Closing clears the document's diagnostics.
    server
        .getTextDocumentService()
        .didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
    assertEquals(List.of(), client.next(uri));

    server.shutdown().get(30, TimeUnit.SECONDS);
    server.exit();
    assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the server exits after 'exit'");
    assertEquals(0, process.exitValue());
  }

  /** The server as an editor starts it, with its client. */
  record Session(Process process, Client client, LanguageServer server) {}

  static Session start() throws Exception {
    Process process =
        new ProcessBuilder(
                ReviewerJar.java(), "-jar", ReviewerJar.jar().toAbsolutePath().toString(), "lsp")
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    Client client = new Client();
    Launcher<LanguageServer> launcher =
        LSPLauncher.createClientLauncher(
            client, process.getInputStream(), process.getOutputStream());
    launcher.startListening();
    return new Session(process, client, launcher.getRemoteProxy());
  }

  @Test
  void changesOnDiskReachOpenDocumentsThroughWatchedFiles() throws Exception {
    Path counter = workspace.resolve("Counter.java");
    Files.writeString(
        counter, "import org.jatomics.annotations.Atomic;\nclass Counter { @Atomic long hits; }\n");
    Path user = workspace.resolve("User.java");
    String text = "class User { long read(Counter c) { return c.hits; } }\n";
    Files.writeString(user, text);
    String uri = user.toUri().toString();
    Session session = start();
    InitializeParams init = new InitializeParams();
    init.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "ws")));
    ClientCapabilities capabilities = new ClientCapabilities();
    WorkspaceClientCapabilities workspaceCapabilities = new WorkspaceClientCapabilities();
    workspaceCapabilities.setDidChangeWatchedFiles(new DidChangeWatchedFilesCapabilities(true));
    capabilities.setWorkspace(workspaceCapabilities);
    init.setCapabilities(capabilities);
    session.server().initialize(init).get(60, TimeUnit.SECONDS);
    session.server().initialized(new InitializedParams());
    Registration watch = session.client().registrations.poll(60, TimeUnit.SECONDS);
    assertNotNull(watch, "the server registers its file watchers");
    assertEquals("workspace/didChangeWatchedFiles", watch.getMethod());
    assertTrue(watch.getRegisterOptions().toString().contains("**/*.java"), watch.toString());
    assertTrue(
        watch.getRegisterOptions().toString().contains("**/.jatomics.yml"), watch.toString());

    session
        .server()
        .getTextDocumentService()
        .didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "java", 1, text)));
    List<Diagnostic> diagnostics = session.client().next(uri);
    while (diagnostics.isEmpty()) { // until the index holds Counter
      diagnostics = session.client().next(uri);
    }
    assertEquals("NonAtomicAccess", diagnostics.get(0).getCode().getLeft());

    // Counter changes on disk (another tool, a git checkout): the field is no longer @Atomic.
    Files.writeString(counter, "class Counter { long hits; }\n");
    session
        .server()
        .getWorkspaceService()
        .didChangeWatchedFiles(
            new DidChangeWatchedFilesParams(
                List.of(new FileEvent(counter.toUri().toString(), FileChangeType.Changed))));
    assertEquals(List.of(), session.client().next(uri));

    // Back to @Atomic, and a new .jatomics.yml turns the check off.
    Files.writeString(
        counter, "import org.jatomics.annotations.Atomic;\nclass Counter { @Atomic long hits; }\n");
    session
        .server()
        .getWorkspaceService()
        .didChangeWatchedFiles(
            new DidChangeWatchedFilesParams(
                List.of(new FileEvent(counter.toUri().toString(), FileChangeType.Changed))));
    assertEquals(1, session.client().next(uri).size());
    Path config = workspace.resolve(".jatomics.yml");
    Files.writeString(config, "disable: [NonAtomicAccess]\n");
    session
        .server()
        .getWorkspaceService()
        .didChangeWatchedFiles(
            new DidChangeWatchedFilesParams(
                List.of(new FileEvent(config.toUri().toString(), FileChangeType.Created))));
    assertEquals(List.of(), session.client().next(uri));

    session.server().shutdown().get(30, TimeUnit.SECONDS);
    session.server().exit();
    assertTrue(session.process().waitFor(30, TimeUnit.SECONDS));
    assertEquals(0, session.process().exitValue());
  }

  @Test
  void exitWithoutShutdownIsStatusOne() throws Exception {
    Session session = start();
    session.server().initialize(new InitializeParams()).get(60, TimeUnit.SECONDS);
    session.server().initialized(new InitializedParams());
    session.server().exit();
    assertTrue(session.process().waitFor(30, TimeUnit.SECONDS), "the server exits on 'exit'");
    assertEquals(1, session.process().exitValue(), "LSP: exit without shutdown is status 1");
  }

  @Test
  void theClientClosingTheStreamEndsTheServerWithStatusOne() throws Exception {
    Session session = start();
    session.server().initialize(new InitializeParams()).get(60, TimeUnit.SECONDS);
    session.process().getOutputStream().close();
    assertTrue(
        session.process().waitFor(30, TimeUnit.SECONDS), "the server ends when its input ends");
    assertEquals(1, session.process().exitValue());
  }

  /** Applies LSP edits (non-overlapping) to {@code text}, last first. */
  static String applyAll(String text, List<TextEdit> edits) {
    List<TextEdit> sorted = new java.util.ArrayList<>(edits);
    sorted.sort(
        (a, b) -> {
          int c =
              Integer.compare(b.getRange().getStart().getLine(), a.getRange().getStart().getLine());
          return c != 0
              ? c
              : Integer.compare(
                  b.getRange().getStart().getCharacter(), a.getRange().getStart().getCharacter());
        });
    String result = text;
    for (TextEdit edit : sorted) {
      int start = offset(result, edit.getRange().getStart());
      int end = offset(result, edit.getRange().getEnd());
      result = result.substring(0, start) + edit.getNewText() + result.substring(end);
    }
    return result;
  }

  private static int offset(String text, Position p) {
    int i = 0;
    for (int line = 0; line < p.getLine(); line++) {
      i = text.indexOf('\n', i) + 1;
    }
    return i + p.getCharacter();
  }
}
