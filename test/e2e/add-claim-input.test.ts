// A person adds a claim with the keyboard: the claim text as offered, Enter on an empty attribution, and two
// tags typed fast as "troops, combat".
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Page } from 'playwright-core';
import { parseSidecar } from '../../src/core/sidecar/parse-sidecar';
import { Annotation } from '../../src/core/sidecar/annotation';
import { openFromExplorer, useWorkbench, screenshot } from './workbench';

const article = '001_df325ce8335b07e1.txt';

async function waitForStep(page: Page, step: string): Promise<void> {
  await page.locator('.quick-input-widget .quick-input-title', { hasText: step }).waitFor({ timeout: 30_000 });
}

describe('Adding a claim from the keyboard', function () {
  const workbench = useWorkbench('e2e-failure-add-claim-input');

  it('leaves the attribution empty on Enter and splits tags typed with a comma', async function () {
    const { page, folder } = workbench();
    const sidecarFile = path.join(folder, `${article}.sourcemark.yaml`);
    const before = fs.existsSync(sidecarFile) ? fs.readFileSync(sidecarFile, 'utf8') : '';
    await openFromExplorer(page, article);
    await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Shift+End');
    await page.keyboard.press('F1');
    await page.keyboard.type('Sourcemark: Add Claim');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Sourcemark: Add Claim' }).first().waitFor({ timeout: 10_000 });
    await page.keyboard.press('Enter');
    await waitForStep(page, '(1/3)');
    await page.keyboard.press('Enter');
    await waitForStep(page, '(2/3)');
    await screenshot(page, 'e2e-add-claim-attribution');
    await page.keyboard.press('Enter');
    await waitForStep(page, '(3/3)');
    await page.keyboard.type('troops, combat', { delay: 25 });
    await screenshot(page, 'e2e-add-claim-tags');
    await page.keyboard.press('Enter');

    let added: Annotation | undefined;
    const deadline = Date.now() + 20_000;
    while (!added && Date.now() < deadline) {
      const text = fs.existsSync(sidecarFile) ? fs.readFileSync(sidecarFile, 'utf8') : '';
      const parsed = text !== before ? parseSidecar(text) : undefined;
      added = parsed?.ok ? parsed.data.annotations.find((a) => !before.includes(a.id)) : undefined;
      if (!added) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    assert.ok(added, 'a new claim is in the sidecar');
    assert.equal(added.attribution, undefined, 'Enter on an empty attribution means none');
    assert.deepEqual(added.tags, ['troops', 'combat']);
  });
});
