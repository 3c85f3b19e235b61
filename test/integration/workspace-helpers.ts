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

/** Counts a view's refreshes from a quiet moment on: earlier suites' changes may still be on their way. */
export async function refreshesFromQuiet(event: vscode.Event<unknown>, quietMs = 1500): Promise<{ readonly count: number; dispose(): void }> {
  let count = 0;
  let last = Date.now();
  const listener = event(() => {
    count++;
    last = Date.now();
  });
  try {
    await waitFor('a quiet view', () => Date.now() - last > quietMs || undefined, 20_000);
  } catch (error) {
    listener.dispose();
    throw error;
  }
  count = 0;
  return {
    get count() {
      return count;
    },
    dispose: () => listener.dispose(),
  };
}

/** Resolves once the index has re-read `uri` after an edit. */
export function indexedAgain(api: SourcemarkApi, uri: vscode.Uri): Promise<void> {
  return new Promise((resolve) => {
    const listener = api.index.onDidChange((change) => {
      if (change.path !== uri.fsPath || change.kind !== 'article') return;
      listener.dispose();
      resolve();
    });
  });
}
