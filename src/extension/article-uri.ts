/** Which files are articles, by name and place: `.txt`/`.md`, not sidecars, outside node_modules and dot-folders. */
import * as vscode from 'vscode';
import { isWorkspaceFileUri } from './workspace-uri';
import { isArticleFileName, isSkippedFolder } from '../core/article/article-files';

export function isArticleUri(uri: vscode.Uri): boolean {
  if (!isWorkspaceFileUri(uri) || !isArticleFileName(uri.path.slice(uri.path.lastIndexOf('/') + 1))) return false;
  // Only folders inside the workspace count: a workspace may itself live under a dot-folder.
  return !vscode.workspace.asRelativePath(uri, false).split('/').slice(0, -1).some(isSkippedFolder);
}
