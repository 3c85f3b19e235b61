/** Reads an article as the editor sees it: the open document's text, else the file decoded from disk. */
import * as vscode from 'vscode';
import { decodeArticle } from '../core/article/decode-article';

/** The current text of an article; undefined when it is gone or not readable text. */
export async function readArticleText(uri: vscode.Uri): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((document) => document.uri.fsPath === uri.fsPath);
  if (open) return open.getText();
  try {
    const decoded = decodeArticle(await vscode.workspace.fs.readFile(uri), Number.MAX_SAFE_INTEGER);
    return decoded.ok ? decoded.text : undefined;
  } catch {
    return undefined;
  }
}
