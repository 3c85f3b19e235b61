/**
 * Scores a recognizer against the gold set in test/fixtures/gold.
 * Run: `npx tsc -p . && node out/bench/recognition-quality.js [--errors] [--rules] [--only=4,5]`
 * (--only: the articles whose names start with these prefixes, e.g. those a model was trained without: `npm run train -- --hold=4,5`)
 */
import * as fs from 'fs';
import * as path from 'path';
import {
  ENTITY_TYPES,
  FIGURE_TYPES,
  type EntityMention,
  type FigureMention,
  type FigureValue,
  type Recognition,
} from '../src/core/recognition/types';

export type Recognizer = (text: string) => Recognition;

/** True positives, false positives and false negatives for one type. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Score {
  /** Exact span + type, per type. */
  strict: Record<string, Counts>;
  /** Overlapping span + type, per type (tp counts gold mentions found; fp system mentions unmatched). */
  lenient: Record<string, Counts>;
  /** Pairwise coreference over gold entities found with exact span and type: pairs sharing a key. */
  keyPairs: { gold: number; system: number; both: number };
  /** Attribute agreement over exactly matched figures. */
  figureAttributes: { matched: number; valueKnown: number; valueOk: number; qualifierOk: number; unitOk: number };
}

export interface GoldDocument {
  name: string;
  group: 'seeds' | 'other';
  text: string;
  gold: Recognition;
}

type Mention = EntityMention | FigureMention;

const ALL_TYPES: readonly string[] = [...ENTITY_TYPES, ...FIGURE_TYPES];

export function emptyScore(): Score {
  const perType = (): Record<string, Counts> => Object.fromEntries(ALL_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  return {
    strict: perType(),
    lenient: perType(),
    keyPairs: { gold: 0, system: 0, both: 0 },
    figureAttributes: { matched: 0, valueKnown: 0, valueOk: 0, qualifierOk: 0, unitOk: 0 },
  };
}

const spanKey = (m: Mention): string => `${m.type}@${m.start}:${m.end}`;
const overlaps = (a: Mention, b: Mention): boolean => a.start < b.end && b.start < a.end;

function scoreList(gold: readonly Mention[], system: readonly Mention[], score: Score): void {
  const systemBySpan = new Map(system.map((m) => [spanKey(m), m]));
  const goldBySpan = new Set(gold.map(spanKey));
  for (const g of gold) {
    const c = score.strict[g.type];
    if (systemBySpan.has(spanKey(g))) c.tp++;
    else c.fn++;
    const l = score.lenient[g.type];
    if (system.some((s) => s.type === g.type && overlaps(s, g))) l.tp++;
    else l.fn++;
  }
  for (const s of system) {
    // Unknown types (a bug in the recognizer) still count as false positives.
    score.strict[s.type] ??= { tp: 0, fp: 0, fn: 0 };
    score.lenient[s.type] ??= { tp: 0, fp: 0, fn: 0 };
    if (!goldBySpan.has(spanKey(s))) score.strict[s.type].fp++;
    if (!gold.some((g) => g.type === s.type && overlaps(s, g))) score.lenient[s.type].fp++;
  }
}

function scoreKeys(gold: readonly EntityMention[], system: readonly EntityMention[], score: Score): void {
  const systemBySpan = new Map(system.map((m) => [spanKey(m), m]));
  const aligned = gold.flatMap((g) => {
    const s = systemBySpan.get(spanKey(g));
    return s ? [{ goldKey: g.key, systemKey: s.key }] : [];
  });
  for (let i = 0; i < aligned.length; i++) {
    for (let j = i + 1; j < aligned.length; j++) {
      const sameGold = aligned[i].goldKey === aligned[j].goldKey;
      const sameSystem = aligned[i].systemKey === aligned[j].systemKey;
      if (sameGold) score.keyPairs.gold++;
      if (sameSystem) score.keyPairs.system++;
      if (sameGold && sameSystem) score.keyPairs.both++;
    }
  }
}

/** Deep equality of normalized figure values; numbers compare with a relative tolerance of 1e-9. */
export function sameValue(a: FigureValue | null, b: FigureValue | null): boolean {
  if (a === null || b === null) return a === b;
  if (typeof a === 'number' || typeof b === 'number') {
    return typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
  }
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  if ('min' in a && 'min' in b) return sameValue(a.min, b.min) && sameValue(a.max, b.max);
  if ('start' in a && 'start' in b) return a.start === b.start && a.end === b.end;
  return false;
}

function scoreFigureAttributes(gold: readonly FigureMention[], system: readonly FigureMention[], score: Score): void {
  const systemBySpan = new Map(system.map((m) => [spanKey(m), m]));
  const fa = score.figureAttributes;
  for (const g of gold) {
    const s = systemBySpan.get(spanKey(g));
    if (!s) continue;
    fa.matched++;
    if (g.value !== null) {
      fa.valueKnown++;
      if (sameValue(g.value, s.value)) fa.valueOk++;
    }
    if (g.qualifier === s.qualifier) fa.qualifierOk++;
    if (g.unit === s.unit) fa.unitOk++;
  }
}

/** Scores one document's system output against its gold annotations (pure). */
export function scoreRecognition(gold: Recognition, system: Recognition): Score {
  const score = emptyScore();
  scoreList(gold.entities, system.entities, score);
  scoreList(gold.figures, system.figures, score);
  scoreKeys(gold.entities, system.entities, score);
  scoreFigureAttributes(gold.figures, system.figures, score);
  return score;
}

/** Sums scores (micro-averaging). */
export function addScores(a: Score, b: Score): Score {
  const out = emptyScore();
  for (const kind of ['strict', 'lenient'] as const) {
    for (const t of new Set([...Object.keys(a[kind]), ...Object.keys(b[kind])])) {
      const x = a[kind][t] ?? { tp: 0, fp: 0, fn: 0 };
      const y = b[kind][t] ?? { tp: 0, fp: 0, fn: 0 };
      out[kind][t] = { tp: x.tp + y.tp, fp: x.fp + y.fp, fn: x.fn + y.fn };
    }
  }
  for (const k of ['gold', 'system', 'both'] as const) out.keyPairs[k] = a.keyPairs[k] + b.keyPairs[k];
  for (const k of ['matched', 'valueKnown', 'valueOk', 'qualifierOk', 'unitOk'] as const) {
    out.figureAttributes[k] = a.figureAttributes[k] + b.figureAttributes[k];
  }
  return out;
}

/** Micro-summed counts over the given types. */
export function totalCounts(perType: Record<string, Counts>, types: readonly string[]): Counts {
  const out = { tp: 0, fp: 0, fn: 0 };
  for (const t of types) {
    const c = perType[t];
    if (!c) continue;
    out.tp += c.tp;
    out.fp += c.fp;
    out.fn += c.fn;
  }
  return out;
}

/** Precision, recall, F1; an empty denominator gives 0 (or 1 for P/R when nothing was expected or proposed). */
export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp === 0 ? (c.fn === 0 ? 1 : 0) : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? (c.fp === 0 ? 1 : 0) : c.tp / (c.tp + c.fn);
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p, r, f1 };
}

