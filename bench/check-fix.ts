// `check --fix` at scale: one article with 10,000 annotated sentences, a paragraph inserted at the top so every
// offset moves, then `sourcemark check --fix` through the real command on real files. Each run is a fresh child
// process, so its peak RSS is the command's own. Run: npm run bench -- fix  (or: node out/bench/check-fix.js [N])
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { checkCommand } from '../src/cli/check-command';
import { createTarget } from '../src/core/anchoring/create-target';

const PLACES = ['Kursk', 'Pokrovsk', 'Kherson', 'Sumy', 'Belgorod', 'Donetsk', 'Zaporizhzhia', 'Kharkiv'];

/** An article of `count` distinct sentences and a sidecar annotating each of them, in the style analysts write. */
export function makeWorkspace(count: number): { folder: string; article: string; sidecar: string } {
  const folder = mkdtempSync(path.join(tmpdir(), 'sourcemark-bench-fix-'));
  const sentences = Array.from({ length: count }, (_, i) => `Report ${i} says ${100 + (i % 900)} troops moved ${i % 97} km towards ${PLACES[i % PLACES.length]}.`);
  const text = sentences.join(' ') + '\n';
  const lines = ['# Generated for the check --fix benchmark.', 'version: 1', 'source:', '  outlet: Bench Daily', 'annotations:'];
  let offset = 0;
  for (const [i, sentence] of sentences.entries()) {
    const target = createTarget(text, offset, offset + sentence.length);
    offset += sentence.length + 1;
    lines.push(
      `  - id: c-${i.toString(36).padStart(6, '0')}`,
      '    kind: claim',
      `    text: Troop movement number ${i}.   # analyst's aside`,
      '    tags: [troops, movement]',
      '    created: 2026-11-25T12:00:00Z',
      '    updated: 2026-11-25T12:00:00Z',
      '    target:',
      `      quote: ${JSON.stringify(target.quote)}`,
      `      prefix: ${JSON.stringify(target.prefix)}`,
      `      suffix: ${JSON.stringify(target.suffix)}`,
      `      start: ${target.start}`,
      `      end: ${target.end}`,
      '',
    );
  }
  const article = path.join(folder, 'big.txt');
  writeFileSync(article, 'A paragraph added at the top, so every annotation moves.\n\n' + text);
  writeFileSync(article + '.sourcemark.yaml', lines.join('\n'));
  return { folder, article, sidecar: article + '.sourcemark.yaml' };
}

async function child(folder: string): Promise<void> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  let out = '';
  const code = await checkCommand([folder, '--fix', '--json'], { stdout: (t) => (out += t), stderr: (t) => (out += t) });
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  const { fixed, problems } = JSON.parse(out) as { fixed: number; problems: unknown[] };
  console.log(JSON.stringify({ code, ms, cpuMs, fixed, problems: problems.length, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
}

function main(): void {
  const count = Number(process.argv.find((arg) => /^\d+$/.test(arg)) ?? 10000);
  const runs = process.argv.includes('--quick') ? 1 : 3;
  console.log(`check --fix, ${count.toLocaleString('en')} annotations, every offset moved (${runs} runs, fresh process each)`);
  // CPU time too: on a shared host the wall time swings with the other processes' load.
  console.log('| run | wall ms | CPU ms | peak RSS MB | fixed | changed lines |\n|---|---|---|---|---|---|');
  for (let run = 1; run <= runs; run++) {
    const { folder, sidecar } = makeWorkspace(count);
    const before = readFileSync(sidecar, 'utf8').split('\n');
    const result = spawnSync(process.execPath, [__filename, '--child', folder], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(result.stderr);
    const figures = JSON.parse(result.stdout) as { ms: number; cpuMs: number; maxRssMB: number; fixed: number };
    const after = readFileSync(sidecar, 'utf8').split('\n');
    const changed = before.filter((line, i) => line !== after[i]).length + Math.abs(before.length - after.length);
    console.log(`| ${run} | ${figures.ms.toFixed(0)} | ${figures.cpuMs.toFixed(0)} | ${figures.maxRssMB.toFixed(0)} | ${figures.fixed} | ${changed} (of ${count * 2} offset lines) |`);
    rmSync(folder, { recursive: true, force: true });
  }
}

if (process.argv.includes('--child')) void child(process.argv[process.argv.indexOf('--child') + 1]);
else if (require.main === module) main();
