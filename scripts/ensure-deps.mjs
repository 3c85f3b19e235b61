// Brings a fresh clone (or a stale checkout) to the point where the extension can run and be tested:
// npm packages, a real VS Code (code-server) with the Debian packages it needs, and a built dist/.
// Each step is skipped when its output is already up to date, so `npm start`/`npm test` can always call it.
// Node built-ins only: this runs before `npm install`.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CODE_SERVER_VERSION, repoRoot } from './vscode-server.mjs';

const log = (message) => console.error(`[setup] ${message}`);
// SOURCEMARK_VERBOSE=1 shows the installers' own output (npm warnings, VS Code's pages of "Removed ...").
const verbose = Boolean(process.env.SOURCEMARK_VERBOSE);

/**
 * Runs a setup step with its output in a log file; on failure prints the end of it and where the rest is.
 * `what` names the step in one line ("installing npm packages").
 */
function run(command, args, what) {
  const started = Date.now();
  const logFile = join(tmpdir(), `sourcemark-setup-${what.replace(/\W+/g, '-')}.log`);
  let result;
  if (verbose) result = spawnSync(command, args, { cwd: repoRoot, stdio: ['ignore', 'inherit', 'inherit'] });
  else {
    const fd = openSync(logFile, 'w');
    try {
      // stdin stays the terminal: sudo may ask for a password (it prompts on the terminal, not stdout).
      result = spawnSync(command, args, { cwd: repoRoot, stdio: ['inherit', fd, fd] });
    } finally {
      closeSync(fd);
    }
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  if (result.status === 0) {
    if (Date.now() - started > 2000) log(`${what}: done in ${seconds} s`);
    return true;
  }
  if (!verbose) {
    const tail = readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-25).join('\n');
    console.error(`${tail}\n[setup] ${what} failed after ${seconds} s; full output: ${logFile}`);
  }
  return false;
}

function mtime(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) newest = Math.max(newest, mtime(join(entry.parentPath ?? entry.path, entry.name)) ?? 0);
  }
  return newest;
}

function ensureNodeModules() {
  // npm writes node_modules/.package-lock.json on every install: older than the lockfile means stale.
  const installed = join(repoRoot, 'node_modules', '.package-lock.json');
  const lock = join(repoRoot, 'package-lock.json');
  if (existsSync(installed) && mtime(installed) >= (mtime(lock) ?? 0)) return;
  log('installing npm packages (npm ci)…');
  if (!run('npm', ['ci', '--no-audit', '--no-fund'], 'npm ci')) {
    log('npm ci failed; trying npm install…');
    if (!run('npm', ['install', '--no-audit', '--no-fund'], 'npm install')) throw new Error('npm install failed');
  }
  // npm install may rewrite package-lock.json after its hidden lockfile: mark the install as newest.
  const now = new Date();
  if (existsSync(installed)) utimesSync(installed, now, now);
}

function ensureVSCode() {
  // The script is its own cache check (Debian packages present, code-server stamp), and quick when cached.
  if (!existsSync(join(repoRoot, '.vscode-test', `code-server-${CODE_SERVER_VERSION}`, '.installed'))) {
    log(`installing VS Code (code-server ${CODE_SERVER_VERSION}) and the Debian packages it needs; a few minutes the first time…`);
  }
  if (!run('bash', [join(repoRoot, 'scripts', 'install-vscode.sh')], 'installing VS Code')) throw new Error('scripts/install-vscode.sh failed');
}

function ensureBuild() {
  const outputs = ['dist/extension.js', 'dist/web/extension.js', 'dist/cli.js'].map((file) => mtime(join(repoRoot, file)));
  const oldestOutput = outputs.includes(undefined) ? 0 : Math.min(...outputs);
  const newestInput = Math.max(newestMtime(join(repoRoot, 'src')), mtime(join(repoRoot, 'package.json')) ?? 0);
  if (oldestOutput > newestInput) return;
  log('building dist/…');
  if (!run(process.execPath, [join(repoRoot, 'scripts', 'build.mjs')], 'building dist')) throw new Error('the build failed (node scripts/build.mjs)');
}

/** Installs whatever is missing or stale. Throws with a one-line reason when a step fails. */
export function ensureDeps({ build = true, vscode = true } = {}) {
  ensureNodeModules();
  if (vscode) ensureVSCode();
  if (build) ensureBuild();
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    ensureDeps();
  } catch (error) {
    log(error.message);
    process.exit(1);
  }
}
