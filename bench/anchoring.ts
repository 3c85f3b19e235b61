// Re-anchoring benchmark: per-edit-type accuracy (exact / wrong / orphaned %) on the seed articles
// joined, on the seed and gold articles one at a time, and on a repetitive 100 KB document, then the
// time to re-anchor 1,000 annotations on 100 KB and 1 MB. For 'delete-quote' and 'replace-article'
// orphaned is the right answer. Run: npm run bench -- anchoring
import * as path from 'node:path';
import { reanchor, type AnchorResult } from '../src/core/anchoring/reanchor';
import { applyEdit, EDIT_KINDS, makeRandom, randomTargets, TrackedText } from '../test/unit/anchoring/simulate-edits';
import { runTrial, standardCorpora, type Corpus } from '../test/unit/anchoring/trial';

const corpora = standardCorpora(path.resolve(__dirname, '../..'));

// Repeats the seeds with a few words changed per copy, as ANCHORING.md did: most quotes then occur more than once.
function repetitive(corpus: string, size: number, seed: number): string {
  const random = makeRandom(seed);
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    const copy = corpus.replace(/\b[a-z]{5,}\b/g, (word) => (random() < 0.03 ? word.split('').reverse().join('') : word));
    parts.push(copy);
    length += copy.length + 1;
  }
  return parts.join('\n').slice(0, size);
}

function table(label: string, corpus: Corpus, trials: number, annotations: number): void {
  const size = corpus.articles.reduce((sum, a) => sum + a.length, 0);
  console.log(`\n${label} (${corpus.articles.length} × ${Math.round(size / corpus.articles.length / 1024)} KB, ${trials} trials per edit, ${annotations} annotations)`);
  console.log('| edit | exact % | wrong % | orphaned % |\n|---|---|---|---|');
  for (const kind of EDIT_KINDS) {
    const tally = { exact: 0, wrong: 0, orphaned: 0 };
    for (let seed = 1; seed <= trials; seed++) tally[runTrial(corpus, kind, seed * 7919, annotations).outcome]++;
    const pct = (n: number) => ((100 * n) / trials).toFixed(1);
    console.log(`| ${kind} | ${pct(tally.exact)} | ${pct(tally.wrong)} | ${pct(tally.orphaned)} |`);
  }
}

function timing(article: string, label: string): void {
  const random = makeRandom(42);
  const targets = randomTargets(article, 1000, random);
  const doc = new TrackedText(article);
  // A typical reload: a few edits spread over the document, plus a paragraph inserted near the top.
  for (const kind of ['insert-paragraph', 're-wrap', 'typo-in-quote', 'delete-paragraph'] as const) {
    applyEdit(doc, kind, targets[Math.floor(random() * targets.length)], random, article.slice(0, 20_000));
  }
  const runs: number[] = [];
  // CPU time as well: on a shared machine wall time mostly measures the other processes.
  const cpu: number[] = [];
  let results: AnchorResult[] = [];
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    results = reanchor(doc.text, targets);
    const used = process.cpuUsage(c0);
    runs.push(performance.now() - t0);
    cpu.push((used.user + used.system) / 1000);
  }
  runs.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  // Every annotation is checked against where its text truly went, not only counted as anchored:
  // one annotation matched to a copy misled its neighbours, and "anchored" hid that.
  const tally = { exact: 0, wrong: 0, orphaned: 0 };
  results.forEach((r, i) => {
    const truth = doc.trueSpan(targets[i].start, targets[i].end);
    if (r.status === 'orphaned') tally.orphaned++;
    else tally[truth && r.start === truth.start && r.end === truth.end ? 'exact' : 'wrong']++;
  });
  console.log(`| ${label} | ${runs[3].toFixed(0)} | ${runs[0].toFixed(0)} | ${runs[6].toFixed(0)} | ${cpu[3].toFixed(0)} | ${tally.exact} / ${tally.wrong} / ${tally.orphaned} |`);
}

const corpus = corpora.joined.articles[0];
// --quick: a third of the trials, for a first look while tuning.
const scale = process.argv.includes('--quick') ? 1 / 3 : 1;
table('Seed articles joined', corpora.joined, Math.round(300 * scale), 100);
table('Seed and gold articles one at a time', corpora.separate, Math.round(300 * scale), 30);
table('Repetitive document', { articles: [repetitive(corpus, 100_000, 1)], replacements: corpora.joined.replacements }, Math.round(100 * scale), 200);
console.log('\nRe-anchoring 1,000 annotations after 4 edits (ms, 7 runs)\n| document | median | min | max | CPU median | exact / wrong / orphaned of 1,000 |\n|---|---|---|---|---|---|');
timing(repetitive(corpus, 100_000, 2), '100 KB');
timing(repetitive(corpus, 1_000_000, 3), '1 MB');
