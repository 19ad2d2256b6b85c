// jatomics for VS Code: starts `java -jar jatomics-reviewer-VERSION-all.jar lsp` for Java files.
// Diagnostics, quick fixes and hover come from the server (docs/ide.md).
import * as vscode from 'vscode';
import {
  DidChangeConfigurationNotification,
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
} from 'vscode-languageclient/node';
import { serverSettings } from './settings';

let client: LanguageClient | undefined;

function configured(): Record<string, unknown> {
  const config = vscode.workspace.getConfiguration('jatomics');
  return serverSettings((key) => config.get(key));
}

async function start(): Promise<void> {
  const config = vscode.workspace.getConfiguration('jatomics');
  const jar = config.get<string>('jar') || process.env.JATOMICS_JAR || '';
  if (jar === '') {
    vscode.window.showErrorMessage(
      'jatomics: set "jatomics.jar" to the jatomics-reviewer-VERSION-all.jar (or JATOMICS_JAR)');
    return;
  }
  const serverOptions: ServerOptions = {
    command: config.get<string>('java') || 'java',
    args: ['-jar', jar, 'lsp'],
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file', language: 'java' }, { scheme: 'untitled', language: 'java' }],
    initializationOptions: configured(),
    synchronize: {
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/*.java'),
        vscode.workspace.createFileSystemWatcher('**/.jatomics.yml'),
      ],
    },
  };
  client = new LanguageClient('jatomics', 'jatomics', serverOptions, clientOptions);
  await client.start();
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (!event.affectsConfiguration('jatomics')) {
        return;
      }
      if (event.affectsConfiguration('jatomics.jar') || event.affectsConfiguration('jatomics.java')) {
        await client?.stop();
        client = undefined;
        await start();
      } else {
        await client?.sendNotification(DidChangeConfigurationNotification.type, {
          settings: { jatomics: configured() },
        });
      }
    }),
  );
  await start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
