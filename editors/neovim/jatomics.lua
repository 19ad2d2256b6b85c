-- jatomics language server for Neovim 0.7+ (built-in LSP client, no plugin needed).
-- Put this file on your runtimepath (e.g. ~/.config/nvim/lua/jatomics.lua) and call
--   require('jatomics').setup({ jar = '/path/to/jatomics-reviewer-VERSION-all.jar' })
-- from init.lua. Every Java buffer then gets the jatomics checks as diagnostics, quick fixes
-- through vim.lsp.buf.code_action(), and the check's documentation through vim.lsp.buf.hover().
local M = {}

function M.setup(opts)
  opts = opts or {}
  local java = opts.java or 'java'
  local jar = opts.jar or os.getenv('JATOMICS_JAR')
  if jar == nil then
    vim.notify('jatomics: set opts.jar or $JATOMICS_JAR to the jatomics-reviewer -all jar', vim.log.levels.ERROR)
    return
  end
  local settings = opts.settings or {}
  vim.api.nvim_create_autocmd('FileType', {
    pattern = 'java',
    callback = function(args)
      local root = vim.fs and vim.fs.dirname(vim.fs.find({ '.git', 'pom.xml', 'build.gradle' },
        { upward = true, path = vim.api.nvim_buf_get_name(args.buf) })[1]) or vim.fn.getcwd()
      M.client_id = M.client_id or vim.lsp.start_client({
        name = 'jatomics',
        cmd = { java, '-jar', jar, 'lsp' },
        root_dir = root or vim.fn.getcwd(),
        init_options = settings,
        settings = { jatomics = settings },
      })
      vim.lsp.buf_attach_client(args.buf, M.client_id)
    end,
  })
end

return M
