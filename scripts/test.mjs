// `npm test [unit|integration|e2e ...]` (no argument: all of them). Installs what is missing, type-checks and
// compiles with tsc, then runs each suite: unit tests with mocha in Node, integration tests with mocha inside a
// real VS Code extension host (code-server driven by headless Chromium), e2e tests with mocha in Node driving
// that VS Code's UI. Ends with "tests: N passed, N failed" over every suite and exits non-zero when a test
// failed or a suite could not run (that suite then counts as one failure).
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { ensureDeps } from './ensure-deps.mjs';
import { chromiumArgs, chromiumPath, repoRoot, startCodeServer, webExtensionHostSettings, workbenchUrl } from './vscode-server.mjs';

const suites = ['unit', 'integration', 'integration-web', 'e2e'];
const requested = process.argv.slice(2);
for (const name of requested) {
  if (!suites.includes(name)) {
    console.error(`unknown suite "${name}"; use any of: ${suites.join(', ')}`);
    process.exit(2);
  }
}
const selected = requested.length ? suites.filter((name) => requested.includes(name)) : suites;
const resultsDir = join(repoRoot, 'test-results');
// A hung extension host must fail CI, not hang it.
const integrationTimeoutMs = Number(process.env.SOURCEMARK_INTEGRATION_TIMEOUT_MS) || 10 * 60_000;
const suiteTimeoutMs = Number(process.env.SOURCEMARK_SUITE_TIMEOUT_MS) || 20 * 60_000;

const totals = { passed: 0, failed: 0 };
const problems = [];

function heading(text) {
  console.log(`\n=== ${text} ===`);
}

function couldNotRun(suite, reason) {
  console.log(`${suite}: could not run: ${reason}`);
  problems.push(`${suite}: ${reason}`);
  totals.failed++;
}

function addSummary(suite, summary) {
  totals.passed += summary.passed;
  totals.failed += summary.failed;
  console.log(`${suite}: ${summary.passed} passed, ${summary.failed} failed${summary.pending ? `, ${summary.pending} pending` : ''}`);
  for (const failure of summary.failures) problems.push(`${suite}: ${failure.title}`);
}

function readSummary(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Compiled test files of a suite whose .ts source still exists (tsc never deletes stale output). */
function compiledTests(suite) {
  const dir = join(repoRoot, 'out', 'test', suite);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.test.js') && existsSync(join(repoRoot, 'test', suite, name.replace(/\.js$/, '.ts'))))
    .sort()
    .map((name) => join(dir, name));
}

function runMocha(suite, extraArgs) {
  heading(`${suite} tests (mocha in Node)`);
  const files = compiledTests(suite);
  if (!files.length) {
    console.log(`${suite}: no test files in test/${suite}`);
    return;
  }
  const summaryFile = join(resultsDir, `${suite}.json`);
  rmSync(summaryFile, { force: true });
  const mocha = join(repoRoot, 'node_modules', 'mocha', 'bin', 'mocha.js');
  const reporter = join(repoRoot, 'scripts', 'mocha-summary-reporter.cjs');
  // --exit and a time limit: a test that leaves a handle open or hangs must fail CI, not stall it.
  const result = spawnSync(process.execPath, [mocha, '--exit', '--reporter', reporter, ...extraArgs, ...files.map((file) => relative(repoRoot, file))], {
    cwd: repoRoot,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, SOURCEMARK_MOCHA_SUMMARY: summaryFile },
    timeout: suiteTimeoutMs,
  });
  const summary = readSummary(summaryFile);
  if (result.error?.code === 'ETIMEDOUT') return couldNotRun(suite, `stopped after ${suiteTimeoutMs / 1000} s`);
  if (!summary) return couldNotRun(suite, `mocha exited with ${result.status ?? result.signal} before reporting`);
  addSummary(suite, summary);
  if (result.status !== 0 && summary.failed === 0) couldNotRun(suite, `mocha exited with ${result.status ?? result.signal}`);
}

/**
 * `web`: the same in the browser's web worker extension host (extensionDevelopmentKind web), running the
 * browser bundle of the extension and of test/integration-web, which reports into ../web-report/ beside the
 * workspace through workspace.fs (that host has no environment variables and no fs).
 */