/** Pairwise coreference precision/recall/F1 from key pair counts. */
export function keyPrf(k: Score['keyPairs']): { p: number; r: number; f1: number } {
  return prf({ tp: k.both, fp: k.system - k.both, fn: k.gold - k.both });
}

/** Finds the gold directory whether run from out/bench or from source. */
export function goldDir(): string {
  const candidates = [path.resolve(__dirname, '../../test/fixtures/gold'), path.resolve(__dirname, '../test/fixtures/gold')];
  const found = candidates.find((d) => fs.existsSync(d));
  if (!found) throw new Error(`gold directory not found (tried ${candidates.join(', ')})`);
  return found;
}

/** Loads every NAME.txt with a NAME.gold.json; names starting with 0 are the seeds. */
export function loadGold(dir = goldDir()): GoldDocument[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => {
      const name = f.slice(0, -'.gold.json'.length);
      return {
        name,
        group: name.startsWith('0') ? ('seeds' as const) : ('other' as const),
        text: fs.readFileSync(path.join(dir, `${name}.txt`), 'utf8'),
        gold: JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as Recognition,
      };
    });
}

/** Loads `recognize` at run time so this file compiles before the recognizer exists. */
export function loadSourcemarkRecognizer(options: { tagger?: boolean } = {}): Recognizer {
  const mod = require('../src/core/recognition/recognize') as { recognize: (text: string, options: { tagger?: boolean }) => Recognition };
  return (text) => mod.recognize(text, options);
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);

function typeRows(score: Score, types: readonly string[], label: string): string[] {
  const rows: string[] = [];
  const row = (name: string, strict: Counts, lenient: Counts): string => {
    const s = prf(strict);
    const l = prf(lenient);
    const support = strict.tp + strict.fn;
    return `  ${name.padEnd(12)} ${pct(s.p)} ${pct(s.r)} ${pct(s.f1)}   ${String(support).padStart(5)} ${String(strict.tp + strict.fp).padStart(5)}   ${pct(l.f1)}`;
  };
  for (const t of types) rows.push(row(t, score.strict[t], score.lenient[t]));
  rows.push(row(`ALL ${label}`, totalCounts(score.strict, types), totalCounts(score.lenient, types)));
  return rows;
}

