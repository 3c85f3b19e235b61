// The web host's FileStore over a workspace file system with VS Code's semantics (rename with overwrite deletes
// the target, then moves), faked at that boundary; test/integration-web runs it on the real workspace.fs.
import * as assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import { WorkspaceFileStore, WorkspaceFileSystem } from '../../../src/extension/workspace-file-store';

class MemoryFileSystem implements WorkspaceFileSystem {
  readonly files = new Map<string, Uint8Array>();
  readonly mtimes = new Map<string, number>();
  failRename = false;
  private clock = 0;

  async readDirectory(uri: vscode.Uri): Promise<[string, vscode.FileType][]> {
    const folder = uri.path.endsWith('/') ? uri.path : `${uri.path}/`;
    return [...this.files.keys()].filter((path) => path.startsWith(folder)).map((path) => [path.slice(folder.length), 1 as vscode.FileType]);
  }
  async stat(uri: vscode.Uri): Promise<vscode.FileStat> {
    await this.readFile(uri);
    return { type: 1 as vscode.FileType, ctime: 0, mtime: this.mtimes.get(uri.path) ?? 0, size: 0 };
  }

  async readFile(uri: vscode.Uri): Promise<Uint8Array> {
    const bytes = this.files.get(uri.path);
    if (!bytes) throw Object.assign(new Error(`${uri.path} not found`), { code: 'FileNotFound' });
    return bytes;
  }
  async writeFile(uri: vscode.Uri, content: Uint8Array): Promise<void> {
    this.files.set(uri.path, content);
    this.mtimes.set(uri.path, ++this.clock);
  }
  async rename(source: vscode.Uri, target: vscode.Uri): Promise<void> {
    if (this.failRename) throw Object.assign(new Error('no permission'), { code: 'NoPermissions' });
    const bytes = await this.readFile(source);
    this.files.delete(target.path);
    this.files.set(target.path, bytes);
    this.files.delete(source.path);
  }
  async delete(uri: vscode.Uri): Promise<void> {
    this.files.delete(uri.path);
  }
}

const uriFor = (path: string) => ({ path }) as vscode.Uri;
const text = (bytes: Uint8Array | undefined) => (bytes ? new TextDecoder().decode(bytes) : undefined);

describe('WorkspaceFileStore', () => {
  it('replaces the file through a temporary file beside it and removes the temporary file', async () => {
    const fs = new MemoryFileSystem();
    fs.files.set('/w/a.yaml', new TextEncoder().encode('old'));
    const store = new WorkspaceFileStore(fs, uriFor);
    assert.equal(await store.writeFileAtomic('/w/a.yaml', new TextEncoder().encode('new'), new TextEncoder().encode('old')), 'written');
    assert.equal(text(await store.readFile('/w/a.yaml')), 'new');
    assert.deepEqual([...fs.files.keys()], ['/w/a.yaml']);
  });

  it('leaves a file that changed since it was read, and no temporary file', async () => {
    const fs = new MemoryFileSystem();
    fs.files.set('/w/a.yaml', new TextEncoder().encode('theirs'));
    const store = new WorkspaceFileStore(fs, uriFor);
    assert.equal(await store.writeFileAtomic('/w/a.yaml', new TextEncoder().encode('ours'), new TextEncoder().encode('old')), 'conflict');
    assert.equal(text(fs.files.get('/w/a.yaml')), 'theirs');
    assert.deepEqual([...fs.files.keys()], ['/w/a.yaml']);
  });

  it('leaves the old content and no temporary file when the rename fails', async () => {
    const fs = new MemoryFileSystem();
    fs.files.set('/w/a.yaml', new TextEncoder().encode('old'));
    fs.failRename = true;
    const store = new WorkspaceFileStore(fs, uriFor);
    await assert.rejects(store.writeFileAtomic('/w/a.yaml', new TextEncoder().encode('new'), new TextEncoder().encode('old')), /no permission/);
    assert.equal(text(fs.files.get('/w/a.yaml')), 'old');
    assert.deepEqual([...fs.files.keys()], ['/w/a.yaml']);
  });

  it('reads a missing file as undefined and passes other errors on', async () => {
    const fs = new MemoryFileSystem();
    const store = new WorkspaceFileStore(fs, uriFor);
    assert.equal(await store.readFile('/w/none.yaml'), undefined);
    fs.readFile = async () => {
      throw Object.assign(new Error('denied'), { code: 'NoPermissions' });
    };
    await assert.rejects(store.readFile('/w/a.yaml'), /denied/);
  });

  it('restores a file from its newest temporary file when a write stopped between the delete and the move', async () => {
    const fs = new MemoryFileSystem();
    const store = new WorkspaceFileStore(fs, uriFor);
    await fs.writeFile(uriFor('/w/.a.yaml.0000aaaa.tmp'), new TextEncoder().encode('older'));
    await fs.writeFile(uriFor('/w/.a.yaml.0000bbbb.tmp'), new TextEncoder().encode('newest'));
    await fs.writeFile(uriFor('/w/.ab.yaml.0000cccc.tmp'), new TextEncoder().encode('another file'));
    assert.equal(text(await store.readFile('/w/a.yaml')), 'newest');
    assert.equal(text(fs.files.get('/w/a.yaml')), 'newest', 'moved into place');
    assert.equal(fs.files.has('/w/.a.yaml.0000bbbb.tmp'), false);
    assert.equal(await store.readFile('/w/b.yaml'), undefined, 'no temporary file: missing');
  });

  it('does not take the temporary file of its own write in progress for an interrupted one', async () => {
    const fs = new MemoryFileSystem();
    const store = new WorkspaceFileStore(fs, uriFor);
    let releaseRename!: () => void;
    const renameGate = new Promise<void>((resolve) => (releaseRename = resolve));
    const rename = fs.rename.bind(fs);
    fs.rename = async (source, target) => {
      await renameGate;
      return rename(source, target);
    };
    const writing = store.writeFileAtomic('/w/new.yaml', new TextEncoder().encode('first'), undefined);
    while (![...fs.files.keys()].some((path) => path.endsWith('.tmp'))) await new Promise((resolve) => setImmediate(resolve));
    assert.equal(await store.readFile('/w/new.yaml'), undefined, 'not there yet, and the write in progress keeps its file');
    releaseRename();
    assert.equal(await writing, 'written');
    assert.equal(text(fs.files.get('/w/new.yaml')), 'first');
  });

  it('names the temporary file in the same folder, hidden, for a Windows path too', async () => {
    const fs = new MemoryFileSystem();
    const written: string[] = [];
    const write = fs.writeFile.bind(fs);
    fs.writeFile = async (uri, content) => {
      written.push(uri.path);
      return write(uri, content);
    };
    await new WorkspaceFileStore(fs, uriFor).writeFileAtomic('C:\\w\\a.yaml', new Uint8Array(), undefined);
    assert.match(written[0], /^C:\\w\\\.a\.yaml\.[0-9a-f]{8}\.tmp$/);
  });
});
