// The walkthrough's first step, in the Node and the web worker host alike (test/integration-web/index.ts).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateApi, fileInWorkspace, waitFor } from './workspace-helpers';

describe('Open Sample Articles', () => {
  it('copies the sample articles and their sidecars into the workspace, opens the first, and indexes their claims', async () => {
    const api = await activateApi();
    const articles = await vscode.commands.executeCommand<vscode.Uri[] | undefined>('sourcemark.openSampleArticles');
    assert.ok(articles && articles.length === 5, `five articles (${articles?.length})`);
    const folder = fileInWorkspace('sourcemark-samples');
    const names = (await vscode.workspace.fs.readDirectory(folder)).map(([name]) => name).sort();
    assert.equal(names.filter((name) => name.endsWith('.txt')).length, 5);
    assert.equal(names.filter((name) => name.endsWith('.txt.sourcemark.yaml')).length, 5, names.join(', '));
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), articles[0].toString(), 'the first article is open');
    await waitFor('the claims of the samples in the index', () => api.index.articleClaims(articles[3].fsPath).length > 0);
  });

  it('never overwrites a sample the analyst already changed', async () => {
    const sidecar = fileInWorkspace('sourcemark-samples/000_38dd43a7f4a69a66.txt.sourcemark.yaml');
    const mine = new TextEncoder().encode('# my notes\nversion: 1\nannotations: []\n');
    await vscode.workspace.fs.writeFile(sidecar, mine);
    await vscode.commands.executeCommand('sourcemark.openSampleArticles');
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecar)), new TextDecoder().decode(mine));
  });
});
