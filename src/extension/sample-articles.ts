/**
 * `sourcemark.openSampleArticles`, the walkthrough's first step: copies the five sample articles (with their
 * sidecars) shipped in the extension into the workspace, or into a folder the analyst picks when none is open,
 * and opens the first. Files go through workspace.fs, so this works in the browser too; nothing is overwritten.
 */
import * as vscode from 'vscode';
import { isSidecarPath } from '../core/sidecar/sidecar-paths';
import { Log } from './log';

export const OPEN_SAMPLES_COMMAND = 'sourcemark.openSampleArticles';
const SAMPLE_FOLDER = 'sourcemark-samples';

async function sampleNames(source: vscode.Uri): Promise<string[]> {
  return (await vscode.workspace.fs.readDirectory(source))
    .filter(([name, type]) => type === vscode.FileType.File && (name.endsWith('.txt') || isSidecarPath(name)))
    .map(([name]) => name)
    .sort();
}

/** Copies the samples into `target` (creating it), skipping names already there; returns the articles' URIs. */
async function copySampleArticles(names: string[], source: vscode.Uri, target: vscode.Uri): Promise<vscode.Uri[]> {
  await vscode.workspace.fs.createDirectory(target);
  for (const name of names) {
    const to = vscode.Uri.joinPath(target, name);
    // The analyst may have annotated an earlier copy: keep it.
    if (await exists(to)) continue;
    await vscode.workspace.fs.copy(vscode.Uri.joinPath(source, name), to, { overwrite: false });
  }
  return names.filter((name) => name.endsWith('.txt')).map((name) => vscode.Uri.joinPath(target, name));
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

async function openSampleArticles(context: vscode.ExtensionContext, log: Log): Promise<vscode.Uri[] | undefined> {
  const source = vscode.Uri.joinPath(context.extensionUri, 'seeds');
  const workspace = vscode.workspace.workspaceFolders?.[0];
  try {
    const names = await sampleNames(source);
    if (workspace) {
      // Already open on the samples themselves (`npm start` opens seeds/): no second copy.
      const atRoot = (await Promise.all(names.map((name) => exists(vscode.Uri.joinPath(workspace.uri, name))))).every(Boolean);
      const articles = await copySampleArticles(names, source, atRoot ? workspace.uri : vscode.Uri.joinPath(workspace.uri, SAMPLE_FOLDER));
      // Not a preview: the walkthrough's own (preview) tab must stay open beside it.
      if (articles[0]) await vscode.window.showTextDocument(articles[0], { preview: false });
      return articles;
    }
    const [folder] =
      (await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: 'Copy Sample Articles Here' })) ?? [];
    if (!folder) return undefined;
    const articles = await copySampleArticles(names, source, vscode.Uri.joinPath(folder, SAMPLE_FOLDER));
    await vscode.commands.executeCommand('vscode.openFolder', vscode.Uri.joinPath(folder, SAMPLE_FOLDER));
    return articles;
  } catch (error) {
    log.error('could not copy the sample articles', error);
    void vscode.window.showErrorMessage(`Sourcemark could not copy the sample articles: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

export function registerSampleArticles(context: vscode.ExtensionContext, log: Log): void {
  context.subscriptions.push(vscode.commands.registerCommand(OPEN_SAMPLES_COMMAND, () => openSampleArticles(context, log)));
}