async function runIntegration({ web = false } = {}) {
  const suite = web ? 'integration-web' : 'integration';
  heading(`${suite} tests (mocha in the VS Code ${web ? 'web worker ' : ''}extension host)`);
  if (web && spawnSync(process.execPath, [join(repoRoot, 'scripts', 'build.mjs'), '--web-tests'], { cwd: repoRoot, stdio: 'inherit' }).status !== 0) {
    return couldNotRun(suite, 'the web test bundle did not build (node scripts/build.mjs --web-tests)');
  }
  const runner = web ? join(repoRoot, 'out', 'test-web', 'index.js') : join(repoRoot, 'out', 'test', 'integration', 'index.js');
  if (!existsSync(runner)) return couldNotRun(suite, `${relative(repoRoot, runner)} is missing`);

  // Tests may write (sidecars, edits): give them a copy of the fixture workspace, never the repo's.
  const scratch = mkdtempSync(join(tmpdir(), 'sourcemark-workspace-'));
  const workspace = join(scratch, 'workspace');
  cpSync(join(repoRoot, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });
  makeWritable(workspace);
  const reportDir = web ? join(scratch, 'web-report') : join(resultsDir, 'integration');
  rmSync(reportDir, { recursive: true, force: true });
  mkdirSync(reportDir, { recursive: true });

  const { chromium } = await import('playwright-core');
  let server;
  let browser;
  const logTail = tailFile(join(reportDir, 'integration.log'));
  const consoleErrors = [];
  try {
    const settings = web ? webExtensionHostSettings : {};
    server = await startCodeServer({ folder: workspace, settings, env: { SOURCEMARK_TEST_REPORT_DIR: reportDir } });
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
    const page = await browser.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    let reportExit;
    const exited = new Promise((resolve) => (reportExit = resolve));
    // VS Code calls this with the result of run() (0 resolved, 1 rejected); it must exist before the page loads.
    await page.exposeFunction('codeAutomationExit', (code) => reportExit(code));
    await page.goto(workbenchUrl({ port: server.port, folder: workspace, extensionTestsPath: runner, extensionDevelopmentKind: web ? 'web' : undefined }));
    let timer;
    const outcome = await Promise.race([
      exited,
      server.exited.then(() => 'server-exited'),
      new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), integrationTimeoutMs))),
    ]);
    clearTimeout(timer);
    logTail.flush();

    const summary = readSummary(join(reportDir, 'integration.json'));
    if (summary) addSummary(suite, summary);
    if (outcome === 'timeout') {
      let running = 'no test had started';
      try {
        running = `last test started: "${readFileSync(join(reportDir, 'integration.running'), 'utf8')}"`;
      } catch {
        // The runner never reached a test.
      }
      couldNotRun(suite, `no result after ${integrationTimeoutMs / 1000} s (${running})`);
    }
    else if (outcome === 'server-exited') couldNotRun(suite, 'code-server exited during the run');
    else if (!summary) couldNotRun(suite, `the runner exited with ${outcome} without a report`);
    else if (outcome !== 0 && summary.failed === 0) couldNotRun(suite, `the runner exited with ${outcome}`);
    // Failing tests explain themselves; a run that broke down needs the server's and workbench's view.
    if (!summary || (outcome !== 0 && summary.failed === 0)) printDiagnostics(server.output(), consoleErrors);
  } catch (error) {
    logTail.flush();
    couldNotRun(suite, error.message.split('\n')[0]);
    if (server) printDiagnostics(server.output(), consoleErrors);
  } finally {
    logTail.stop();
    // A graceful shutdown of the workbench can take a minute: wait a few seconds at most (long enough
    // for Chromium to reap its helper processes, which would otherwise linger as zombies).
    await closeSoon(browser);
    await server?.stop();
    if (web) cpSync(reportDir, join(resultsDir, suite), { recursive: true });
    rmSync(scratch, { recursive: true, force: true });
  }
}

function closeSoon(browser) {
  if (!browser) return;
  return Promise.race([browser.close().catch(() => {}), new Promise((resolve) => setTimeout(resolve, 5000))]);
}

/** Copies what the runner appends to `file` to our stdout while the tests run. */
function tailFile(file) {
  let offset = 0;
  const flush = () => {
    let text;
    try {
      text = readFileSync(file);
    } catch {
      return;
    }
    if (text.length < offset) offset = 0;
    process.stdout.write(text.subarray(offset));
    offset = text.length;
  };
  const interval = setInterval(flush, 250);
  return { flush, stop: () => clearInterval(interval) };
}

function printDiagnostics(serverOutput, consoleErrors) {
  const noise = /open-vsx\.org|vsda|getaddrinfo|Failed to load resource/;
  const lines = serverOutput.split('\n').filter((line) => line.trim() && !noise.test(line));
  console.log('--- code-server output (last 40 lines) ---');
  console.log(lines.slice(-40).join('\n'));
  const errors = consoleErrors.filter((line) => !noise.test(line));
  if (errors.length) {
    console.log('--- workbench console errors (last 20) ---');
    console.log(errors.slice(-20).join('\n'));
  }
}

function makeWritable(dir) {
  // Seed articles are checked in read-only; copies must be editable by tests.
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const path = join(dir, name);
    chmodSync(path, statSync(path).isDirectory() ? 0o755 : 0o644);
  }
}

async function main() {
  const started = Date.now();
  try {
    ensureDeps();
  } catch (error) {
    couldNotRun('setup', error.message);
    return;
  }
  heading('tsc -p . (type-check and compile)');
  const tsc = spawnSync(process.execPath, [join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', '.'], {
    cwd: repoRoot,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (tsc.status !== 0) {
    couldNotRun('typecheck', 'tsc reported errors');
    return;
  }
  console.log('no type errors');
  mkdirSync(resultsDir, { recursive: true });
  for (const suite of selected) {
    const suiteStarted = Date.now();
    if (suite === 'unit') runMocha('unit', ['--timeout', '10000']);
    if (suite === 'integration') await runIntegration();
    if (suite === 'integration-web') await runIntegration({ web: true });
    if (suite === 'e2e') {
      // Screenshots of an earlier run would pass for this run's.
      for (const name of readdirSync(resultsDir)) if (/^e2e-.*\.png$/.test(name)) rmSync(join(resultsDir, name));
      runMocha('e2e', ['--timeout', '180000']);
    }
    console.log(`(${suite}: ${((Date.now() - suiteStarted) / 1000).toFixed(1)} s)`);
  }
  console.log(`\n(all: ${Math.round((Date.now() - started) / 1000)} s)`);
}

await main();
if (problems.length) {
  console.log('\nFailed:');
  for (const problem of problems) console.log(`  ${problem}`);
}
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 ? 1 : 0);
