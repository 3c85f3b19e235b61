// A first-time user opens the Get Started walkthrough and presses its first button: the sample articles arrive.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { useWorkbench, waitForDecorations } from './workbench';

describe('The Get Started walkthrough', function () {
  let workspace: string;

  before(function () {
    // An analyst's own folder, without the samples.
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcemark-walkthrough-'));
    fs.writeFileSync(path.join(workspace, 'notes.md'), '# Notes\n');
  });

  const workbench = useWorkbench('e2e-failure-walkthrough', () => ({ workspace }));

  after(function () {
    fs.rmSync(workspace, { recursive: true, force: true });
  });

  it('copies the sample articles into the workspace and opens the first, beside the walkthrough', async function () {
    const { page, folder } = workbench();
    await page.keyboard.press('F1');
    await page.locator('.quick-input-widget input').first().fill('>Welcome: Open Walkthrough');
    await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'Open Walkthrough' }).waitFor({ timeout: 30_000 });
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget input').first().fill('Sourcemark');
    await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'Get Started with Sourcemark' }).waitFor({ timeout: 30_000 });
    await page.keyboard.press('Enter');
    await page.locator('.getting-started-step', { hasText: 'Open the sample articles' }).first().waitFor({ timeout: 30_000 });
    await page.locator('.getting-started-step .button-container a', { hasText: 'Open Sample Articles' }).first().click();
    await page.locator('.tabs-container .tab.active', { hasText: '000_38dd43a7f4a69a66.txt' }).waitFor({ timeout: 30_000 });
    await waitForDecorations(page);
    assert.ok(await page.locator('.tabs-container .tab', { hasText: 'Walkthrough' }).count(), 'the walkthrough is still open');
    const copied = fs.readdirSync(path.join(folder, 'sourcemark-samples'));
    assert.equal(copied.filter((name) => name.endsWith('.txt')).length, 5, copied.join(', '));
    assert.equal(copied.filter((name) => name.endsWith('.sourcemark.yaml')).length, 5, copied.join(', '));
  });
});
