/** The extension's one log channel; level set through VS Code's "Developer: Set Log Level". */
import * as vscode from 'vscode';

export type Log = vscode.LogOutputChannel;

export function createLog(context: vscode.ExtensionContext): Log {
  const log = vscode.window.createOutputChannel('Sourcemark', { log: true });
  context.subscriptions.push(log);
  return log;
}
