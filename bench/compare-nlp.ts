/**
 * Compares off-the-shelf NLP libraries with our rule-based recognizer on the gold set.
 * Run: `npx tsc -p . && node out/bench/compare-nlp.js`
 */
import nlp from 'compromise';
import winkNLP, { type ItemEntity, type ItemToken } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import * as Suite from '@microsoft/recognizers-text-suite';
import { ENTITY_TYPES, FIGURE_TYPES, type EntityMention, type EntityType, type FigureMention, type FigureType, type Recognition } from '../src/core/recognition/types';
import { evaluate, loadGold, loadSourcemarkRecognizer, prf, totalCounts, type GoldDocument, type Recognizer, type Score } from './recognition-quality';

interface Technique {
  name: string;
  recognize: Recognizer;
  note: string;
}

// ---------- helpers shared by the adapters ----------

/** Trims whitespace and sentence punctuation that libraries leave on spans ("4." → "4"). */
function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && /[\s,.;:!?"“”'’()]/.test(text[start]) && !/[$€£]/.test(text[start])) start++;
  while (end > start && /[\s,.;:!?"“”'’()]/.test(text[end - 1])) end--;
  // Keep the period of abbreviations such as "Nov." or "U.S." when the span ends with a capital + dot.
  if (text[end] === '.' && /[A-Z]/.test(text[end - 1] ?? '') && /[A-Z]\.[A-Z]$|^[A-Z][a-z]{1,3}$/.test(text.slice(start, end))) end++;
  return [start, end];
}

function makeEntity(text: string, start: number, end: number, type: EntityType): EntityMention | null {
  [start, end] = trimSpan(text, start, end);
  if (end <= start) return null;
  const surface = text.slice(start, end);
  return { start, end, text: surface, type, key: `${type}:${surface.toLowerCase()}` };
}

function makeFigure(text: string, start: number, end: number, type: FigureType, value: FigureMention['value'], unit: string | null = null): FigureMention | null {
  [start, end] = trimSpan(text, start, end);
  if (end <= start) return null;
  const surface = text.slice(start, end);
  const q = /^(approximately|about|around|roughly|some|nearly|almost|more than|over|at least|up to|less than)\s/i.exec(surface);
  return { start, end, text: surface, type, value, qualifier: q ? q[1].toLowerCase() : null, unit };
}

/** Sorts and drops mentions overlapping an earlier-kept one; earlier entries in `mentions` win. */
function dropOverlaps<T extends { start: number; end: number }>(mentions: (T | null)[]): T[] {
  const kept: T[] = [];
  for (const m of mentions) {
    if (m && !kept.some((k) => k.start < m.end && m.start < k.end)) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Merges "X to Y", "X and Y" after "between", "X-Y" into range figures (the libraries have no range model). */
function mergeRanges(text: string, figures: FigureMention[]): FigureMention[] {
  const out: FigureMention[] = [];
  for (let i = 0; i < figures.length; i++) {
    const a = figures[i];
    const b = figures[i + 1];
    if (b && typeof a.value === 'number' && typeof b.value === 'number' && a.type === b.type && (a.type === 'count' || a.type === 'measure' || a.type === 'percent')) {
      const gap = text.slice(a.end, b.start);
      const between = /between\s+$/i.exec(text.slice(Math.max(0, a.start - 8), a.start));
      if (/^\s*(to|-|–)\s*$/.test(gap) || (between && /^\s*and\s*$/.test(gap))) {
        const start = between ? a.start - between[0].length : a.start;
        out.push({ start, end: b.end, text: text.slice(start, b.end), type: 'range', value: { min: a.value, max: b.value }, qualifier: null, unit: b.unit });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

// ---------- compromise ----------

interface CompromiseMatch {
  text: string;
  offset: { start: number; length: number };
  number?: { num: number };
}

/** compromise's people, organizations, places and numbers as a Recognition (exported for the blind set's `--system`). */
export function compromiseRecognize(text: string): Recognition {
  const doc = nlp(text);
  const spans = (view: { json: (o: object) => unknown }): CompromiseMatch[] => view.json({ offset: true }) as CompromiseMatch[];
  const entities = dropOverlaps<EntityMention>([
    ...spans(doc.people()).map((m) => makeEntity(text, m.offset.start, m.offset.start + m.offset.length, 'person')),
    ...spans(doc.organizations()).map((m) => makeEntity(text, m.offset.start, m.offset.start + m.offset.length, 'organization')),
    ...spans(doc.places()).map((m) => makeEntity(text, m.offset.start, m.offset.start + m.offset.length, 'place')),
  ]);
  const d = doc as unknown as { money: () => { json: (o: object) => unknown }; percentages: () => { json: (o: object) => unknown }; numbers: () => { json: (o: object) => unknown } };
  const figures = dropOverlaps<FigureMention>([
    ...spans(d.money()).map((m) => makeFigure(text, m.offset.start, m.offset.start + m.offset.length, 'money', m.number?.num ?? null, 'usd')),
    ...spans(d.percentages()).map((m) => makeFigure(text, m.offset.start, m.offset.start + m.offset.length, 'percent', m.number?.num ?? null)),
    ...spans(d.numbers()).map((m) => makeFigure(text, m.offset.start, m.offset.start + m.offset.length, 'count', m.number?.num ?? null)),
  ]);
  return { entities, figures: mergeRanges(text, figures) };
}

// ---------- wink-nlp ----------

const wink = winkNLP(model);
const WINK_TYPES: Record<string, FigureType> = { DATE: 'date', CARDINAL: 'count', MONEY: 'money', PERCENT: 'percent', DURATION: 'measure' };

function winkRecognize(text: string): Recognition {
  const doc = wink.readDoc(text);
  // wink reports token spans; map tokens to UTF-16 offsets by walking the original text.
  const starts: number[] = [];
  const ends: number[] = [];
  let cursor = 0;
  doc.tokens().each((t: ItemToken) => {
    const value = t.out();
    const at = text.indexOf(value, cursor);
    const start = at < 0 ? cursor : at;
    starts.push(start);
    ends.push(start + value.length);
    cursor = start + value.length;
  });
  const figures: (FigureMention | null)[] = [];
  doc.entities().each((e: ItemEntity) => {
    const type = WINK_TYPES[e.out(wink.its.type) as string];
    const [first, last] = e.out(wink.its.span) as unknown as [number, number];
    if (!type) return;
    const surface = text.slice(starts[first], ends[last]);
    const n = Number(surface.replace(/[^\d.]/g, ''));
    figures.push(makeFigure(text, starts[first], ends[last], type, type === 'date' || Number.isNaN(n) ? null : n));
  });
  return { entities: [], figures: mergeRanges(text, dropOverlaps(figures)) };
}

// ---------- Microsoft Recognizers-Text ----------

interface MsResult {
  start: number;
  end: number;
  typeName: string;
  resolution?: { value?: string; unit?: string; values?: { timex?: string; type?: string }[] };
}

const MS_CURRENCY: Record<string, string> = { Dollar: 'usd', 'United States dollar': 'usd', Euro: 'eur', 'Korean won': 'krw', 'Norwegian krone': 'nok', 'Israeli new shekel': 'ils', 'New Taiwan dollar': 'twd' };
const MS_DIMENSION: Record<string, string> = { Millimeter: 'mm', Kilometer: 'km', Meter: 'm', Mile: 'mi', 'Nautical mile': 'nmi', Kilogram: 'kg' };

function msRecognize(text: string): Recognition {
  const c = Suite.Culture.English;
  const take = (rs: MsResult[], f: (r: MsResult) => FigureMention | null): (FigureMention | null)[] => rs.map(f);
  const num = (v: string | undefined): number | null => (v === undefined || Number.isNaN(Number(v)) ? null : Number(v));
  const datetimes = Suite.recognizeDateTime(text, c) as MsResult[];
  const dates = datetimes.filter((r) => /date$|daterange$|datetime$/.test(r.typeName));
  const durations = datetimes.filter((r) => r.typeName.endsWith('duration'));
  const figures = dropOverlaps<FigureMention>([
    ...take(Suite.recognizeCurrency(text, c) as MsResult[], (r) =>
      makeFigure(text, r.start, r.end + 1, 'money', num(r.resolution?.value), MS_CURRENCY[r.resolution?.unit ?? ''] ?? r.resolution?.unit?.toLowerCase() ?? null),
    ),
    ...take(Suite.recognizePercentage(text, c) as MsResult[], (r) => makeFigure(text, r.start, r.end + 1, 'percent', num(r.resolution?.value?.replace('%', '')))),
    ...take(Suite.recognizeDimension(text, c) as MsResult[], (r) =>
      /\d/.test(text.slice(r.start, r.end + 1)) ? makeFigure(text, r.start, r.end + 1, 'measure', num(r.resolution?.value), MS_DIMENSION[r.resolution?.unit ?? ''] ?? null) : null,
    ),
    ...take(dates, (r) => {
      const timex = r.resolution?.values?.[0]?.timex ?? '';
      return makeFigure(text, r.start, r.end + 1, 'date', /^\d{4}(-\d\d){0,2}$/.test(timex) ? timex : null);
    }),
    ...take(durations, (r) => (/\d|two|three|four|five|six|seven|eight|nine|ten/i.test(text.slice(r.start, r.end + 1)) ? makeFigure(text, r.start, r.end + 1, 'measure', null) : null)),
    ...take(Suite.recognizeNumber(text, c) as MsResult[], (r) => makeFigure(text, r.start, r.end + 1, 'count', num(r.resolution?.value))),
  ]);
  return { entities: [], figures: mergeRanges(text, figures) };
}

// ---------- hybrid ----------

/** Our rules plus compromise's people() for persons our rules missed (no overlap with our entities). */
function hybrid(ours: Recognizer): Recognizer {
  return (text) => {
    const base = ours(text);
    const people = compromiseRecognize(text).entities.filter((e) => e.type === 'person');
    const extra = people.filter((p) => !base.entities.some((e) => e.start < p.end && p.start < e.end));
    return { entities: [...base.entities, ...extra].sort((a, b) => a.start - b.start), figures: base.figures };
  };
}

// ---------- measurement and report ----------

function throughput(docs: readonly GoldDocument[], recognize: Recognizer): number {
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text, 'utf8'), 0);
  let runs = 0;
  const t0 = process.hrtime.bigint();
  let elapsed = 0;
  while (runs < 20 && (runs < 1 || elapsed < 1)) {
    for (const d of docs) recognize(d.text);
    runs++;
    elapsed = Number(process.hrtime.bigint() - t0) / 1e9;
  }
  return (bytes * runs) / elapsed / 1e6;
}

const f1 = (score: Score, types: readonly string[], kind: 'strict' | 'lenient' = 'strict'): string => (100 * prf(totalCounts(score[kind], types)).f1).toFixed(1);

function table(title: string, rows: { name: string; score: Score; mbps: number }[]): string {
  const cols = [...ENTITY_TYPES.map((t) => t.slice(0, 5)), 'ENT', 'ENT~', ...FIGURE_TYPES.map((t) => t.slice(0, 5)), 'FIG', 'FIG~', 'MB/s'];
  const lines = [`## ${title} (strict F1 %; ~ = overlap F1)`, `${'technique'.padEnd(20)}${cols.map((c) => c.padStart(c === 'MB/s' ? 9 : 7)).join('')}`];
  for (const r of rows) {
    const cells = [
      ...ENTITY_TYPES.map((t) => f1(r.score, [t])),
      f1(r.score, ENTITY_TYPES),
      f1(r.score, ENTITY_TYPES, 'lenient'),
      ...FIGURE_TYPES.map((t) => f1(r.score, [t])),
      f1(r.score, FIGURE_TYPES),
      f1(r.score, FIGURE_TYPES, 'lenient'),
      Number.isNaN(r.mbps) ? '-' : r.mbps.toPrecision(2),
    ];
    lines.push(`${r.name.padEnd(20)}${cells.map((c, i) => c.padStart(i === cells.length - 1 ? 9 : 7)).join('')}`);
  }
  return lines.join('\n');
}

function main(): void {
  const docs = loadGold();
  const techniques: Technique[] = [];
  try {
    const ours = loadSourcemarkRecognizer();
    techniques.push({ name: 'sourcemark', recognize: ours, note: 'rules + trained tagger (src/core/recognition/recognize.ts; the tagger was trained on these articles too)' });
    techniques.push({ name: 'sourcemark rules', recognize: loadSourcemarkRecognizer({ tagger: false }), note: 'the rules alone: recognize(text, { tagger: false })' });
    techniques.push({ name: 'sourcemark+cpeople', recognize: hybrid(ours), note: 'sourcemark plus compromise people() not overlapping our entities' });
  } catch (e) {
    console.log(`sourcemark recognizer unavailable: ${(e as Error).message.split('\n')[0]}`);
  }
  techniques.push(
    { name: 'compromise', recognize: compromiseRecognize, note: 'people/organizations/places, numbers/money/percentages; no dates (compromise-dates not installed), no equipment/event' },
    { name: 'wink-nlp', recognize: winkRecognize, note: 'figures only: DATE, CARDINAL, MONEY, PERCENT, DURATION; the lite model has no person/organization/place NER' },
    { name: 'ms-recognizers', recognize: msRecognize, note: 'figures only: number, currency, dimension, percentage, datetime; ranges merged by us ("X to Y")' },
  );
  const rows = techniques.map((t) => {
    const { seeds, other, all } = evaluate(docs, t.recognize);
    return { ...t, seeds, other, all, mbps: throughput(docs, t.recognize) };
  });
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text, 'utf8'), 0);
  console.log(`Gold set: ${docs.length} articles, ${(bytes / 1024).toFixed(1)} KB. MB/s: one pass over all articles after a scoring pass (shared 2-core machine; compare rows, not absolutes).\n`);
  console.log(table('all articles', rows.map((r) => ({ name: r.name, score: r.all, mbps: r.mbps }))) + '\n');
  console.log(table('seeds', rows.map((r) => ({ name: r.name, score: r.seeds, mbps: NaN }))) + '\n');
  console.log(table('other stories', rows.map((r) => ({ name: r.name, score: r.other, mbps: NaN }))) + '\n');
  for (const r of rows) console.log(`${r.name}: ${r.note}`);
}

/** The rules alone, for the blind set's `--system out/bench/compare-nlp.js:rulesRecognize`. */
export function rulesRecognize(text: string): Recognition {
  rulesOnly ??= loadSourcemarkRecognizer({ tagger: false });
  return rulesOnly(text);
}
let rulesOnly: Recognizer | undefined;

if (require.main === module) main();
