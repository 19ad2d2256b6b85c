package org.jatomics.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * The language server's latency and memory, measured as an editor sees them: {@code java -cp
 * BENCHMARKS_JAR org.jatomics.benchmarks.LspLatency REVIEWER_ALL_JAR WORKSPACE_LINES EDITS}. It
 * generates a workspace of about WORKSPACE_LINES lines (files of 1,000 lines, each with
 * {@code @Atomic} fields and plain accesses), starts {@code java -jar REVIEWER_ALL_JAR lsp}, opens
 * one 1,000-line file and changes it EDITS times, printing the time from each {@code didChange} to
 * the {@code publishDiagnostics} for that version (median, 90th percentile, max after a warm-up of
 * a tenth) once the workspace is indexed, the time to the open file's first diagnostics (the
 * indexing runs in the background) and to the complete index, and the server's heap after a GC
 * ({@code jcmd}).
 */
public final class LspLatency {
  private LspLatency() {}

  public static void main(String[] args) throws Exception {
    Path jar = Path.of(args[0]);
    int workspaceLines = Integer.parseInt(args[1]);
    int edits = Integer.parseInt(args[2]);
    Path workspace = Files.createTempDirectory("jatomics-lsp-bench");
    int files = Math.max(1, workspaceLines / 1000);
    for (int f = 0; f < files; f++) {
      Files.writeString(workspace.resolve("C" + f + ".java"), file(f, 0));
    }
    Path edited = workspace.resolve("C0.java");
    String uri = edited.toUri().toString();

    BlockingQueue<PublishDiagnosticsParams> published = new LinkedBlockingQueue<>();
    java.util.concurrent.CountDownLatch indexed = new java.util.concurrent.CountDownLatch(1);
    LanguageClient client =
        new LanguageClient() {
          @Override
          public void telemetryEvent(Object object) {}

          @Override
          public void publishDiagnostics(PublishDiagnosticsParams p) {
            published.add(p);
          }

          @Override
          public void showMessage(MessageParams p) {
            System.err.println(p.getMessage());
          }

          @Override
          public CompletableFuture<MessageActionItem> showMessageRequest(
              ShowMessageRequestParams p) {
            return CompletableFuture.completedFuture(null);
          }

          @Override
          public void logMessage(MessageParams p) {
            System.out.println("server: " + p.getMessage());
            if (p.getMessage().contains("indexed ")) {
              indexed.countDown();
            }
          }
        };
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.toString(),
                "lsp")
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    Launcher<LanguageServer> launcher =
        LSPLauncher.createClientLauncher(
            client, process.getInputStream(), process.getOutputStream());
    launcher.startListening();
    LanguageServer server = launcher.getRemoteProxy();
    InitializeParams init = new InitializeParams();
    init.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "bench")));
    long start = System.nanoTime();
    server.initialize(init).get(600, TimeUnit.SECONDS);
    server.initialized(new InitializedParams());
    server
        .getTextDocumentService()
        .didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "java", 0, file(0, 0))));
    awaitVersion(published, uri, 0);
    long first = System.nanoTime();
    if (!indexed.await(600, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the workspace was not indexed within 600 s");
    }
    System.out.printf(
        "workspace: %d files, %d lines; initialize to the first diagnostics of the open file: %d ms;"
            + " to the index complete: %d ms%n",
        files, files * 1000, (first - start) / 1_000_000, (System.nanoTime() - start) / 1_000_000);

    long[] micros = new long[edits];
    for (int v = 1; v <= edits; v++) {
      TextDocumentContentChangeEvent change = new TextDocumentContentChangeEvent(file(0, v));
      long t0 = System.nanoTime();
      server
          .getTextDocumentService()
          .didChange(
              new DidChangeTextDocumentParams(
                  new VersionedTextDocumentIdentifier(uri, v), List.of(change)));
      awaitVersion(published, uri, v);
      micros[v - 1] = (System.nanoTime() - t0) / 1000;
    }
    long[] warm = Arrays.copyOfRange(micros, edits / 10, edits);
    Arrays.sort(warm);
    System.out.printf(
        "didChange -> publishDiagnostics, 1,000-line file, %d warm edits: median %.1f ms, p90 %.1f ms, max %.1f ms"
            + " (includes the server's %d ms debounce)%n",
        warm.length,
        warm[warm.length / 2] / 1000.0,
        warm[warm.length * 9 / 10] / 1000.0,
        warm[warm.length - 1] / 1000.0,
        20);
    Process jcmd =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(process.pid()),
                "GC.heap_info")
            .redirectErrorStream(true)
            .start();
    Process gc =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(process.pid()),
                "GC.run")
            .start();
    gc.waitFor();
    jcmd =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(process.pid()),
                "GC.heap_info")
            .redirectErrorStream(true)
            .start();
    System.out.println(
        "server heap after a GC:\n" + new String(jcmd.getInputStream().readAllBytes()));
    server.shutdown().get(30, TimeUnit.SECONDS);
    server.exit();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  private static void awaitVersion(
      BlockingQueue<PublishDiagnosticsParams> published, String uri, int version)
      throws InterruptedException {
    while (true) {
      PublishDiagnosticsParams p = published.poll(600, TimeUnit.SECONDS);
      if (p == null) {
        throw new IllegalStateException("no diagnostics for version " + version);
      }
      if (p.getUri().equals(uri) && p.getVersion() != null && p.getVersion() == version) {
        return;
      }
    }
  }

  /**
   * A 1,000-line class with an {@code @Atomic} field, read plainly on every tenth line (about a
   * hundred findings); {@code salt} changes one name so each edit is a real change.
   */
  static String file(int index, int salt) {
    List<String> lines = new ArrayList<>();
    lines.add("package bench;");
    lines.add("import org.jatomics.annotations.Atomic;");
    lines.add("class C" + index + " {");
    lines.add("  @Atomic long hits;");
    lines.add("  long total" + salt + ";");
    while (lines.size() < 998) {
      int n = lines.size();
      String use = n % 10 == 0 ? "o.hits" : "o.total" + salt;
      lines.add(
          "  long m"
              + n
              + "(C"
              + index
              + " o) { long x = "
              + n
              + " + "
              + use
              + "; return x > 0 ? x : -x; }");
    }
    lines.add("}");
    return String.join("\n", lines) + "\n";
  }
}
