// The server's settings from VS Code's `jatomics.*` configuration. Kept apart from the extension
// (no `vscode` import) so that the project's tests run it with plain Node.

/** The keys the server reads (those of `.jatomics.yml`); `jar` and `java` are the extension's own. */
export const SERVER_KEYS = ['unsafe-methods', 'field-offset-methods', 'var-handle-factories', 'docs-url', 'enable', 'disable'];

/**
 * The settings to send: the server's keys with a value the user gave. An empty list or string
 * (VS Code's defaults) is left out, so `.jatomics.yml` decides: the server takes a key the client
 * sends over the file's, and an empty `enable` would leave no check to run.
 */
export function serverSettings(get: (key: string) => unknown): Record<string, unknown> {
  const settings: Record<string, unknown> = {};
  for (const key of SERVER_KEYS) {
    const value = get(key);
    if (Array.isArray(value) ? value.length > 0 : typeof value === 'string' && value.trim() !== '') {
      settings[key] = value;
    }
  }
  return settings;
}
