// A person reads an article, hovers a name, adds a claim, finds it in the Claims view and with Search Claims, in a
// light and a dark theme. Each step is checked and photographed: `npm run screenshots` writes the pictures into
// docs/screenshots/ for the README (SOURCEMARK_SCREENSHOT_DIR); a plain test run keeps them in test-results/.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Page } from 'playwright-core';
import { openFromExplorer, useWorkbench, resultsDir, waitForDecorations } from './workbench';

const article = '001_df325ce8335b07e1.txt';
const articleTitle = 'South Korea’s National Intelligence Service (NIS) has revealed that North…';
const hovered = 'Choe Son Hui';
const quote = 'undergoing tactical and anti-drone training';
const claim = 'Troops at the Kursk front are being trained against drones.';
const attribution = 'NIS, via lawmakers';
const outputDir = process.env.SOURCEMARK_SCREENSHOT_DIR ? path.resolve(process.env.SOURCEMARK_SCREENSHOT_DIR) : path.join(resultsDir, 'screenshots');
const themes = [
  { name: 'light', colorTheme: 'Default Light Modern' },
  { name: 'dark', colorTheme: 'Default Dark Modern' },
];

async function photograph(page: Page, name: string): Promise<string> {
  fs.mkdirSync(outputDir, { recursive: true });
  // Hovers and quick inputs fade in: photograph them once every finite animation has finished.
  await page.waitForFunction(`document.getAnimations().every((a) => a.effect.getComputedTiming().iterations === Infinity || a.playState === 'finished')`);
  const file = path.join(outputDir, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** Centre of `text` as the editor draws it (Monaco splits lines into spans and draws spaces as no-break spaces). */
async function textCentre(page: Page, text: string): Promise<{ x: number; y: number }> {
  // Runs in the page; a string, as this project compiles without the DOM's types.
  const locate = `(needle) => {
    for (const line of document.querySelectorAll('.editor-instance .monaco-editor .view-lines .view-line')) {
      const at = (line.textContent || '').replace(/\\u00a0/g, ' ').indexOf(needle);
      if (at < 0) continue;
      const range = document.createRange();
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      let offset = 0;
      let started = false;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent.length;
        if (!started && at < offset + length) {
          range.setStart(node, at - offset);
          started = true;
        }
        if (started && at + needle.length <= offset + length) {
          range.setEnd(node, at + needle.length - offset);
          const box = range.getBoundingClientRect();
          return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
        }
        offset += length;
      }
    }
    return undefined;
  }`;
  const point = await page.evaluate(`(${locate})(${JSON.stringify(text)})`) as { x: number; y: number } | undefined;
  assert.ok(point, `"${text}" is on screen`);
  return point;
}

/** Hovers `text` until a hover containing `expected` shows: the first hover may come before the workspace index is built. */
async function hoverUntil(page: Page, text: string, expected: string, timeoutMs = 60_000) {
  const hover = page.locator('.monaco-hover:visible', { hasText: expected }).first();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { x, y } = await textCentre(page, text);
    await page.mouse.move(x, y);
    try {
      await hover.waitFor({ timeout: 3000 });
      return hover;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await page.mouse.move(5, 400);
    }
  }
}

async function quickInputStep(page: Page, title: string, typed: string): Promise<void> {
  const widget = page.locator('.quick-input-widget');
  await widget.locator('.quick-input-title', { hasText: title }).waitFor({ timeout: 15_000 });
  await widget.locator('input').first().fill(typed);
}

for (const theme of themes) {
  describe(`Screenshots in the ${theme.name} theme`, function () {
    const workbench = useWorkbench(
      (title) => `e2e-failure-screenshots-${theme.name}-${title.split(' ').slice(0, 3).join('-')}`,
      { viewport: { width: 1280, height: 800 }, settings: { 'workbench.colorTheme': theme.colorTheme } },
    );

    before(async function () {
      const { page } = workbench();
      // A wider side bar, so claim texts and headlines are readable in the pictures: drag its edge.
      const sideBar = await page.locator('.part.sidebar').boundingBox();
      assert.ok(sideBar, 'the side bar is shown');
      const edge = { x: sideBar.x + sideBar.width, y: sideBar.y + sideBar.height / 2 };
      await page.mouse.move(edge.x, edge.y);
      await page.mouse.down();
      await page.mouse.move(edge.x + 160, edge.y, { steps: 8 });
      await page.mouse.up();
    });

    it('shows a hover card on an entity, with its spellings across sources', async function () {
      const { page } = workbench();
      await openFromExplorer(page, article);
      await waitForDecorations(page);
      // The card is complete once the index holds every article naming her (4 of the 5 samples).
      const hover = await hoverUntil(page, hovered, 'in 4 articles');
      const text = await hover.innerText();
      assert.match(text, /person/, text);
      assert.match(text, /Choe Son-hui/, `the card lists the spelling of another source: ${text}`);
      await photograph(page, `hover-${theme.name}`);
      // What a screen reader says for the status bar items, whose icons carry meaning.
      const counts = await page.locator('.statusbar-item[aria-label^="Sourcemark: "]').first().getAttribute('aria-label');
      assert.match(counts ?? '', /^Sourcemark: \d+ entities and \d+ figures in this article; activate to list them$/);
      const grade = await page.locator('.statusbar-item[aria-label^="Source: "]').first().getAttribute('aria-label');
      assert.match(grade ?? '', /^Source: no outlet set, grade C2 \(.+\); activate/);
      await page.mouse.move(5, 400);
    });

    it('adds a claim on a selected quote through the keyboard shortcut and the three prompts', async function () {
      const { page, folder } = workbench();
      // Select the quote as a person would without a mouse: find it, then leave the find widget.
      await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
      await page.keyboard.press('Control+F');
      await page.locator('.find-widget textarea, .find-widget input').first().fill(quote);
      await page.keyboard.press('Enter');
      await page.keyboard.press('Escape');
      await page.locator('.statusbar-item', { hasText: `(${quote.length} selected)` }).waitFor({ timeout: 10_000 });
      await page.keyboard.press('Control+Shift+Alt+C');
      await quickInputStep(page, '(1/3)', claim);
      await page.keyboard.press('Enter');
      await quickInputStep(page, '(2/3)', attribution);
      await photograph(page, `add-claim-${theme.name}`);
      await page.keyboard.press('Enter');
      await quickInputStep(page, '(3/3)', 'training');
      await page.keyboard.press('Enter');
      const sidecar = path.join(folder, `${article}.sourcemark.yaml`);
      const deadline = Date.now() + 15_000;
      while (!fs.readFileSync(sidecar, 'utf8').includes(claim) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
      const written = fs.readFileSync(sidecar, 'utf8');
      assert.ok(written.includes(claim), 'the claim is in the sidecar');
      assert.ok(written.includes(`quote: ${quote}`), 'with its quote');
      assert.ok(written.includes(attribution), 'and its attribution');
    });

    it('lists the new claim in the Claims view under the article headline, and opens its quote', async function () {
      const { page } = workbench();
      await page.locator('.activitybar .action-item a[aria-label^="Sourcemark"]').click();
      const claimsPane = page.locator('.pane', { has: page.locator('.pane-header', { hasText: 'Claims' }) });
      await claimsPane.locator('.monaco-list-row').first().waitFor({ timeout: 30_000 });
      // Narrow the list to the new claim, as a person would among dozens: the view's Filter Claims… button.
      await claimsPane.locator('.pane-header').hover();
      await claimsPane.locator('.actions .action-label[aria-label^="Filter Claims"]').click();
      await page.locator('.quick-input-widget input').first().fill('drones');
      await page.keyboard.press('Enter');
      await claimsPane.locator('.monaco-list-row', { hasText: articleTitle }).first().waitFor({ timeout: 30_000 });
      const row = claimsPane.locator('.monaco-list-row', { hasText: claim }).first();
      await row.waitFor({ timeout: 30_000 });
      assert.match((await row.getAttribute('aria-label')) ?? '', /Attributed to NIS, via lawmakers/, 'a screen reader hears who said it');
      await row.click();
      await page.locator('.statusbar-item', { hasText: `(${quote.length} selected)` }).waitFor({ timeout: 10_000 });
      // Away from the view's buttons and the activity bar, whose tooltips would cover the picture.
      const pane = await claimsPane.boundingBox();
      assert.ok(pane);
      await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height - 20);
      await photograph(page, `claims-view-${theme.name}`);
    });

    it('finds claims with Search Claims under another romanization of a name', async function () {
      const { page } = workbench();
      await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
      await page.keyboard.press('Control+Alt+F');
      await page.locator('.quick-input-widget input').first().fill('choi sun hee');
      const result = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Choe' }).first();
      await result.waitFor({ timeout: 30_000 });
      // The best result is previewed in the editor behind the list, highlights and all.
      await page.locator('.tabs-container .tab.active', { hasText: '000_38dd43a7f4a69a66.txt' }).waitFor({ timeout: 30_000 });
      await waitForDecorations(page);
      await photograph(page, `search-${theme.name}`);
      await page.keyboard.press('Escape');
    });
  });
}
