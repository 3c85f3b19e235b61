// `npm start [-- --browser] [-- --web] [-- --port N]`: opens the seed articles in VS Code with the extension under
// development loaded. With a desktop `code` on PATH (and no --browser) that is `code --extensionDevelopmentPath`;
// otherwise a code-server on 127.0.0.1 whose URL is printed for a browser; --web runs the extension there in the
// browser's web worker extension host, as vscode.dev would. Works straight after `git clone`
// (ensure-deps installs and builds first), so it uses Node built-ins only.
import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { ensureDeps } from './ensure-deps.mjs';
import { repoRoot, startCodeServer, webExtensionHostSettings, workbenchUrl } from './vscode-server.mjs';

const args = process.argv.slice(2);
const web = args.includes('--web');
const browserOnly = web || args.includes('--browser');
const portIndex = args.indexOf('--port');
const port = portIndex >= 0 ? Number(args[portIndex + 1]) : undefined;
if (portIndex >= 0 && !(Number.isInteger(port) && port > 0 && port < 65536)) {
  console.error('usage: npm start -- [--browser] [--web] [--port N]');
  process.exit(2);
}
const seeds = join(repoRoot, 'seeds');

function onPath(command) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    try {
      accessSync(join(dir, command), constants.X_OK);
      return true;
    } catch {
      // Not in this directory.
    }
  }
  return false;
}

try {
  ensureDeps();
} catch (error) {
  console.error(`npm start: ${error.message}`);
  process.exit(1);
}

if (!browserOnly && onPath('code')) {
  const code = spawn('code', [`--extensionDevelopmentPath=${repoRoot}`, seeds], { stdio: 'inherit' });
  code.on('exit', (status) => process.exit(status ?? 0));
} else {
  let server;
  try {
    // Our own Ctrl-C handler below stops it gracefully.
    server = await startCodeServer({ folder: seeds, port, handleSignals: false, settings: web ? webExtensionHostSettings : {} });
  } catch (error) {
    console.error(`npm start: ${error.message}`);
    process.exit(1);
  }
  const url = workbenchUrl({ port: server.port, folder: seeds, extensionDevelopmentKind: web ? 'web' : undefined });
  console.log(`
Sourcemark is running in VS Code (code-server) on ${seeds}.
Open this URL in a browser on this machine (or forward port ${server.port} from it):

  ${url}

After editing src/, run \`npm run build\` (or keep \`npm run watch\` running) and reload the window.
Press Ctrl-C to stop.
`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping code-server...');
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.exited.then(() => {
    if (stopping) return;
    console.error(`code-server stopped unexpectedly:\n${server.output().split('\n').slice(-20).join('\n')}`);
    process.exit(1);
  });
}
