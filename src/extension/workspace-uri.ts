/**
 * Core names files by path; the editor by URI. On the desktop and in code-server's Node extension host the
 * workspace is `file:`, but a web worker extension host sees it under the scheme the browser reaches it by
 * (`vscode-remote:` in code-server, `vscode-vfs:` on github.dev). Paths map back to URIs of that scheme.
 */
import * as vscode from 'vscode';

/** Schemes of the workspace's own files (never `untitled:`, `git:` or `output:` documents). */
export function workspaceSchemes(): Set<string> {
  return new Set(['file', ...(vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri.scheme)]);
}

/** True for a URI of a file in (or beside) the workspace, as opposed to a diff, an output or an untitled document. */
export function isWorkspaceFileUri(uri: vscode.Uri): boolean {
  return workspaceSchemes().has(uri.scheme);
}

/** The URI of a path as core names it (`uri.fsPath`: backslashes in a browser on Windows, whatever the scheme). */
export function uriForPath(path: string): vscode.Uri {
  const slashed = path.replace(/\\/g, '/');
  const folder = (vscode.workspace.workspaceFolders ?? []).find(
    (f) => f.uri.scheme !== 'file' && (slashed === f.uri.path || slashed.startsWith(f.uri.path.replace(/\/?$/, '/'))),
  );
  return folder ? folder.uri.with({ path: slashed }) : vscode.Uri.file(path);
}

/** Document selector for hovers and code actions on workspace files. */
export function workspaceFileSelector(): vscode.DocumentFilter[] {
  return [...workspaceSchemes()].map((scheme) => ({ scheme }));
}
