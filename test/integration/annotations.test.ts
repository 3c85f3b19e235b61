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

  // Other suites (the figure ledger) count the articles of the workspace: take the copies away again.
  const created: string[] = [];
  after(async () => {
    await closeAll();
    for (const file of created) for (const path of [file, `${file}.sourcemark.yaml`]) fs.rmSync(path, { force: true });
    await waitFor('the copies to leave the index', () => !api.index.paths().some((path) => created.includes(path)), 20_000);
    await waitFor('the copies to leave the figure ledger', async () => {
      await api.ledger.settled();
      return !api.ledger.ledger.subjects.some((subject) => subject.reports.some((report) => created.includes(report.path)));
    }, 20_000);
  });

  /** A fresh article (a copy of a seed) so every test starts without a sidecar. */
  async function newArticle(): Promise<{ uri: vscode.Uri; editor: vscode.TextEditor }> {
    const uri = fileInWorkspace(`annotate-${++counter}.txt`);
    created.push(uri.fsPath);
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

  it('keeps showing the claims of a sidecar that turned corrupt, read-only, from its last good read', async () => {
    const { uri, editor } = await newArticle();
    const id = await addClaimOn(editor, QUOTE);
    fs.writeFileSync(`${uri.fsPath}.sourcemark.yaml`, 'version: 1\nannotations:\n  - id: [unclosed\n');
    const state = await waitFor('the invalid state', () => api.annotations.get(uri)?.status === 'invalid' && api.annotations.get(uri));
    assert.ok(state.fromLastGoodRead && state.readOnly, 'marked read-only, shown from the last good read');
    const claim = state.data.annotations.find((a) => a.id === id);
    assert.ok(claim, 'the claim is still listed');
    assert.equal(editor.document.getText().slice(claim.target.start, claim.target.end), QUOTE);
    assert.ok(api.diagnostics(state.sidecarUri).some((d) => d.message.includes('last good read')), 'the Problems panel says so');
    await waitFor('the status bar to say so', () => api.sourceStatusText().includes('Sidecar error'));
  });

  it('keeps the stored quote when the text inside it is edited, flags "text changed" and updates it on request', async () => {
    const { uri, editor } = await newArticle();
    const id = await addClaimOn(editor, QUOTE);
    const at = editor.document.getText().indexOf('11,000');
    await editor.edit((edit) => edit.replace(new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + 6)), '12,500'));
    await editor.document.save();
    const edited = QUOTE.replace('11,000', '12,500');
    const stored = await waitFor('the offsets on disk after the save', () => {
      const claim = readSidecar(uri).annotations.find((a) => a.id === id);
      return claim && fs.readFileSync(uri.fsPath, 'utf8').slice(claim.target.start, claim.target.end) === edited && claim;
    });
    assert.equal(stored.target.quote, QUOTE, 'the save did not rewrite the quote');
    const diagnostic = await waitFor('a "text changed" diagnostic', () => api.diagnostics(uri).find((d) => String(d.code) === 'quote-text-changed'));
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Information);
    assert.equal(editor.document.getText(diagnostic.range), edited);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range);
    const fix = actions.find((action) => action.title === 'Update quote to the current text');
    assert.ok(fix?.command, 'the quick fix is offered');
    await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
    await waitFor('the new quote on disk', () => readSidecar(uri).annotations.find((a) => a.id === id)?.target.quote === edited);
    await waitFor('the diagnostic to go', () => !api.diagnostics(uri).some((d) => String(d.code) === 'quote-text-changed'));
  });

  it('follows edits made while a reload re-anchors and stores positions, and saves the exact offsets', async () => {
    const { uri: first, editor } = await newArticle();
    const id = await addClaimOn(editor, QUOTE);
    // An article pulled from git with a changed top, beside the sidecar of its old version: opening it
    // re-anchors the offsets and writes them back, while the edits below arrive.
    const uri = fileInWorkspace(`pulled-${counter}.txt`);
    created.push(uri.fsPath);
    fs.writeFileSync(uri.fsPath, `Pulled from git: headline corrected.\n\n${seedText}`);
    fs.copyFileSync(`${first.fsPath}.sourcemark.yaml`, `${uri.fsPath}.sourcemark.yaml`);
    const reopened = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const reload = api.annotations.load(uri);
    let saving: Thenable<boolean> | undefined;
    for (let i = 0; i < 40; i++) {
      await reopened.edit((edit) => edit.insert(new vscode.Position(0, 0), i % 10 === 9 ? '\n' : 'x'));
      // A save in mid-flow, the edits going on while it is stored.
      if (i === 20) saving = reopened.document.save();
    }
    await saving;
    await reload;
    await api.settled();
    const live = api.annotations.get(uri)?.data.annotations.find((a) => a.id === id);
    assert.ok(live);
    assert.equal(reopened.document.getText().slice(live.target.start, live.target.end), QUOTE, 'the live span covers the quote');
    await reopened.document.save();
    const saved = fs.readFileSync(uri.fsPath, 'utf8');
    const expected = saved.indexOf(QUOTE);
    await waitFor('the exact offsets on disk', () => readSidecar(uri).annotations.find((a) => a.id === id)?.target.start === expected).catch(() => undefined);
    const stored = readSidecar(uri).annotations.find((a) => a.id === id)?.target;
    assert.deepEqual({ quote: stored?.quote, start: stored?.start }, { quote: QUOTE, start: expected });
  });

  it('escapes analyst text in the claim hover: only its own four actions are links', async () => {
    const { uri, editor } = await newArticle();
    const start = editor.document.getText().indexOf(QUOTE);
    editor.selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(start + QUOTE.length));
    await vscode.commands.executeCommand('sourcemark.addClaim', {
      text: 'Troops [moved](command:sourcemark.deleteAnnotation) $(trash)',
      attribution: 'NIS`](command:sourcemark.deleteAnnotation)`',
      tags: ['a`b', 'troop_counts'],
    });
    await waitFor('the claim', () => api.annotations.get(uri)?.data.annotations.length === 1);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, editor.document.positionAt(start + 3));
    const card = hovers
      .flatMap((hover) => hover.contents)
      .map((content) => (typeof content === 'string' ? content : content.value))
      .find((value) => value.includes('Claim:'));
    assert.ok(card, 'a claim card');
    const outsideCode = card.replace(/(`+)[\s\S]*?\1/g, '');
    assert.deepEqual(outsideCode.match(/\]\(command:[\w.]+/g), [
      '](command:sourcemark.editAnnotation',
      '](command:sourcemark.retagAnnotation',
      '](command:sourcemark.deleteAnnotation',
      '](command:sourcemark.openSidecar',
    ], card);
    assert.ok(card.includes('``#a`b`` `#troop_counts`'), `tags shown literally: ${card}`);
  });

  it('moves the sidecar when the article is renamed', async () => {
    const { uri, editor } = await newArticle();
    const id = await addClaimOn(editor, QUOTE);
    await closeAll();
    const renamed = fileInWorkspace(`renamed-${counter}.txt`);
    created.push(renamed.fsPath);
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(uri, renamed);
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor('the sidecar beside the renamed article', () => fs.existsSync(`${renamed.fsPath}.sourcemark.yaml`));
    assert.equal(fs.existsSync(`${uri.fsPath}.sourcemark.yaml`), false, 'nothing left at the old name');
    assert.ok(readSidecar(renamed).annotations.some((a) => a.id === id));
  });
});
