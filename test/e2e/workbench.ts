// Helpers for end-to-end tests: a real VS Code (code-server) on a temp copy of a workspace with the extension
// under development loaded, shown in headless Chromium, driven as a person would (clicks, keys, hovers).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { Browser, chromium, Page } from 'playwright-core';

export const repoRoot = path.resolve(__dirname, '../../..');
export const resultsDir = path.join(repoRoot, 'test-results');

/** What scripts/vscode-server.mjs exports (an ES module shared with `npm start` and scripts/test.mjs). */
interface VSCodeServerModule {
  startCodeServer(options: { folder: string; workspaceTrust?: boolean; settings?: Record<string, unknown> }): Promise<{ port: number; output(): string; stop(): Promise<void> }>;
  workbenchUrl(options: { port: number; folder: string }): string;
  chromiumArgs: string[];
  chromiumPath: string;
}

// tsc turns import() into require() for CommonJS output, and require() cannot load an .mjs: keep a real import().
const importModule = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;

export interface Workbench {
  page: Page;
  /** The temp copy of the workspace that the window has open. */
  folder: string;
  /** Code-server's log so far, for failure messages. */
  serverOutput(): string;
  close(): Promise<void>;
}

/**
 * Opens a VS Code window on a temp copy of `workspace` (default: the seed articles) and waits for the explorer.
 * `restricted`: the folder opens untrusted, in Restricted Mode, without the trust prompt.
 */
export async function openWorkbench({
  workspace = path.join(repoRoot, 'seeds'),
  viewport = { width: 1400, height: 900 },
  settings = {} as Record<string, unknown>,
  restricted = false,
} = {}): Promise<Workbench> {
  const vscodeServer = (await importModule(pathToFileURL(path.join(repoRoot, 'scripts', 'vscode-server.mjs')).href)) as VSCodeServerModule;
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcemark-e2e-'));
  fs.cpSync(workspace, folder, { recursive: true });
  // Seed articles are checked in read-only; the copy must be editable.
  for (const name of fs.readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
    const file = path.join(folder, name);
    fs.chmodSync(file, fs.statSync(file).isDirectory() ? 0o755 : 0o644);
  }

  let server: Awaited<ReturnType<VSCodeServerModule['startCodeServer']>> | undefined;
  let browser: Browser | undefined;
  const close = async (): Promise<void> => {
    // A graceful shutdown of the workbench can take a minute: wait a few seconds at most (long enough
    // for Chromium to reap its helper processes, which would otherwise linger as zombies).
    if (browser) await Promise.race([browser.close().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 5000))]);
    await server?.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  };
  try {
    const trustSettings = { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never', 'security.workspace.trust.banner': 'always' };
    server = await vscodeServer.startCodeServer(restricted ? { folder, workspaceTrust: true, settings: { ...settings, ...trustSettings } } : { folder, settings });
    browser = await chromium.launch({ executablePath: vscodeServer.chromiumPath, args: vscodeServer.chromiumArgs });
    const page = await browser.newPage({ viewport });
    await page.goto(vscodeServer.workbenchUrl({ port: server.port, folder }));
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
    const output = server.output;
    return { page, folder, serverOutput: () => output(), close };
  } catch (error) {
    await close();
    throw error;
  }
}

type WorkbenchOptions = NonNullable<Parameters<typeof openWorkbench>[0]>;

/**
 * The workbench of the enclosing `describe`: opened before its tests (`options` read then, so an earlier `before`
 * may prepare them), a screenshot `failureName` (or one named from the test's title) when a test fails, closed
 * after them. Returns a getter: the window exists only once `before` has run.
 */
export function useWorkbench(failureName: string | ((title: string) => string), options: WorkbenchOptions | (() => WorkbenchOptions) = {}): () => Workbench {
  let workbench: Workbench | undefined;
  before(async function () {
    workbench = await openWorkbench(typeof options === 'function' ? options() : options);
  });
  afterEach(async function () {
    const test = this.currentTest;
    if (test?.state !== 'failed' || !workbench) return;
    await screenshot(workbench.page, typeof failureName === 'string' ? failureName : failureName(test.title));
  });
  after(async function () {
    await workbench?.close();
  });
  return () => {
    if (!workbench) throw new Error('the workbench is opened in before()');
    return workbench;
  };
}

/** Clicks `fileName` in the explorer, as a person would, and waits for its editor tab to be active. */
export async function openFromExplorer(page: Page, fileName: string): Promise<void> {
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: fileName }).first().click();
  await page.locator('.tabs-container .tab.active', { hasText: fileName }).waitFor({ timeout: 30_000 });
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ timeout: 30_000 });
}

/** Elements that extension decorations (createTextEditorDecorationType) render in the visible editors. */
export function decorationElements(page: Page) {
  return page.locator('.monaco-editor [class*="TextEditorDecorationType"]');
}

/** Waits until the editor shows at least one extension decoration; returns how many elements it shows. */
export async function waitForDecorations(page: Page, timeoutMs = 60_000): Promise<number> {
  try {
    await decorationElements(page).first().waitFor({ state: 'attached', timeout: timeoutMs });
  } catch {
    throw new Error(`no highlight appeared in the editor within ${timeoutMs / 1000} s`);
  }
  return decorationElements(page).count();
}

/** Saves a screenshot of the window as test-results/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}
