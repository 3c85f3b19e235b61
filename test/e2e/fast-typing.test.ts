// A person types fast above the claims of an article (25 ms a key, Enter included) and saves at once:
// every claim must keep its quote, and the offsets on disk must point at that quote in the saved file.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseSidecar } from '../../src/core/sidecar/parse-sidecar';
import { openFromExplorer, useWorkbench, screenshot } from './workbench';

const article = '000_38dd43a7f4a69a66.txt';
// 113 characters, two of them Enter: what the analyst who found the drift typed.
const typed = "Editor's note, added while reading: figures below are disputed!!\nSee the NIS briefings for the updated numbers.\n\n";

const pulled = 'Update (pulled from the newsroom repository): headline corrected.\n';

interface StoredTarget {
  id: string;
  quote: string;
  start: number;
  end: number;
}

function storedTargets(file: string): StoredTarget[] {
  const parsed = parseSidecar(fs.readFileSync(file, 'utf8'));
  assert.ok(parsed.ok, `${file} parses`);
  return parsed.data.annotations.map((a) => ({ id: a.id, quote: a.target.quote, start: a.target.start, end: a.target.end }));
}

async function waitUntil(what: string, probe: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('Typing fast in an annotated article', function () {
  const workbench = useWorkbench('e2e-failure-fast-typing');

  it('keeps every claim on its quote and saves the right offsets without rewriting a quote', async function () {
    const { page, folder } = workbench();
    const articleFile = path.join(folder, article);
    const sidecarFile = `${articleFile}.sourcemark.yaml`;
    const before = storedTargets(sidecarFile);
    assert.ok(before.length >= 3, 'the seed article has claims');

    // The article changed on disk since its offsets were stored (a git pull): opening it re-anchors them and
    // writes them back, and the sidecar watcher reloads, all while the analyst is already typing.
    fs.writeFileSync(articleFile, pulled + fs.readFileSync(articleFile, 'utf8'));
    await openFromExplorer(page, article);
    await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+Home');
    assert.equal(typed.length, 113);
    // A save in mid-flow, typing on straight after it, and a second save.
    await page.keyboard.type(typed.slice(0, 60), { delay: 25 });
    await page.keyboard.press('Control+s');
    await page.keyboard.type(typed.slice(60), { delay: 25 });
    await page.keyboard.press('Control+s');
    await waitUntil('the article saved with the typed text', () => fs.readFileSync(articleFile, 'utf8').startsWith(typed + pulled), 30_000);

    const saved = fs.readFileSync(articleFile, 'utf8');
    const expected = before.map((t) => ({ id: t.id, quote: t.quote, start: saved.indexOf(t.quote), end: saved.indexOf(t.quote) + t.quote.length }));
    const matches = () => JSON.stringify(storedTargets(sidecarFile)) === JSON.stringify(expected);
    await waitUntil('the offsets on disk to follow the text', matches, 20_000).catch(() => undefined);
    // A few more seconds: a late write (a reload racing the save) must not undo the right offsets.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    await screenshot(page, 'e2e-fast-typing');
    assert.deepEqual(storedTargets(sidecarFile), expected);
  });

  it('keeps the quote when a figure inside it is replaced, and lists "Text changed" in the Problems panel', async function () {
    const { page, folder } = workbench();
    const sidecarFile = path.join(folder, `${article}.sourcemark.yaml`);
    const quote = 'approximately 11,000 North Korean soldiers, primarily from the 11th Corps';
    // Find and replace, as a person would: "11,000" becomes "12,000" inside the quote.
    await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+h');
    await page.locator('.find-widget textarea[aria-label="Find"], .find-widget input[aria-label="Find"]').first().waitFor({ timeout: 10_000 });
    await page.keyboard.type('11,000 North Korean soldiers', { delay: 25 });
    await page.keyboard.press('Tab');
    await page.keyboard.type('12,000 North Korean soldiers', { delay: 25 });
    await page.keyboard.press('Control+Alt+Enter');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+s');
    await waitUntil('the edit saved', () => fs.readFileSync(path.join(folder, article), 'utf8').includes('approximately 12,000 North Korean'), 30_000);
    await page.keyboard.press('Control+Shift+M');
    const entry = page.locator('.markers-panel .monaco-list-row', { hasText: 'Text changed' }).first();
    await entry.waitFor({ timeout: 30_000 });
    await screenshot(page, 'e2e-text-changed-problem');
    const stored = storedTargets(sidecarFile).find((t) => t.quote === quote);
    assert.ok(stored, 'the stored quote is the original one');
    const saved = fs.readFileSync(path.join(folder, article), 'utf8');
    assert.equal(saved.slice(stored.start, stored.end), quote.replace('11,000', '12,000'), 'the offsets follow the edited text');
  });
});
