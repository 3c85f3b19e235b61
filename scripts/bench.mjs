// `npm run bench [recognition|quality|anchoring|search|other-domains ...] [-- --quick]`: compiles, then prints each benchmark's figures.
// Benchmarks are measurements, never pass/fail: the README quotes what they print on a 2-core machine.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ensureDeps } from './ensure-deps.mjs';
import { repoRoot } from './vscode-server.mjs';

const benches = {
  recognition: ['out/bench/recognition.js'],
  quality: ['out/bench/recognition-quality.js'],
  anchoring: ['out/bench/anchoring.js'],
  attribution: ['out/bench/attribution-quality.js'],
  // --expose-gc lets the search bench measure the index's heap after a full collection.
  search: ['--expose-gc', 'out/bench/search.js'],
  fix: ['out/bench/check-fix.js'],
  'other-domains': ['out/bench/other-domains.js'],
};

const args = process.argv.slice(2);
const selected = args.filter((arg) => arg in benches);
const passThrough = args.filter((arg) => !(arg in benches));
const unknown = passThrough.filter((arg) => !arg.startsWith('--'));
if (unknown.length) {
  console.error(`unknown benchmark "${unknown[0]}"; use any of: ${Object.keys(benches).join(', ')}`);
  process.exit(2);
}

ensureDeps({ build: false, vscode: false });
const tsc = spawnSync(process.execPath, [join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', '.'], { cwd: repoRoot, stdio: 'inherit' });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);

let failed = false;
for (const name of selected.length ? selected : Object.keys(benches)) {
  console.log(`\n=== ${name} ===`);
  const run = spawnSync(process.execPath, [...benches[name], ...passThrough], { cwd: repoRoot, stdio: 'inherit' });
  failed ||= run.status !== 0;
}
process.exit(failed ? 1 : 0);
