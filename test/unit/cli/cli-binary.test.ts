import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { checkHelp } from '../../../src/cli/check-command';
import { extractHelp } from '../../../src/cli/extract-command';
import { REPO_ROOT, SEED_ARTICLE, SEEDS } from './cli-test-utils';

const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');

function newestMtime(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function sourcemark(...args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], { cwd: REPO_ROOT, encoding: 'utf8' });
}

describe('sourcemark binary (dist/cli.js)', function () {
  this.timeout(120_000);

  before(() => {
    if (!existsSync(CLI) || statSync(CLI).mtimeMs < newestMtime(path.join(REPO_ROOT, 'src'))) {
      const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: REPO_ROOT, encoding: 'utf8' });
      assert.equal(build.status, 0, `build failed:\n${build.stderr}`);
    }
  });

  it('starts with a node shebang so the bin entry runs', () => {
    assert.ok(readFileSync(CLI, 'utf8').startsWith('#!/usr/bin/env node\n'));
  });

  it('extracts a seed as JSON with exit code 0', () => {
    const seed = path.join(SEEDS, SEED_ARTICLE);
    const run = sourcemark('extract', '--json', seed);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stderr, '');
    const json = JSON.parse(run.stdout) as { files: { path: string; entities: Record<string, unknown>[]; figures: Record<string, unknown>[] }[] };
    assert.deepEqual(Object.keys(json), ['files']);
    assert.equal(json.files.length, 1);
    const [file] = json.files;
    assert.deepEqual(Object.keys(file).sort(), ['entities', 'figures', 'path']);
    assert.equal(file.path, seed);
    const text = readFileSync(seed, 'utf8');
    assert.ok(file.entities.length > 5 && file.figures.length > 5, `${file.entities.length} entities, ${file.figures.length} figures`);
    for (const e of file.entities) assert.deepEqual(Object.keys(e).sort(), ['end', 'key', 'start', 'text', 'type']);
    for (const f of file.figures) assert.deepEqual(Object.keys(f).sort(), ['end', 'qualifier', 'start', 'text', 'type', 'unit', 'value']);
    for (const m of [...file.entities, ...file.figures]) assert.equal(text.slice(m.start as number, m.end as number), m.text);
    // The seed's sidecar quotes "approximately 11,000" as a figure of its first claim.
    assert.ok(file.figures.some((f) => f.text === 'approximately 11,000'));
    assert.ok(file.entities.some((e) => e.text === 'Choe Son Hui' && e.type === 'person'));
  });

  it('prints usage and exits 2 without a command, 0 for --help', () => {
    const bare = sourcemark();
    assert.equal(bare.status, 2);
    assert.match(bare.stdout, /^Usage: sourcemark <command>/);
    const help = sourcemark('--help');
    assert.equal(help.status, 0);
    assert.equal(help.stdout, bare.stdout);
  });

  it('prints a command\'s help string for "<command> --help"', () => {
    const extract = sourcemark('extract', '--help');
    assert.equal(extract.status, 0);
    assert.equal(extract.stdout, `${extractHelp}\n`);
    const check = sourcemark('check', '-h');
    assert.equal(check.status, 0);
    assert.equal(check.stdout, `${checkHelp}\n`);
  });

  it('exits 2 for an unknown command, naming it on stderr', () => {
    const run = sourcemark('extrct', 'a.txt');
    assert.equal(run.status, 2);
    assert.match(run.stderr, /unknown command "extrct"/);
    assert.equal(run.stdout, '');
  });

  it('exits 2 for extract without paths', () => {
    const run = sourcemark('extract', '--json');
    assert.equal(run.status, 2);
    assert.match(run.stderr, /No files or folders given/);
  });
});
