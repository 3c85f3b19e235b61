/**
 * Recognition speed: throughput of `recognize` on the seeds and on a generated 1 MB article, the time for a
 * 100 KB article, and the latency of `DocumentRecognizer.applyEdit` after a one-character edit in 1 MB.
 * Run: npx tsc -p . && node out/bench/recognition.js
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DocumentRecognizer } from '../src/core/recognition/document-recognizer';
import { recognize, type RecognizeOptions } from '../src/core/recognition/recognize';

const seedDirectory = path.resolve(__dirname, '../../seeds');
const seedNames = readdirSync(seedDirectory).filter((name) => name.endsWith('.txt')).sort();
const seeds = seedNames.map((name) => readFileSync(path.join(seedDirectory, name), 'utf8'));

/** Deterministic pseudo-random numbers (mulberry32), so runs compare. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PEOPLE = ['Putin', 'Zelenskyy', 'Netanyahu', 'Burhan', 'Lai Ching-te', 'Sinwar', 'Erdogan', 'Macron'];
const PLACES = ['Kursk', 'Gaza', 'Khartoum', 'Taipei', 'Rafah', 'Kharkiv', 'Darfur', 'Odesa'];
const GROUPS = ['NIS', 'Hamas', 'RSF', 'PLA', 'IDF', 'SBU', 'UN', 'NATO'];

/** Repeats the seeds with rotated names and numbers until the text reaches `size` characters. */
function generateArticle(size: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let copy = 0; length < size; copy++) {
    const seed = seeds[copy % seeds.length]
      .replace(/Putin/g, PEOPLE[copy % PEOPLE.length])
      .replace(/Kursk/g, PLACES[copy % PLACES.length])
      .replace(/NIS/g, GROUPS[copy % GROUPS.length])
      .replace(/\d+/g, (digits) => String(Number(digits) + copy));
    parts.push(seed);
    length += seed.length + 2;
  }
  return parts.join('\n\n').slice(0, size);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
}

/** Wall-clock and CPU milliseconds of one run. */
function timeOnce(run: () => void): { wall: number; cpu: number } {
  const begin = performance.now();
  const cpuBegin = process.cpuUsage();
  run();
  const cpu = process.cpuUsage(cpuBegin);
  return { wall: performance.now() - begin, cpu: (cpu.user + cpu.system) / 1000 };
}

/**
 * Megabytes (of UTF-16 text, counted as characters) per second from the median of repeated runs over at least
 * `minimumMs`, by the wall clock and by CPU time: the median ignores the runs another process or a major GC
 * interrupted, which a mean over the window would not.
 */
function throughput(text: string, minimumMs = 1000, options: RecognizeOptions = {}): string {
  const times: { wall: number; cpu: number }[] = [];
  const begin = performance.now();
  while (performance.now() - begin < minimumMs || times.length < 5) times.push(timeOnce(() => recognize(text, options)));
  const megabytes = text.length / 1e6;
  const rate = (milliseconds: number) => (megabytes / (milliseconds / 1000)).toFixed(1);
  return `${rate(median(times.map((time) => time.wall)))} (cpu ${rate(median(times.map((time) => time.cpu)))})`;
}

/** "median (cpu median)" or the same for the 95th percentile. */
function summarize(times: { wall: number; cpu: number }[], statistic: (values: number[]) => number): string {
  return `${statistic(times.map((time) => time.wall)).toFixed(2)} (cpu ${statistic(times.map((time) => time.cpu)).toFixed(2)})`;
}

const joined = seeds.join('\n\n');
const megabyte = generateArticle(1_000_000);
const article100k = megabyte.slice(0, megabyte.lastIndexOf('\n', 100_000));

// Warm up the JIT on every path measured below.
for (let index = 0; index < 20; index++) {
  recognize(joined);
}
recognize(megabyte);
const warm = new DocumentRecognizer(article100k);
for (let index = 0; index < 20; index++) {
  warm.applyEdit(index * 1000, index * 1000, 'x');
}

const rows: [string, string][] = [];
rows.push(['seeds joined (MB/s)', throughput(joined)]);
seedNames.forEach((name, index) => rows.push([`  ${name} (MB/s)`, throughput(seeds[index])]));
rows.push(['generated 1 MB (MB/s)', throughput(megabyte, 3000)]);
rows.push(['generated 1 MB, rules only (MB/s)', throughput(megabyte, 3000, { tagger: false })]);
// No quadratic path: one 3.5 MB line takes about what the same text with its line breaks takes.
const lines35 = generateArticle(3_500_000);
const singleLine = lines35.replace(/\r?\n/g, ' ');
rows.push(['3.5 MB with line breaks (s)', (timeOnce(() => recognize(lines35)).wall / 1000).toFixed(2)]);
rows.push(['3.5 MB as one line (s)', (timeOnce(() => recognize(singleLine)).wall / 1000).toFixed(2)]);
const times100k = Array.from({ length: 30 }, () => timeOnce(() => recognize(article100k)));
rows.push(['recognize 100 KB, median (ms)', summarize(times100k, median)]);

const next = random(42);
const recognizer = new DocumentRecognizer(megabyte);
let length = megabyte.length;
const editTimes: { wall: number; cpu: number }[] = [];
for (let edit = 0; edit < 200; edit++) {
  const at = Math.floor(next() * length);
  const insert = edit % 2 === 0;
  editTimes.push(timeOnce(() => recognizer.applyEdit(at, insert ? at : Math.min(length, at + 1), insert ? 'e' : '')));
  length += insert ? 1 : at < length ? -1 : 0;
}
rows.push(['one-character edit in 1 MB, median (ms)', summarize(editTimes, median)]);
rows.push(['one-character edit in 1 MB, p95 (ms)', summarize(editTimes, (values) => percentile(values, 0.95))]);

const result = recognize(megabyte);
rows.push(['1 MB: entities / figures', `${result.entities.length} / ${result.figures.length}`]);

const width = Math.max(...rows.map(([label]) => label.length));
for (const [label, value] of rows) {
  console.log(`${label.padEnd(width)}  ${value}`);
}
