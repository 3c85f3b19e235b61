/** Reads an article as the editor sees it: the open document's text, else the file decoded from disk. */
import * as vscode from 'vscode';
import { isWorkspaceFileUri } from './workspace-uri';
import { decodeArticle } from '../core/article/decode-article';

/**
 * The open editor document of a file on disk. Matched on a workspace file URI only: a `git:` document of the same
 * path (a diff view) holds another version of the text and must never stand in for the article.
 */
export function openDocumentFor(uri: vscode.Uri): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((document) => isWorkspaceFileUri(document.uri) && document.uri.fsPath === uri.fsPath);
}

/** The current text of an article; undefined when it is gone or not readable text. */
export async function readArticleText(uri: vscode.Uri): Promise<string | undefined> {
  const open = openDocumentFor(uri);
  return open ? open.getText() : readArticleFile(uri);
}

/** The article as it is on disk, decoded; undefined when it is gone or not readable text. */
export async function readArticleFile(uri: vscode.Uri): Promise<string | undefined> {
  try {
    const decoded = decodeArticle(await vscode.workspace.fs.readFile(uri), Number.MAX_SAFE_INTEGER);
    return decoded.ok ? decoded.text : undefined;
  } catch {
    return undefined;
  }
}
