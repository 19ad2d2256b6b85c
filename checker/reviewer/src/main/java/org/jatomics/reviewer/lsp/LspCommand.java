package org.jatomics.reviewer.lsp;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import picocli.CommandLine.Command;

/**
 * {@code jatomics lsp}: runs the language server on standard input and output. Standard output
 * carries protocol messages only: anything else that would print there goes to standard error.
 */
@Command(
    name = "lsp",
    mixinStandardHelpOptions = true,
    versionProvider = org.jatomics.reviewer.Jatomics.Version.class,
    description = {
      "Runs the jatomics language server (Language Server Protocol 3.17 on standard input and"
          + " output) so that editors show the checks while you type. See docs/ide.md for editor"
          + " set-ups."
    })
public final class LspCommand implements Callable<Integer> {
  @Override
  public Integer call() throws InterruptedException {
    InputStream in = System.in;
    PrintStream out = System.out;
    System.setOut(System.err); // nothing but the protocol on standard output
    JatomicsLanguageServer server = new JatomicsLanguageServer();
    Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
    server.connect(launcher.getRemoteProxy());
    try {
      launcher.startListening().get();
    } catch (ExecutionException e) {
      System.err.println("jatomics lsp: the connection failed: " + e.getCause());
      return 1;
    }
    // The client closed the stream without 'exit': LSP says exit with 1 unless shut down.
    return 1;
  }
}
