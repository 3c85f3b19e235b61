/**
 * Recognition speed: throughput of `recognize` on the seeds and on a generated 1 MB article, the time for a
 * 100 KB article, a 3.5 MB article with and without line breaks, and the latency of `DocumentRecognizer.applyEdit` after a
 * one-character edit in 1 MB. Each figure is a median over interleaved passes after a warm-up; compare the CPU figures, which
 * another process on the shared machine does not inflate, and medians of several runs.
 * Run: npx tsc -p . && node out/bench/recognition.js [--passes=N | --quick]
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DocumentRecognizer } from '../src/core/recognition/document-recognizer';
import { recognize, type RecognizeOptions } from '../src/core/recognition/recognize';

const seedDirectory = path.resolve(__dirname, '../../seeds');
const seedNames = readdirSync(seedDirectory).filter((name) => name.endsWith('.txt')).sort();
const seeds = seedNames.map((name) => readFileSync(path.join(seedDirectory, name), 'utf8'));
// The dev gold's articles (other outlets and stories, few repeated names) joined: generated text repeats the seeds'
// words, which the tagger's per-word cache and the JIT favour, so it overstates speed on real text.
const goldDirectory = path.resolve(__dirname, '../../test/fixtures/gold');
const goldArticles = readdirSync(goldDirectory).filter((name) => name.endsWith('.txt')).sort()
  .map((name) => readFileSync(path.join(goldDirectory, name), 'utf8'));

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

interface Time {
  wall: number;
  cpu: number;
}

/** Wall-clock and CPU milliseconds of one run; CPU time (process.cpuUsage) is what another process on a shared core does not inflate. */
function timeOnce(run: () => void): Time {
  const begin = performance.now();
  const cpuBegin = process.cpuUsage();
  run();
  const cpu = process.cpuUsage(cpuBegin);
  return { wall: performance.now() - begin, cpu: (cpu.user + cpu.system) / 1000 };
}

/** "median (cpu median)" or the same for another statistic. */
function summarize(times: Time[], statistic: (values: number[]) => number, digits = 2): string {
  return `${statistic(times.map((time) => time.wall)).toFixed(digits)} (cpu ${statistic(times.map((time) => time.cpu)).toFixed(digits)})`;
}

// --passes=N: interleaved passes per measurement (default 15; fewer for a first look).
const passArgument = process.argv.find((arg) => arg.startsWith('--passes='));
const PASSES = passArgument ? Math.max(1, Number(passArgument.slice('--passes='.length))) : process.argv.includes('--quick') ? 5 : 15;
/** A sample lasts at least this long, so the timer's resolution and one interruption weigh little on a small text. */
const MINIMUM_SAMPLE_MS = 40;

interface Case {
  label: string;
  text: string;
  options?: RecognizeOptions;
  /** Runs of `recognize` per sample, so a small text's sample lasts MINIMUM_SAMPLE_MS. */
  repeats: number;
  samples: Time[];
}

/**
 * Times every case in interleaved passes (all cases once, then all again, ...), each sample per run of `recognize`: a load
 * that comes and goes on the shared machine then hits every case alike, and the median over passes drops the disturbed ones.
 */
function measureInterleaved(cases: Case[], passes: number): void {
  for (const entry of cases) {
    const once = timeOnce(() => recognize(entry.text, entry.options)).cpu;
    entry.repeats = Math.max(1, Math.ceil(MINIMUM_SAMPLE_MS / Math.max(once, 0.01)));
  }
  for (let pass = 0; pass < passes; pass++) {
    for (const entry of cases) {
      const time = timeOnce(() => {
        for (let run = 0; run < entry.repeats; run++) recognize(entry.text, entry.options);
      });
      entry.samples.push({ wall: time.wall / entry.repeats, cpu: time.cpu / entry.repeats });
    }
  }
}

