package org.jatomics.reviewer.jar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real editor: headless Neovim (0.7+, built-in LSP client) with the repository's own {@code
 * editors/neovim/jatomics.lua} opens a file with a finding and reads the diagnostics back. {@code
 * .ci/run} installs Neovim (Debian package {@code neovim}) when it can; where it cannot, this test
 * says so in the log and does not run.
 */
class NeovimIT {
  @TempDir Path dir;

  @Test
  void neovimShowsTheDiagnosticsOfAnOpenFile() throws Exception {
    Path nvim = Path.of("/usr/bin/nvim");
    if (!Files.isExecutable(nvim)) {
      System.out.println(
          "NeovimIT: NOT RUN: Neovim is not installed (apt-get install neovim); the"
              + " protocol itself is tested by LanguageServerIT");
    }
    Assumptions.assumeTrue(
        Files.isExecutable(nvim), "Neovim is not installed (apt-get install neovim)");

    Path file = dir.resolve("Counter.java");
    Files.writeString(
        file,
        """
        import org.jatomics.annotations.Atomic;

        class Counter {
          @Atomic long hits;

          void hit() {
            hits++;
          }
        }
        """);
    Path out = dir.resolve("diagnostics.txt");
    Path editors =
        Path.of(System.getProperty("jatomics.root", "../.."))
            .resolve("editors/neovim")
            .toAbsolutePath();
    Path script = dir.resolve("test.lua");
    Files.writeString(
        script,
        """
        package.path = '%s/?.lua;' .. package.path
        vim.cmd('filetype on')
        require('jatomics').setup({ java = '%s', jar = '%s' })
        vim.cmd('edit %s')
        vim.wait(60000, function() return #vim.diagnostic.get(0) > 0 end, 100)
        local lines = {}
        for _, d in ipairs(vim.diagnostic.get(0)) do
          local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or ''
          table.insert(lines, string.format('%%d:%%d:%%s:%%s', d.lnum, d.col, d.source or '', code))
        end
        vim.fn.writefile(lines, '%s')
        vim.cmd('qa!')
        """
            .formatted(editors, ReviewerJar.java(), ReviewerJar.jar().toAbsolutePath(), file, out));
    ReviewerJar.Result result =
        ReviewerJar.start(
            dir, List.of(nvim.toString(), "--headless", "-u", "NONE", "-c", "luafile " + script));
    assertEquals(0, result.exit(), result.out() + result.err());
    assertTrue(
        Files.exists(out), "Neovim wrote no diagnostics file: " + result.out() + result.err());
    assertEquals(List.of("6:4:jatomics:NonAtomicAccess"), Files.readAllLines(out));
  }

  @Test
  void theLuaSnippetsOfTheEditorGuideLoad() throws Exception {
    Path nvim = Path.of("/usr/bin/nvim");
    Assumptions.assumeTrue(
        Files.isExecutable(nvim), "Neovim is not installed (apt-get install neovim)");
    String guide =
        Files.readString(
            Path.of(System.getProperty("jatomics.root", "../..")).resolve("docs/ide.md"));
    java.util.regex.Matcher block =
        java.util.regex.Pattern.compile("```lua\n(.*?)```", java.util.regex.Pattern.DOTALL)
            .matcher(guide);
    int count = 0;
    while (block.find()) {
      Path snippet = dir.resolve("snippet" + count++ + ".lua");
      Files.writeString(snippet, block.group(1));
      Path out = dir.resolve("load" + count + ".txt");
      // Compiles the snippet (syntax) without running it: it needs plugins and a jar.
      String lua =
          "local f, err = loadfile('%s'); vim.fn.writefile({ f and 'ok' or tostring(err) }, '%s'); vim.cmd('qa!')"
              .formatted(snippet, out);
      ReviewerJar.Result result =
          ReviewerJar.start(
              dir, List.of(nvim.toString(), "--headless", "-u", "NONE", "-c", "lua " + lua));
      assertEquals(0, result.exit(), result.out() + result.err());
      assertEquals(
          List.of("ok"),
          Files.readAllLines(out),
          "docs/ide.md lua block " + count + ":\n" + block.group(1));
    }
    assertTrue(count >= 3, count + " lua blocks in docs/ide.md");
  }
}
