// Runs in the extension host on a copy of test/fixtures/workspace (see index.ts).
import * as assert from 'assert';
import * as vscode from 'vscode';

const extensionId = 'sourcemark.sourcemark';
const seedArticle = '000_38dd43a7f4a69a66.txt';

describe('Sourcemark in VS Code', () => {
  it('is installed as sourcemark.sourcemark', () => {
    assert.ok(vscode.extensions.getExtension(extensionId), `${extensionId} is not among the loaded extensions`);
  });

  it('activates when a seed article is opened', async () => {
    const extension = vscode.extensions.getExtension(extensionId);
    assert.ok(extension, `${extensionId} is not among the loaded extensions`);
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the test window has no workspace folder');

    const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, seedArticle));
    await vscode.window.showTextDocument(document);

    // Opening the article must be enough: we never call extension.activate() ourselves.
    await waitFor(() => extension.isActive, 15_000);
    assert.strictEqual(document.languageId, 'plaintext');
    assert.ok(extension.isActive, `${extensionId} did not activate within 15 s of opening ${seedArticle}`);
  });
});

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
}
