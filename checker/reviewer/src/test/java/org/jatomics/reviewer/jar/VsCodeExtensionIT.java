package org.jatomics.reviewer.jar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The VS Code extension under {@code editors/vscode} builds ({@code npm ci && npm run compile}),
 * and the settings it sends for VS Code's defaults and for a user's choice are what the server
 * accepts. VS Code itself does not run here; where npm is missing, this test says so and does not
 * run.
 */
class VsCodeExtensionIT {
  @TempDir Path dir;

  @Test
  void theExtensionBuildsAndItsSettingsAreTheServers() throws Exception {
    Path npm = Path.of("/usr/bin/npm");
    if (!Files.isExecutable(npm)) {
      System.out.println("VsCodeExtensionIT: NOT RUN: npm is not installed (apt-get install npm)");
    }
    Assumptions.assumeTrue(Files.isExecutable(npm), "npm is not installed (apt-get install npm)");

    Path source =
        Path.of(System.getProperty("jatomics.root", "../.."))
            .resolve("editors/vscode")
            .toAbsolutePath();
    Path extension = dir.resolve("vscode");
    copy(source, extension);
    ReviewerJar.Result build =
        ReviewerJar.start(
            extension,
            List.of("sh", "-c", "npm ci --no-audit --no-fund --loglevel=error && npm run compile"));
    assertEquals(0, build.exit(), build.out() + build.err());
    assertTrue(Files.isRegularFile(extension.resolve("out/extension.js")), build.out());

    // VS Code's defaults (empty lists and strings) send nothing: .jatomics.yml decides.
    assertEquals(
        "{}",
        settings(
            extension,
            "{\"enable\": [], \"disable\": [], \"docs-url\": \"\", \"jar\": \"x.jar\"}"));
    String chosen =
        settings(
            extension, "{\"disable\": [\"NonAtomicAccess\"], \"enable\": [], \"jar\": \"x.jar\"}");
    assertEquals("{\"disable\":[\"NonAtomicAccess\"]}", chosen);

    // The server takes them as initializationOptions: the check is off, and nothing is refused.
    Path file = dir.resolve("Counter.java");
    Files.writeString(
        file,
        "import org.jatomics.annotations.Atomic;\nclass Counter { @Atomic long hits; long f() { return hits; } }\n");
    for (String options : List.of("{}", chosen)) {
      LanguageServerIT.Session session = LanguageServerIT.start();
      InitializeParams init = new InitializeParams();
      init.setInitializationOptions(JsonParser.parseString(options));
      session.server().initialize(init).get(60, TimeUnit.SECONDS);
      session.server().initialized(new InitializedParams());
      String uri = file.toUri().toString();
      session
          .server()
          .getTextDocumentService()
          .didOpen(
              new DidOpenTextDocumentParams(
                  new TextDocumentItem(uri, "java", 1, Files.readString(file))));
      int found = session.client().next(uri).size();
      assertEquals(options.equals("{}") ? 1 : 0, found, options);
      assertNull(
          session.client().messages.poll(),
          "the server refused the extension's settings " + options);
      session.server().shutdown().get(30, TimeUnit.SECONDS);
      session.server().exit();
      session.process().waitFor(30, TimeUnit.SECONDS);
    }
  }

  /**
   * What the compiled extension's serverSettings() makes of VS Code's {@code jatomics.*} values.
   */
  private static String settings(Path extension, String configuration) throws Exception {
    JsonElement parsed = JsonParser.parseString(configuration); // well-formed before Node sees it
    String script =
        "const s = require('./out/settings'); const c = "
            + parsed
            + "; process.stdout.write(JSON.stringify(s.serverSettings(k => c[k])));";
    ReviewerJar.Result result = ReviewerJar.start(extension, List.of("node", "-e", script));
    assertEquals(0, result.exit(), result.err());
    return result.out();
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path path :
          walk.filter(
                  p ->
                      !from.relativize(p).startsWith("node_modules")
                          && !from.relativize(p).startsWith("out"))
              .toList()) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target);
        }
      }
    }
  }
}
