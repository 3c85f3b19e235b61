/** The extension's one log channel; level set through VS Code's "Developer: Set Log Level". */
import * as vscode from 'vscode';

export type Log = vscode.LogOutputChannel;

export function createLog(context: vscode.ExtensionContext): Log {
  const log = vscode.window.createOutputChannel('Sourcemark', { log: true });
  context.subscriptions.push(log);
  return log;
}

/** Shows one sentence with a way to the details, as the style guide asks. */
export async function showError(log: Log, message: string, error?: unknown): Promise<void> {
  log.error(message, ...(error === undefined ? [] : [error]));
  const choice = await vscode.window.showErrorMessage(message, 'Show Log');
  if (choice === 'Show Log') log.show();
}
