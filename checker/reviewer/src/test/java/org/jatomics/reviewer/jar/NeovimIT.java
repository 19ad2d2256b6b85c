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
 * A real editor: headless Neovim (0.7+, built-in LSP client) with the repository's own
 * {@code editors/neovim/jatomics.lua} opens a file with a finding and reads the diagnostics back.
 * {@code .ci/run} installs Neovim (Debian package {@code neovim}) when it can; where it cannot, this
 * test says so in the log and does not run.
 */
class NeovimIT {
  @TempDir Path dir;

  @Test
  void neovimShowsTheDiagnosticsOfAnOpenFile() throws Exception {
    Path nvim = Path.of("/usr/bin/nvim");
    if (!Files.isExecutable(nvim)) {
      System.out.println("NeovimIT: NOT RUN: Neovim is not installed (apt-get install neovim); the"
          + " protocol itself is tested by LanguageServerIT");
    }
    Assumptions.assumeTrue(Files.isExecutable(nvim), "Neovim is not installed (apt-get install neovim)");

    Path file = dir.resolve("Counter.java");
    Files.writeString(file, """
        import org.jatomics.annotations.Atomic;

        class Counter {
          @Atomic long hits;

          void hit() {
            hits++;
          }
        }
        """);
    Path out = dir.resolve("diagnostics.txt");
    Path editors = Path.of(System.getProperty("jatomics.root", "../..")).resolve("editors/neovim").toAbsolutePath();
    Path script = dir.resolve("test.lua");
    Files.writeString(script, """
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
        """.formatted(editors, ReviewerJar.java(), ReviewerJar.jar().toAbsolutePath(), file, out));
    ReviewerJar.Result result =
        ReviewerJar.start(dir, List.of(nvim.toString(), "--headless", "-u", "NONE", "-c", "luafile " + script));
    assertEquals(0, result.exit(), result.out() + result.err());
    assertTrue(Files.exists(out), "Neovim wrote no diagnostics file: " + result.out() + result.err());
    assertEquals(List.of("6:4:jatomics:NonAtomicAccess"), Files.readAllLines(out));
  }
}
