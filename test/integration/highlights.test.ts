import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SourcemarkApi } from '../../src/extension/extension';
import { activateApi, fileInWorkspace } from './workspace-helpers';

const SEED = '000_38dd43a7f4a69a66.txt';

async function openArticle(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(fileInWorkspace(name));
  return vscode.window.showTextDocument(document);
}

function rangeOf(document: vscode.TextDocument, text: string, from = 0): vscode.Range {
  const start = document.getText().indexOf(text, from);
  assert.ok(start >= 0, `"${text}" is in the article`);
  return new vscode.Range(document.positionAt(start), document.positionAt(start + text.length));
}

function hasRange(ranges: vscode.Range[] | undefined, expected: vscode.Range): boolean {
  return (ranges ?? []).some((range) => range.isEqual(expected));
}

describe('Highlights in a real editor', () => {
  let api: SourcemarkApi;

  before(async () => {
    api = await activateApi();
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    if (!api.highlightsEnabled()) await vscode.commands.executeCommand('sourcemark.toggleHighlights');
  });

  it('paints a known person and a known qualified count in a seed article', async () => {
    const editor = await openArticle(SEED);
    await api.settled();
    const painted = api.paintedRanges(editor);
    assert.ok(hasRange(painted.get('entity.person'), rangeOf(editor.document, 'Choe Son Hui')), 'Choe Son Hui is painted as a person');
    assert.ok(hasRange(painted.get('figure.count'), rangeOf(editor.document, 'approximately 11,000')), 'the qualified count is painted');
    assert.ok(hasRange(painted.get('figure.range'), rangeOf(editor.document, '10,900 to 12,000')), 'the range is painted');
    assert.match(api.statusText(), /\d+ entities · \d+ figures/);
  });

  it('follows edits: painted ranges shift and new text is recognized', async () => {
    const editor = await openArticle(SEED);
    await api.settled();
    const inserted = 'On Monday, French President Emmanuel Macron said he would meet the delegation in Paris. ';
    await editor.edit((edit) => edit.insert(new vscode.Position(2, 0), inserted));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await api.settled();
    const painted = api.paintedRanges(editor);
    assert.ok(hasRange(painted.get('entity.person'), rangeOf(editor.document, 'Emmanuel Macron')), 'the typed name is painted');
    assert.ok(hasRange(painted.get('entity.person'), rangeOf(editor.document, 'Choe Son Hui')), 'later mentions moved with the text');
  });

  it('toggles highlights off and on with the command', async () => {
    const editor = await openArticle(SEED);
    await api.settled();
    await vscode.commands.executeCommand('sourcemark.toggleHighlights');
    assert.equal(api.highlightsEnabled(), false);
    await api.settled();
    assert.equal([...api.paintedRanges(editor).values()].flat().length, 0, 'nothing painted when off');
    await vscode.commands.executeCommand('sourcemark.toggleHighlights');
    assert.equal(api.highlightsEnabled(), true);
    assert.ok((api.paintedRanges(editor).get('entity.person') ?? []).length > 0, 'painted again when on');
  });

  it('uses exact offsets in a CRLF article', async () => {
    const editor = await openArticle('crlf.txt');
    assert.equal(editor.document.eol, vscode.EndOfLine.CRLF, 'the fixture has CRLF line endings');
    await api.settled();
    const state = api.articleState(editor.document);
    assert.equal(state.kind, 'recognized');
    const text = editor.document.getText();
    if (state.kind === 'recognized') {
      for (const mention of [...state.recognition.entities, ...state.recognition.figures]) {
        assert.equal(text.slice(mention.start, mention.end), mention.text);
      }
      assert.ok(state.recognition.entities.length > 0, 'the CRLF article has entities');
    }
  });

  it('skips a binary file with a clear message', async () => {
    const uri = fileInWorkspace('binary.txt');
    assert.equal(await api.skipReasonForFile(uri), 'binary file, not an article');
    const document = await vscode.workspace.openTextDocument(uri).then(
      (opened) => opened,
      () => undefined, // VS Code itself may refuse to open binary files as text: also fine.
    );
    if (document) {
      await vscode.window.showTextDocument(document);
      assert.deepEqual(api.articleState(document), { kind: 'skipped', message: 'binary file, not an article' });
      assert.match(api.statusText(), /skipped/);
    }
  });
});
