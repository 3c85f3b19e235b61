// `npm run package`: a .vsix in build/vsix/, from a stage of its own (a minified bundle built into the stage, the
// manifest, README, CHANGELOG, LICENSE, media, schemas, the sample articles), so the development build in dist/ is never touched.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './vscode-server.mjs';

const maxBytes = 1024 * 1024;
const vsixDir = join(repoRoot, 'build', 'vsix');
const stage = join(vsixDir, 'stage');
const { name, version, repository } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
// The README's screenshots stay in the repository, out of the package: vsce points relative links there.
const repositoryUrl = String(repository?.url ?? repository ?? '').replace(/\.git$/, '');
const vsix = join(vsixDir, `${name}-${version}.vsix`);

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`${[command, ...args].join(' ')} failed`);
    process.exit(1);
  }
}

rmSync(stage, { recursive: true, force: true });
mkdirSync(stage, { recursive: true });
run(process.execPath, [join(repoRoot, 'scripts', 'build.mjs'), '--production', '--outdir', stage], repoRoot);
for (const entry of ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', '.vscodeignore', 'media', 'schemas', 'seeds']) {
  cpSync(join(repoRoot, entry), join(stage, entry), { recursive: true });
}
run(process.execPath, [join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--out', vsix, '--baseContentUrl', `${repositoryUrl}/blob/HEAD`, '--baseImagesUrl', `${repositoryUrl}/raw/HEAD`, ...process.argv.slice(2)], stage);
rmSync(stage, { recursive: true, force: true });

const { size } = statSync(vsix);
console.log(`${vsix}: ${(size / 1024).toFixed(0)} KB`);
if (size > maxBytes) {
  console.error(`the package is larger than ${maxBytes / 1024} KB`);
  process.exit(1);
}
