/** The sidecar store's file access over `vscode.workspace.fs`, so remote and virtual workspaces work too. */
import { basename } from 'node:path';
import * as vscode from 'vscode';
import { FileStore } from '../core/sidecar/file-store';

export const workspaceFileStore: FileStore = {
  async readFile(path) {
    try {
      return await vscode.workspace.fs.readFile(vscode.Uri.file(path));
    } catch (error) {
      if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
      throw error;
    }
  },
  async writeFileAtomic(path, bytes) {
    // A temporary file in the same folder renamed over the target: readers never see half a file.
    const target = vscode.Uri.file(path);
    const temp = vscode.Uri.joinPath(target, '..', `.${basename(path)}.${Math.random().toString(36).slice(2, 10)}.tmp`);
    try {
      await vscode.workspace.fs.writeFile(temp, bytes);
      await vscode.workspace.fs.rename(temp, target, { overwrite: true });
    } catch (error) {
      await vscode.workspace.fs.delete(temp).then(undefined, () => undefined);
      throw error;
    }
  },
};
