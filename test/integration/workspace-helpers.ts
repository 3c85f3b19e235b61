// Shared by the integration tests: the extension's API, fixture files, and waiting for asynchronous effects.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SourcemarkApi } from '../../src/extension/extension';

/** Activates the extension (if needed) and returns its exported API. */
export async function activateApi(): Promise<SourcemarkApi> {
  const extension = vscode.extensions.getExtension<SourcemarkApi | undefined>('sourcemark.sourcemark');
  assert.ok(extension, 'the Sourcemark extension is installed');
  const api = await extension.activate();
  assert.ok(api, 'the extension exports its test API in a test run (ExtensionMode.Test)');
  return api;
}

/** A file of the (temporary copy of the) fixture workspace. */
export function fileInWorkspace(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'tests run in a workspace');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** Polls until `probe` returns a truthy value: watchers, writes and the index are asynchronous. */
export async function waitFor<T>(
  what: string,
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The Markdown of hovers as one string, cards separated by `---`. */
export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n---\n');
}
