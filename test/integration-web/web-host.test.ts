// Runs in the web worker extension host only (see index.ts): the extension's browser bundle, workspace.fs for files.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SidecarData } from '../../src/core/sidecar/annotation';
import { parseSidecar } from '../../src/core/sidecar/parse-sidecar';
import type { SourcemarkApi } from '../../src/extension/extension';
import { WorkspaceFileStore } from '../../src/extension/workspace-file-store';
import { uriForPath } from '../../src/extension/workspace-uri';
import { activateApi, fileInWorkspace, waitFor } from '../integration/workspace-helpers';

const SEED = '000_38dd43a7f4a69a66.txt';
const QUOTE = 'approximately 11,000 North Korean soldiers';
const encoder = new TextEncoder();
const decoder = new TextDecoder();

async function readText(uri: vscode.Uri): Promise<string> {
  return decoder.decode(await vscode.workspace.fs.readFile(uri));
}

async function readSidecar(article: vscode.Uri): Promise<SidecarData> {
  const parsed = parseSidecar(await readText(article.with({ path: `${article.path}.sourcemark.yaml` })));
  assert.ok(parsed.ok, 'the sidecar parses');
  return parsed.data;
}

async function namesInFolder(folder: vscode.Uri): Promise<string[]> {
  return (await vscode.workspace.fs.readDirectory(folder)).map(([name]) => name);
}

describe('Sourcemark in the web worker extension host', () => {
  let api: SourcemarkApi;

  before(async () => {
    api = await activateApi();
  });

  afterEach(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('runs without Node, on workspace files the browser reaches through the server', () => {
    assert.equal(typeof (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node, 'undefined', 'no Node.js in this host');
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder);
    assert.notEqual(folder.uri.scheme, 'file', `the workspace is reached as ${folder.uri.scheme}:, not from this host's own disk`);
  });

  it('adds a claim through the command and writes it to the sidecar, read back through workspace.fs', async () => {
    const uri = fileInWorkspace('web-claim.txt');
    await vscode.workspace.fs.writeFile(uri, await vscode.workspace.fs.readFile(fileInWorkspace(SEED)));
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const start = editor.document.getText().indexOf(QUOTE);
    assert.ok(start >= 0);
    editor.selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(start + QUOTE.length));
    const added = await vscode.commands.executeCommand<{ id: string } | undefined>('sourcemark.addClaim', {
      text: 'The NIS puts the North Korean force at about 11,000',
      attribution: 'NIS',
      tags: ['troops'],
    });
    assert.ok(added, 'the command returns the new claim');
    const claim = (await readSidecar(uri)).annotations.find((a) => a.id === added.id);
    assert.ok(claim, 'the claim is in the sidecar on the server');
    assert.equal(claim.attribution, 'NIS');
    assert.equal(claim.target.quote, QUOTE);
    assert.equal(claim.target.start, start);
    await waitFor('the claim in the Claims view', () => api.index.articleClaims(uri.fsPath).some((c) => c.annotation.id === added.id));
  });

  it('loads the claims of a sidecar already in the workspace', async () => {
    const article = fileInWorkspace('002_9b88effd1810f380.txt');
    await api.indexReady;
    const onDisk = await readSidecar(article);
    assert.ok(onDisk.annotations.length > 0, 'the fixture has claims');
    const indexed = await waitFor('the fixture claims in the index', () => api.index.articleClaims(article.fsPath).length > 0 && api.index.articleClaims(article.fsPath));
    assert.deepEqual(indexed.map((c) => c.annotation.id).sort(), onDisk.annotations.filter((a) => a.kind === 'claim').map((a) => a.id).sort());
  });

  describe('WorkspaceFileStore on the real workspace.fs', () => {
    const store = new WorkspaceFileStore(vscode.workspace.fs, uriForPath);

    it('replaces a file through a temporary file and leaves no temporary file behind', async () => {
      const uri = fileInWorkspace('store-replace.yaml');
      await vscode.workspace.fs.writeFile(uri, encoder.encode('old: 1\n'));
      assert.equal(await store.writeFileAtomic(uri.fsPath, encoder.encode('new: 2\n'), encoder.encode('old: 1\n')), 'written');
      assert.equal(await readText(uri), 'new: 2\n');
      const folder = vscode.Uri.joinPath(uri, '..');
      assert.deepEqual((await namesInFolder(folder)).filter((name) => name.includes('store-replace') && name !== 'store-replace.yaml'), []);
    });

    it('reads a missing file as undefined and a present one as its bytes', async () => {
      assert.equal(await store.readFile(fileInWorkspace('no-such-file.yaml').fsPath), undefined);
      assert.equal(decoder.decode(await store.readFile(fileInWorkspace(SEED).fsPath)).slice(0, 11), 'North Korea');
    });

    it('restores a sidecar from its temporary file when a write stopped between the delete and the move', async () => {
      const uri = fileInWorkspace('store-restore.yaml');
      const temp = fileInWorkspace('.store-restore.yaml.0123abcd.tmp');
      await vscode.workspace.fs.writeFile(temp, encoder.encode('version: 1\n'));
      assert.equal(decoder.decode(await store.readFile(uri.fsPath)), 'version: 1\n');
      assert.equal(await readText(uri), 'version: 1\n');
      await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(temp)), 'the temporary file was moved, not copied');
    });

    it('leaves one whole version when two writes race', async () => {
      const uri = fileInWorkspace('store-race.yaml');
      const a = 'a: ' + 'x'.repeat(50_000) + '\n';
      const b = 'b: ' + 'y'.repeat(70_000) + '\n';
      await Promise.all([store.writeFileAtomic(uri.fsPath, encoder.encode(a), undefined), store.writeFileAtomic(uri.fsPath, encoder.encode(b), undefined)]);
      const text = await readText(uri);
      assert.ok(text === a || text === b, `one of the two writes, whole (got ${text.length} characters)`);
    });
  });
});