/** Megabytes (of UTF-16 text, counted as characters) per second from the median sample, by the wall clock and by CPU time. */
function throughput(entry: Case): string {
  const megabytes = entry.text.length / 1e6;
  const rate = (milliseconds: number) => (megabytes / (milliseconds / 1000)).toFixed(1);
  return `${rate(median(entry.samples.map((time) => time.wall)))} (cpu ${rate(median(entry.samples.map((time) => time.cpu)))})`;
}

function newCase(label: string, text: string, options?: RecognizeOptions): Case {
  return { label, text, options, repeats: 1, samples: [] };
}

const joined = seeds.join('\n\n');
const goldJoined = goldArticles.join('\n\n');
const megabyte = generateArticle(1_000_000);
const article100k = megabyte.slice(0, megabyte.lastIndexOf('\n', 100_000));
// No quadratic path: one 3.5 MB line takes about what the same text with its line breaks takes.
const lines35 = generateArticle(3_500_000);
const singleLine = lines35.replace(/\r?\n/g, ' ');

// Warm up the JIT on every path measured below.
for (let index = 0; index < 20; index++) {
  recognize(joined);
  recognize(joined, { tagger: false });
  recognize(goldJoined);
  recognize(goldJoined, { tagger: false });
}
recognize(megabyte);
recognize(singleLine);
const warm = new DocumentRecognizer(article100k);
for (let index = 0; index < 50; index++) {
  warm.applyEdit(index * 1000, index * 1000, 'x');
}

const throughputCases = [
  newCase('seeds joined (MB/s)', joined),
  ...seedNames.map((name, index) => newCase(`  ${name} (MB/s)`, seeds[index])),
  newCase(`${goldArticles.length} dev gold articles joined, ${Math.round(goldJoined.length / 1000)} KB (MB/s)`, goldJoined),
  newCase('  the same, rules only (MB/s)', goldJoined, { tagger: false }),
  newCase('generated 1 MB (MB/s)', megabyte),
  newCase('generated 1 MB, rules only (MB/s)', megabyte, { tagger: false }),
  newCase('recognize 100 KB (MB/s)', article100k),
];
measureInterleaved(throughputCases, PASSES);
const rows: [string, string][] = throughputCases.map((entry) => [entry.label, throughput(entry)]);

const longCases = [newCase('3.5 MB with line breaks, median (s)', lines35), newCase('3.5 MB as one line, median (s)', singleLine)];
measureInterleaved(longCases, Math.max(3, Math.ceil(PASSES / 3)));
for (const entry of longCases) {
  rows.push([entry.label, summarize(entry.samples.map((time) => ({ wall: time.wall / 1000, cpu: time.cpu / 1000 })), median)]);
}
rows.push(['3.5 MB one line / with breaks (cpu)', (median(longCases[1].samples.map((time) => time.cpu)) / median(longCases[0].samples.map((time) => time.cpu))).toFixed(2)]);

const next = random(42);
const recognizer = new DocumentRecognizer(megabyte);
let length = megabyte.length;
const editTimes: Time[] = [];
const EDITS = 40 * PASSES;
for (let edit = 0; edit < EDITS; edit++) {
  const at = Math.floor(next() * length);
  const insert = edit % 2 === 0;
  editTimes.push(timeOnce(() => recognizer.applyEdit(at, insert ? at : Math.min(length, at + 1), insert ? 'e' : '')));
  length += insert ? 1 : at < length ? -1 : 0;
}
rows.push([`one-character edit in 1 MB (${EDITS}), median (ms)`, summarize(editTimes, median)]);
rows.push([`one-character edit in 1 MB (${EDITS}), p95 (ms)`, summarize(editTimes, (values) => percentile(values, 0.95))]);

const result = recognize(megabyte);
rows.push(['1 MB: entities / figures', `${result.entities.length} / ${result.figures.length}`]);

const width = Math.max(...rows.map(([label]) => label.length));
for (const [label, value] of rows) {
  console.log(`${label.padEnd(width)}  ${value}`);
}
