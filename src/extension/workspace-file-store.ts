/** FileStore over `vscode.workspace.fs`, for hosts without Node's fs (the browser's web worker extension host). */
import type * as vscode from 'vscode';
import { sameBytes, type FileStore, type WriteOutcome } from '../core/sidecar/file-store';

/** The part of `vscode.workspace.fs` the store uses. */
export type WorkspaceFileSystem = Pick<vscode.FileSystem, 'readFile' | 'writeFile' | 'rename' | 'delete'>;

/**
 * What a workspace file system guarantees: `writeFile` truncates and rewrites in place (a crash can leave half a
 * file), while `rename` with overwrite deletes the target and then moves the source (VS Code's FileService.move).
 * So the new content goes to a temporary file beside the target first and is renamed over it: a reader sees the
 * old or the new content, never a mix, at worst no file for the instant between the delete and the move.
 * The compare before the replace is made right before it, but nothing excludes another writer between the two:
 * the web host has no lock files or exclusive creates to build one on.
 */
export class WorkspaceFileStore implements FileStore {
  constructor(
    private readonly fs: WorkspaceFileSystem,
    private readonly uriFor: (path: string) => vscode.Uri,
  ) {}

  async readFile(path: string): Promise<Uint8Array | undefined> {
    try {
      return await this.fs.readFile(this.uriFor(path));
    } catch (error) {
      if (isFileNotFound(error)) return undefined;
      throw error;
    }
  }

  async writeFileAtomic(path: string, bytes: Uint8Array, expected: Uint8Array | undefined): Promise<WriteOutcome> {
    const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    const temp = `${path.slice(0, slash + 1)}.${path.slice(slash + 1)}.${randomSuffix()}.tmp`;
    const tempUri = this.uriFor(temp);
    try {
      await this.fs.writeFile(tempUri, bytes);
      if (!sameBytes(await this.readFile(path), expected)) {
        await this.fs.delete(tempUri);
        return 'conflict';
      }
      await this.fs.rename(tempUri, this.uriFor(path), { overwrite: true });
      return 'written';
    } catch (error) {
      await this.fs.delete(tempUri).then(undefined, () => undefined);
      throw error;
    }
  }
}

function randomSuffix(): string {
  return Math.floor(Math.random() * 0x100000000).toString(16).padStart(8, '0');
}

/** `vscode.FileSystemError.FileNotFound`, told by its `code` (the class itself is not importable in unit tests). */
function isFileNotFound(error: unknown): boolean {
  return (error as { code?: unknown } | undefined)?.code === 'FileNotFound';
}