/** Human-readable report of one score. */
export function formatScore(title: string, score: Score): string {
  const header = `  ${'type'.padEnd(12)} ${'P'.padStart(5)} ${'R'.padStart(5)} ${'F1'.padStart(5)}    gold   sys   lenF1`;
  const k = keyPrf(score.keyPairs);
  const fa = score.figureAttributes;
  const ratio = (n: number, d: number): string => (d === 0 ? '  n/a' : pct(n / d));
  return [
    `## ${title}`,
    header,
    ...typeRows(score, ENTITY_TYPES, 'entities'),
    ...typeRows(score, FIGURE_TYPES, 'figures'),
    `  keys (pairwise coreference over exact matches): P ${pct(k.p)}  R ${pct(k.r)}  F1 ${pct(k.f1)}  (gold pairs ${score.keyPairs.gold}, system pairs ${score.keyPairs.system})`,
    `  figure attributes over ${fa.matched} exact matches: value ${ratio(fa.valueOk, fa.valueKnown)} (of ${fa.valueKnown} with a gold value)  qualifier ${ratio(fa.qualifierOk, fa.matched)}  unit ${ratio(fa.unitOk, fa.matched)}`,
  ].join('\n');
}

/** Lists false positives and false negatives (strict) for one document. */
export function formatErrors(doc: GoldDocument, system: Recognition): string {
  const lines: string[] = [`### ${doc.name}`];
  const context = (m: Mention): string => doc.text.slice(Math.max(0, m.start - 30), m.end + 30).replace(/\s+/g, ' ');
  const describe = (m: Mention): string => {
    const extra = 'key' in m ? m.key : `value=${JSON.stringify(m.value)} q=${m.qualifier} u=${m.unit}`;
    return `${m.type.padEnd(12)} «${m.text}» @${m.start}  ${extra}  …${context(m)}…`;
  };
  for (const [kind, gold, sys] of [
    ['entity', doc.gold.entities, system.entities],
    ['figure', doc.gold.figures, system.figures],
  ] as const) {
    const goldSpans = new Set<string>(gold.map(spanKey));
    const sysSpans = new Set<string>(sys.map(spanKey));
    for (const m of gold as readonly Mention[]) if (!sysSpans.has(spanKey(m))) lines.push(`  FN ${kind} ${describe(m)}`);
    for (const m of sys as readonly Mention[]) if (!goldSpans.has(spanKey(m))) lines.push(`  FP ${kind} ${describe(m)}`);
  }
  return lines.join('\n');
}

/** Runs a recognizer over documents; returns per-group scores and outputs. */
export function evaluate(docs: readonly GoldDocument[], recognizer: Recognizer): { seeds: Score; other: Score; all: Score; outputs: Recognition[] } {
  let seeds = emptyScore();
  let other = emptyScore();
  const outputs: Recognition[] = [];
  for (const doc of docs) {
    const system = recognizer(doc.text);
    outputs.push(system);
    const s = scoreRecognition(doc.gold, system);
    if (doc.group === 'seeds') seeds = addScores(seeds, s);
    else other = addScores(other, s);
  }
  return { seeds, other, all: addScores(seeds, other), outputs };
}

function main(): void {
  const showErrors = process.argv.includes('--errors');
  const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice(7).split(',');
  const docs = loadGold().filter((doc) => only === undefined || only.some((prefix) => doc.name.startsWith(prefix)));
  // --rules scores the rules alone, without the trained tagger.
  const recognize = loadSourcemarkRecognizer({ tagger: !process.argv.includes('--rules') });
  const { seeds, other, all, outputs } = evaluate(docs, recognize);
  const count = (g: string): number => docs.filter((d) => d.group === g).length;
  console.log(`Recognition quality on ${docs.length} gold articles (strict = exact span + type; lenF1 = overlap + type)\n`);
  console.log(formatScore(`seeds (${count('seeds')} articles)`, seeds) + '\n');
  console.log(formatScore(`other stories (${count('other')} articles)`, other) + '\n');
  console.log(formatScore('all', all));
  if (showErrors) {
    console.log('\n# Errors (strict)');
    docs.forEach((doc, i) => console.log(formatErrors(doc, outputs[i])));
  }
}

if (require.main === module) main();
