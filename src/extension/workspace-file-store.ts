/** FileStore over `vscode.workspace.fs`, for hosts without Node's fs (the browser's web worker extension host). */
import type * as vscode from 'vscode';
import { sameBytes, type FileStore, type WriteOutcome } from '../core/sidecar/file-store';
import { splitPath } from '../core/sidecar/sidecar-paths';

/** The part of `vscode.workspace.fs` the store uses. */
export type WorkspaceFileSystem = Pick<vscode.FileSystem, 'readFile' | 'writeFile' | 'rename' | 'delete' | 'readDirectory' | 'stat'>;

/**
 * What a workspace file system guarantees: `writeFile` truncates and rewrites in place (a crash can leave half a
 * file), while `rename` with overwrite deletes the target and then moves the source (VS Code's FileService.move).
 * So the new content goes to a temporary file beside the target first and is renamed over it: a reader sees the
 * old or the new content, never a mix, at worst no file for the instant between the delete and the move. Both
 * steps are issued from the browser, so a tab closed in that instant leaves only the temporary file: a read that
 * finds the file missing restores it from the newest temporary file beside it (not one of this store's own writes
 * in progress; another window's could be taken, and that write then fails and is reported).
 * The compare before the replace is made right before it, but nothing excludes another writer between the two:
 * the web host has no lock files or exclusive creates to build one on.
 */
export class WorkspaceFileStore implements FileStore {
  private readonly writing = new Set<string>();

  constructor(
    private readonly fs: WorkspaceFileSystem,
    private readonly uriFor: (path: string) => vscode.Uri,
  ) {}

  async readFile(path: string): Promise<Uint8Array | undefined> {
    return (await this.readExisting(path)) ?? this.restoreInterruptedWrite(path);
  }

  async writeFileAtomic(path: string, bytes: Uint8Array, expected: Uint8Array | undefined): Promise<WriteOutcome> {
    const { folder, name } = splitPath(path);
    const temp = `${folder}.${name}.${randomSuffix()}.tmp`;
    const tempUri = this.uriFor(temp);
    this.writing.add(temp);
    try {
      await this.fs.writeFile(tempUri, bytes);
      if (!sameBytes(await this.readExisting(path), expected)) {
        await this.fs.delete(tempUri);
        return 'conflict';
      }
      await this.fs.rename(tempUri, this.uriFor(path), { overwrite: true });
      return 'written';
    } catch (error) {
      await this.fs.delete(tempUri).then(undefined, () => undefined);
      throw error;
    } finally {
      this.writing.delete(temp);
    }
  }

  private async readExisting(path: string): Promise<Uint8Array | undefined> {
    try {
      return await this.fs.readFile(this.uriFor(path));
    } catch (error) {
      if (isFileNotFound(error)) return undefined;
      throw error;
    }
  }

  /** Moves the newest temporary file of `path` into place, if a write was cut off between its delete and its move. */
  private async restoreInterruptedWrite(path: string): Promise<Uint8Array | undefined> {
    const { folder, name } = splitPath(path);
    let entries: [string, vscode.FileType][];
    try {
      entries = await this.fs.readDirectory(this.uriFor(folder));
    } catch (error) {
      if (isFileNotFound(error)) return undefined;
      throw error;
    }
    const prefix = `.${name}.`;
    const temps = entries
      .map(([entry]) => folder + entry)
      .filter((temp) => temp.startsWith(folder + prefix) && /^[0-9a-f]{8}\.tmp$/.test(temp.slice(folder.length + prefix.length)) && !this.writing.has(temp));
    if (!temps.length) return undefined;
    const dated = await Promise.all(temps.map(async (temp) => ({ temp, mtime: (await this.fs.stat(this.uriFor(temp))).mtime })));
    const newest = dated.sort((a, b) => b.mtime - a.mtime)[0].temp;
    await this.fs.rename(this.uriFor(newest), this.uriFor(path), { overwrite: false });
    return this.readExisting(path);
  }
}

function randomSuffix(): string {
  return Math.floor(Math.random() * 0x100000000).toString(16).padStart(8, '0');
}

/** `vscode.FileSystemError.FileNotFound`, told by its `code` (the class itself is not importable in unit tests). */
function isFileNotFound(error: unknown): boolean {
  return (error as { code?: unknown } | undefined)?.code === 'FileNotFound';
}
