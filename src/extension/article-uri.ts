/** Which files are articles, by name and place: `.txt`/`.md`, not sidecars, outside node_modules and dot-folders. */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { isArticleFileName, isSkippedFolder } from '../core/article/article-files';

export function isArticleUri(uri: vscode.Uri): boolean {
  if (uri.scheme !== 'file' || !isArticleFileName(path.posix.basename(uri.path))) return false;
  // Only folders inside the workspace count: a workspace may itself live under a dot-folder.
  return !vscode.workspace.asRelativePath(uri, false).split('/').slice(0, -1).some(isSkippedFolder);
}
