// `npm start [-- <folder>] [--browser] [--web] [--port N]`: opens a folder of articles (default: the seed
// articles) in VS Code with the extension under development loaded. With a desktop `code` on PATH (and no
// --browser) that is `code --extensionDevelopmentPath`; otherwise a code-server on 127.0.0.1 whose URL is printed
// for a browser; --web runs the extension there in the browser's web worker extension host, as vscode.dev would.
// Works straight after `git clone` (ensure-deps installs and builds first), so it uses Node built-ins only.
import { spawn } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { ensureDeps } from './ensure-deps.mjs';
import { repoRoot, startCodeServer, webExtensionHostSettings, workbenchUrl } from './vscode-server.mjs';

const usage = `usage: npm start -- [<folder>] [--browser] [--web] [--port N]
  <folder>    the folder of articles to open (default: seeds/, the sample articles)
  --browser   use code-server in a browser even where a desktop \`code\` is installed
  --web       run the extension in the browser's web worker extension host (implies --browser)
  --port N    the port code-server listens on (default: a free one)`;

function fail(message) {
  console.error(`npm start: ${message}\n${usage}`);
  process.exit(2);
}

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(usage);
  process.exit(0);
}
let browserOnly = false;
let web = false;
let port;
const folders = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--browser') browserOnly = true;
  else if (args[i] === '--web') browserOnly = web = true;
  else if (args[i] === '--port') {
    port = Number(args[++i]);
    if (!(Number.isInteger(port) && port > 0 && port < 65536)) fail(`--port needs a port number, not "${args[i] ?? ''}"`);
  } else if (args[i].startsWith('-')) fail(`unknown option ${args[i]}`);
  else folders.push(args[i]);
}
if (folders.length > 1) fail(`one folder at a time (got ${folders.join(', ')})`);
// npm runs scripts in the package folder: a relative path means relative to where `npm start` was typed.
const folder = folders.length ? resolve(process.env.INIT_CWD ?? process.cwd(), folders[0]) : join(repoRoot, 'seeds');
try {
  if (!statSync(folder).isDirectory()) fail(`${folder} is not a folder`);
} catch {
  fail(`${folder} does not exist`);
}

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
  const code = spawn('code', [`--extensionDevelopmentPath=${repoRoot}`, folder], { stdio: 'inherit' });
  code.on('exit', (status) => process.exit(status ?? 0));
} else {
  let server;
  try {
    // Our own Ctrl-C handler below stops it gracefully.
    server = await startCodeServer({ folder, port, handleSignals: false, settings: web ? webExtensionHostSettings : {} });
  } catch (error) {
    console.error(`npm start: ${error.message}`);
    process.exit(1);
  }
  const url = workbenchUrl({ port: server.port, folder, extensionDevelopmentKind: web ? 'web' : undefined });
  console.log(`
Sourcemark is running in VS Code (code-server) on ${folder}.
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
