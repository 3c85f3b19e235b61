// A person opens the Figures view, opens the troop-count subject in the ledger panel, reads the table and the
// chart (screenshot test-results/e2e-ledger-panel.png), and follows a report to its span with the keyboard.
import * as assert from 'assert';
import { openWorkbench, screenshot, Workbench } from './workbench';

describe('The figure ledger panel', function () {
  let workbench: Workbench;

  before(async function () {
    workbench = await openWorkbench({ viewport: { width: 1600, height: 1000 } });
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && workbench) await screenshot(workbench.page, 'e2e-failure-ledger');
  });

  after(async function () {
    await workbench?.close();
  });

  it('shows the troop-count subject with its contradictions and opens a report from the keyboard', async function () {
    const { page } = workbench;
    await page.locator('.activitybar .action-item a[aria-label^="Sourcemark"]').click();
    const header = page.locator('.pane-header', { hasText: 'Figures' });
    await header.waitFor({ timeout: 30_000 });
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
    const figuresPane = page.locator('.pane', { has: header });
    const row = figuresPane.locator('.monaco-list-row', { hasText: 'North Korean troops' }).first();
    await row.waitFor({ timeout: 90_000 });
    assert.match((await row.textContent()) ?? '', /3,000–15,000 · 13 reports · \d+ contradictions/);
    await row.click();

    const panel = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    await panel.locator('h1', { hasText: 'North Korean troops' }).waitFor({ timeout: 30_000 });
    await panel.locator('h2', { hasText: /Contradictions \(\d+\)/ }).waitFor();
    assert.equal(await panel.locator('tbody tr').count(), 13);
    assert.ok((await panel.locator('svg.ledger-chart g.mark').count()) >= 13);
    assert.ok((await panel.locator('tbody tr.contradicted').count()) >= 4);
    const file = await screenshot(page, 'e2e-ledger-panel');

    // Keyboard only: focus the figure's button in the table and press Enter.
    const button = panel.locator('tbody tr', { hasText: 'around 10,000' }).locator('button[data-action="open"]');
    await button.focus();
    await page.keyboard.press('Enter');
    await page.locator('.tabs-container .tab.active', { hasText: '002_9b88effd1810f380.txt' }).waitFor({ timeout: 30_000 });
    await page.locator('.statusbar-item', { hasText: `(${'around 10,000'.length} selected)` }).waitFor({ timeout: 10_000 });
    assert.ok(file.endsWith('e2e-ledger-panel.png'));
  });
});
