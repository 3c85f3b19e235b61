// An analyst opens a folder they have not trusted (Restricted Mode): articles are still highlighted, hover cards
// and claims show, and adding a claim says why it cannot, with the way to trust the folder.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { openFromExplorer, useWorkbench, screenshot, waitForDecorations } from './workbench';

const article = '000_38dd43a7f4a69a66.txt';

describe('Sourcemark in Restricted Mode', function () {
  const workbench = useWorkbench('e2e-failure-restricted-mode', { restricted: true });

  it('highlights and shows hover cards read-only, and asks for trust before writing', async function () {
    const { page, folder } = workbench();
    const sidecarFile = path.join(folder, `${article}.sourcemark.yaml`);
    const sidecarBefore = fs.readFileSync(sidecarFile, 'utf8');
    await page.locator('.statusbar-item', { hasText: 'Restricted Mode' }).first().waitFor({ timeout: 30_000 });
    await openFromExplorer(page, article);
    assert.ok((await waitForDecorations(page)) > 0, 'highlights in Restricted Mode');

    // The claim on "approximately 11,000 North Korean soldiers...": its hover has the claim card and the figure card.
    await page.locator('.view-lines span', { hasText: /^approximately\s11,000$/ }).first().hover();
    const hover = page.locator('.monaco-hover:not(.hidden)').first();
    await hover.waitFor({ timeout: 15_000 });
    await hover.locator('text=Claim').first().waitFor({ timeout: 15_000 });
    const card = await hover.innerText();
    await screenshot(page, 'e2e-restricted-hover');
    assert.ok(card.includes('value 11,000'), card);
    assert.ok(card.includes('NIS'), card);

    await page.mouse.move(10, 10);
    await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+Shift+Alt+C');
    const toast = page.locator('.notification-toast', { hasText: 'Restricted Mode' });
    await toast.waitFor({ timeout: 15_000 });
    assert.ok(await toast.locator('.monaco-button', { hasText: 'Manage Workspace Trust' }).count(), 'the message offers to manage trust');
    await page.waitForTimeout(800); // the toast slides in
    await screenshot(page, 'e2e-restricted-add-claim');
    assert.equal(fs.readFileSync(sidecarFile, 'utf8'), sidecarBefore, 'nothing was written');
  });
});
