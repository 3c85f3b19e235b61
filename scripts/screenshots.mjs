// `npm run screenshots`: refreshes the README's pictures in docs/screenshots/ by running the screenshot e2e tests
// (test/e2e/screenshots.test.ts) against a real VS Code, and renders the marketplace icon media/icon.png from
// media/icon.svg with the same Chromium.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureDeps } from './ensure-deps.mjs';
import { chromiumArgs, chromiumPath, repoRoot } from './vscode-server.mjs';

ensureDeps();
const run = (args, env = {}) => {
  const result = spawnSync(process.execPath, args, { cwd: repoRoot, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
run([join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', '.']);
run([join(repoRoot, 'node_modules', 'mocha', 'bin', 'mocha.js'), '--exit', '--timeout', '180000', 'out/test/e2e/screenshots.test.js'], {
  SOURCEMARK_SCREENSHOT_DIR: join(repoRoot, 'docs', 'screenshots'),
});

const { chromium } = await import('playwright-core');
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const page = await browser.newPage({ viewport: { width: 128, height: 128 } });
await page.setContent(`<body style="margin:0">${readFileSync(join(repoRoot, 'media', 'icon.svg'), 'utf8')}</body>`);
await page.locator('svg').screenshot({ path: join(repoRoot, 'media', 'icon.png'), omitBackground: true });
await browser.close();
console.log('docs/screenshots/*.png and media/icon.png refreshed');
