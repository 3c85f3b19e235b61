// A person opens the Sourcemark view container from the activity bar, clicks a claim and lands on its quote.
import * as assert from 'assert';
import { useWorkbench, screenshot } from './workbench';

const article = '000_38dd43a7f4a69a66.txt';
const claim = 'The NIS puts the North Korean force that finished training in Russia';
const quote = 'approximately 11,000 North Korean soldiers, primarily from the 11th Corps';

describe('The Claims view', function () {
  const workbench = useWorkbench('e2e-failure-claims-view');

  it('opens the article with the quote selected when a claim is clicked', async function () {
    const { page } = workbench();
    await page.locator('.activitybar .action-item a[aria-label^="Sourcemark"]').click();
    const claimsPane = page.locator('.pane', { has: page.locator('.pane-header', { hasText: 'Claims' }) });
    const row = claimsPane.locator('.monaco-list-row', { hasText: claim }).first();
    await row.waitFor({ timeout: 60_000 });
    await row.click();
    await page.locator('.tabs-container .tab.active', { hasText: article }).waitFor({ timeout: 30_000 });
    const selection = page.locator('.editor-instance .monaco-editor .selected-text').first();
    await selection.waitFor({ state: 'attached', timeout: 30_000 });
    // The status bar tells a person how much is selected: exactly the quote.
    await page.locator('.statusbar-item', { hasText: `(${quote.length} selected)` }).waitFor({ timeout: 10_000 });
    const file = await screenshot(page, 'e2e-claims-view');
    assert.ok(await selection.isVisible(), `the selection is in view (${file})`);
  });
});
