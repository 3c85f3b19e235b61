import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { parseSidecar } from '../../src/core/sidecar/parse-sidecar';
import { SidecarData } from '../../src/core/sidecar/annotation';
import type { SourcemarkApi } from '../../src/extension/extension';
import { activateApi, fileInWorkspace, waitFor } from './workspace-helpers';

const SEED = '000_38dd43a7f4a69a66.txt';
const QUOTE = 'approximately 11,000 North Korean soldiers';

function readSidecar(article: vscode.Uri): SidecarData {
  const parsed = parseSidecar(fs.readFileSync(`${article.fsPath}.sourcemark.yaml`, 'utf8'));
  assert.ok(parsed.ok, 'the sidecar parses');
  return parsed.data;
}

async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

describe('Annotations in a real editor', () => {
  let api: SourcemarkApi;
  let seedText: string;
  let counter = 0;

  before(async () => {
    api = await activateApi();
    seedText = fs.readFileSync(fileInWorkspace(SEED).fsPath, 'utf8');
  });

  afterEach(closeAll);

  /** A fresh article (a copy of a seed) so every test starts without a sidecar. */
  async function newArticle(): Promise<{ uri: vscode.Uri; editor: vscode.TextEditor }> {
    const uri = fileInWorkspace(`annotate-${++counter}.txt`);
    fs.writeFileSync(uri.fsPath, seedText);
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    return { uri, editor };
  }

  async function addClaimOn(editor: vscode.TextEditor, quote: string): Promise<string> {
    const start = editor.document.getText().indexOf(quote);
    assert.ok(start >= 0, `"${quote}" is in the article`);
    editor.selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(start + quote.length));
    const added = await vscode.commands.executeCommand<{ id: string } | undefined>('sourcemark.addClaim', {
      text: 'The NIS puts the North Korean force at about 11,000',
      attribution: 'NIS',
      tags: ['troops'],
    });
    assert.ok(added, 'the command returns the new claim');
    return added.id;
  }

  it('adds a claim through the command and writes it to the sidecar', async () => {
    const { uri, editor } = await newArticle();
    const id = await addClaimOn(editor, QUOTE);
    const data = readSidecar(uri);
    const claim = data.annotations.find((a) => a.id === id);
    assert.ok(claim, 'the claim is in the sidecar on disk');
    assert.equal(claim.kind, 'claim');
    assert.equal(claim.attribution, 'NIS');
    assert.deepEqual(claim.tags, ['troops']);
    assert.equal(claim.target.quote, QUOTE);
    assert.equal(seedText.slice(claim.target.start, claim.target.end), QUOTE);
    assert.ok(claim.figures?.includes('approximately 11,000'), 'the figure inside the span is attached');
  });

  it('moves the claim with its text as the article is edited, and stores the new offsets on save', async () => {
    const { uri, editor } = await newArticle();
    const id = await addClaimOn(editor, QUOTE);
    const inserted = 'An editor’s note added at the top of the article.\n';
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), inserted));
    const live = api.annotations.get(uri)?.data.annotations.find((a) => a.id === id);
    assert.ok(live);
    assert.equal(editor.document.getText().slice(live.target.start, live.target.end), QUOTE, 'the live span still covers the quote');
    await editor.document.save();
    await waitFor('the new offsets on disk', () => readSidecar(uri).annotations.find((a) => a.id === id)?.target.start === live.target.start);
    assert.equal(readSidecar(uri).annotations.find((a) => a.id === id)?.target.start, seedText.indexOf(QUOTE) + inserted.length);
  });

  it('re-anchors a claim when the article changed on disk while it was closed', async () => {
    const { uri, editor } = await newArticle();
    const id = await addClaimOn(editor, QUOTE);
    await closeAll();
    const changed = `Breaking: a new paragraph pulled from git.\n\n${seedText.replace('North Korea’s', 'North Korea’s  ')}`;
    fs.writeFileSync(uri.fsPath, changed);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const expected = changed.indexOf(QUOTE);
    await waitFor('the stored offsets to follow the text', () => readSidecar(uri).annotations.find((a) => a.id === id)?.target.start === expected);
    assert.equal(readSidecar(uri).annotations.find((a) => a.id === id)?.orphaned, undefined, 'not orphaned');
  });

  it('keeps a claim whose quote was deleted, marks it orphaned and reports it', async () => {
    const { uri, editor } = await newArticle();
    const id = await addClaimOn(editor, QUOTE);
    const sentenceStart = editor.document.getText().indexOf('On North Korean troop deployments');
    const sentenceEnd = editor.document.getText().indexOf('northeastern Russia', sentenceStart);
    await editor.edit((edit) =>
      edit.delete(new vscode.Range(editor.document.positionAt(sentenceStart), editor.document.positionAt(sentenceEnd))),
    );
    await editor.document.save();
    const orphan = await waitFor('the orphaned flag on disk', () => readSidecar(uri).annotations.find((a) => a.id === id && a.orphaned));
    assert.equal(orphan.target.quote, QUOTE, 'the quote is kept');
    const warnings = await waitFor('an orphan warning', () => api.diagnostics(uri).filter((d) => String(d.code) === 'orphaned-annotation').length > 0 && api.diagnostics(uri));
    assert.ok(warnings.some((d) => d.message.includes(id)));
  });

  it('reports a corrupt sidecar with line and column and never overwrites it', async () => {
    const { uri, editor } = await newArticle();
    await addClaimOn(editor, QUOTE);
    const sidecarPath = `${uri.fsPath}.sourcemark.yaml`;
    const corrupt = 'version: 1\nannotations:\n  - id: c-broken\n    text: [unclosed\n';
    fs.writeFileSync(sidecarPath, corrupt);
    const sidecarUri = vscode.Uri.file(sidecarPath);
    const [error] = await waitFor('the parse error diagnostic', () => {
      const found = api.diagnostics(sidecarUri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
      return found.length > 0 && found;
    });
    assert.ok(error.range.start.line >= 3, `the error points into the broken lines (line ${error.range.start.line + 1})`);
    await addClaimOn(editor, 'Choe Son Hui').catch(() => undefined);
    assert.equal(fs.readFileSync(sidecarPath, 'utf8'), corrupt, 'the corrupt file is untouched');
  });

  it('moves the sidecar when the article is renamed', async () => {
    const { uri, editor } = await newArticle();
    const id = await addClaimOn(editor, QUOTE);
    await closeAll();
    const renamed = fileInWorkspace(`renamed-${counter}.txt`);
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(uri, renamed);
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor('the sidecar beside the renamed article', () => fs.existsSync(`${renamed.fsPath}.sourcemark.yaml`));
    assert.equal(fs.existsSync(`${uri.fsPath}.sourcemark.yaml`), false, 'nothing left at the old name');
    assert.ok(readSidecar(renamed).annotations.some((a) => a.id === id));
  });
});
