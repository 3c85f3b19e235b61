// Starts a real VS Code (code-server, installed by scripts/install-vscode.sh) on a loopback port, and builds
// the workbench URLs that load our extension into it. Shared by `npm start`, the integration runner driver and
// the e2e helpers. Node built-ins only: `npm start` imports it before anything else may be installed.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3';
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Path of code-server's entry script in the cached install. */
export function codeServerEntry(root = repoRoot) {
  return join(root, '.vscode-test', `code-server-${CODE_SERVER_VERSION}`, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
}

// A first window should show the article, not a welcome page, a walkthrough, a trust prompt or update nags.
const quietSettings = {
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'security.workspace.trust.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'update.showReleaseNotes': false,
  'git.openRepositoryInParentFolders': 'never',
  'chat.commandCenter.enabled': false,
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

/**
 * Settings that run the extension in the browser's web worker extension host (its `browser` bundle). The payload's
 * extensionDevelopmentKind is not read by VS Code 1.100's web workbench (it looks for `extensionDevelopmentKind` on
 * an environment service that names it `extensionDevelopmentLocationKind`); `remote.extensionKind` is.
 */
export const webExtensionHostSettings = { 'remote.extensionKind': { 'sourcemark.sourcemark': ['web'] } };

/** Asks the OS for a free loopback port (a tiny race with other programs is accepted). */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * Starts code-server on `folder`. Resolves once it logs "HTTP server listening" with
 * { url, port, pid, userDataDir, output(), stop() }. `onOutput(text)` sees everything it prints
 * (the extension host's stdout comes through it too). `workspaceTrust: true` keeps VS Code's workspace trust on
 * (with trust enabled in `settings`, the folder opens in Restricted Mode).
 */
export async function startCodeServer({ folder, port, root = repoRoot, env = {}, onOutput, timeoutMs = 60_000, settings = {}, handleSignals = true, workspaceTrust = false } = {}) {
  const entry = codeServerEntry(root);
  if (!existsSync(entry)) throw new Error(`code-server is not installed (${entry}); run scripts/install-vscode.sh`);
  port ||= await freePort();

  // Fresh state each time: no settings, extensions or "last opened" folder leak between runs or from $HOME.
  const stateDir = mkdtempSync(join(tmpdir(), 'sourcemark-vscode-'));
  const userDataDir = join(stateDir, 'user-data');
  const extensionsDir = join(stateDir, 'extensions');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...quietSettings, ...settings }, null, 2));
  // Without --config code-server writes ~/.config/code-server/config.yaml with a password in it.
  const configFile = join(stateDir, 'config.yaml');
  writeFileSync(configFile, 'auth: none\n');

  // Variables that a VS Code terminal sets would make the server talk to that other VS Code.
  const childEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VSCODE_') && key !== 'ELECTRON_RUN_AS_NODE'));
  Object.assign(childEnv, { XDG_DATA_HOME: join(stateDir, 'data'), XDG_CONFIG_HOME: join(stateDir, 'config'), ...env });

  const args = [
    entry, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--config', configFile,
    '--disable-telemetry', '--disable-update-check', ...(workspaceTrust ? [] : ['--disable-workspace-trust']), '--disable-getting-started-override',
    '--ignore-last-opened', '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, folder,
  ];
  // Its own process group, so stop() also ends the extension host, pty host and file watcher it forks.
  const child = spawn(process.execPath, args, { cwd: root, env: childEnv, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const onData = (chunk) => {
    const text = chunk.toString();
    log = (log + text).slice(-200_000);
    onOutput?.(text);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);

  let exited = false;
  const exitPromise = new Promise((done) => child.once('exit', () => { exited = true; done(); }));
  // If the caller dies without calling stop(), do not leave a server behind.
  const killOnExit = () => killGroup(child.pid, 'SIGKILL');
  process.once('exit', killOnExit);
  running.set(child.pid, stateDir);
  if (handleSignals) killOnSignals();

  const stop = async () => {
    process.removeListener('exit', killOnExit);
    running.delete(child.pid);
    if (!exited) {
      killGroup(child.pid, 'SIGTERM');
      const timer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), 3000);
      await exitPromise;
      clearTimeout(timer);
    }
    // Its children (extension host, watchers) may outlive it.
    killGroup(child.pid, 'SIGKILL');
    rmSync(stateDir, { recursive: true, force: true });
  };

  try {
    await new Promise((ready, fail) => {
      const timer = setTimeout(() => fail(new Error(`code-server did not start within ${timeoutMs / 1000} s`)), timeoutMs);
      const check = () => {
        if (/HTTP server listening on/.test(log)) { clearTimeout(timer); ready(); }
      };
      child.stdout.on('data', check);
      child.stderr.on('data', check);
      exitPromise.then(() => { clearTimeout(timer); fail(new Error(`code-server exited early:\n${log}`)); });
    });
  } catch (error) {
    await stop();
    throw error;
  }

  return { url: `http://127.0.0.1:${port}/`, port, pid: child.pid, userDataDir, output: () => log, exited: exitPromise, stop };
}

// The server runs in a process group of its own, so Ctrl-C in a terminal does not reach it, and a signal
// ends Node without 'exit' handlers: kill the servers of this process, then let the signal do its default.
const running = new Map(); // pid -> its temp state folder
let signalsHandled = false;
function killOnSignals() {
  if (signalsHandled) return;
  signalsHandled = true;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(signal, () => {
      for (const [pid, stateDir] of running) {
        killGroup(pid, 'SIGKILL');
        rmSync(stateDir, { recursive: true, force: true });
      }
      process.kill(process.pid, signal);
    });
  }
}

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

/**
 * The URL of a workbench window on `folder` with the extension under development loaded, and, given
 * `extensionTestsPath`, that runner's run() executed in the extension host (as @vscode/test-electron does);
 * `extensionDevelopmentKind: 'web'` asks for the browser's web worker extension host (VS Code 1.100 ignores it:
 * start the server with webExtensionHostSettings as well).
 */
export function workbenchUrl({ port, folder, extensionDevelopmentPath = repoRoot, extensionTestsPath, extensionDevelopmentKind }) {
  const remote = (path) => `vscode-remote://127.0.0.1:${port}${resolve(path)}`;
  const payload = [['extensionDevelopmentPath', remote(extensionDevelopmentPath)], ['skipWelcome', 'true']];
  // 'web' runs the extension's `browser` bundle in the browser's web worker extension host.
  if (extensionDevelopmentKind) payload.push(['extensionDevelopmentKind', extensionDevelopmentKind]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  return `http://127.0.0.1:${port}/?folder=${encodeURIComponent(resolve(folder))}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/** Chromium flags for a headless run on a machine without network, GPU or sandbox support. */
export const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'];
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
