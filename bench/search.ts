/**
 * Claim search benchmark on a synthetic workspace: 10,000 articles and 100,000 claims (`--quick`:
 * 1,000 and 10,000), names written in several romanizations. Reports index build time, heap,
 * one-article update time, search latency (scored queries and per-keystroke prefixes) and
 * recall@10 per query class. Run: `node --expose-gc out/bench/search.js [--quick]`.
 */
import { performance } from 'node:perf_hooks';
import { WorkspaceIndex } from '../src/core/index/workspace-index';
import { ClaimSearch } from '../src/core/search/claim-search';
import { searchTokens } from '../src/core/search/search-tokens';
import { EntityMention, Recognition } from '../src/core/recognition/types';
import { Annotation, SidecarData } from '../src/core/sidecar/annotation';

const quick = process.argv.includes('--quick');
const ARTICLES = quick ? 1_000 : 10_000;
const CLAIMS_PER_ARTICLE = 10;
const QUERIES_PER_CLASS = 30;

/** Deterministic generator (mulberry32), so every run searches the same workspace. */
let seed = 20241120;
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
/** Zipf-like pick: low indexes are frequent words, high ones rare. */
const pickZipf = <T>(items: readonly T[]): T => items[Math.floor(items.length * random() ** 3)];

// Vocabulary of pseudo-words.
const ONSETS = ['b', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'tr', 'st', 'pl', 'gr', 'br', 'sh', 'ch'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'io'];
const vocabulary = [...new Set(Array.from({ length: 6000 }, () => Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(ONSETS) + pick(VOWELS)).join('')))];

// Entity pool: each entity has spellings in several romanizations.
const KOREAN_SURNAMES = [['Kim', 'Gim'], ['Choe', 'Choi'], ['Park', 'Pak'], ['Lee', 'Yi', 'Ri'], ['Jung', 'Jeong'], ['Kang'], ['Cho'], ['Yoon', 'Yun'], ['Han'], ['Shin', 'Sin']];
const KOREAN_SYLLABLES = [['Son', 'Sun', 'Seon'], ['Hui', 'Hee'], ['Jong', 'Jung'], ['Un', 'Eun'], ['Yong', 'Young'], ['Chol', 'Cheol'], ['Tae'], ['Min'], ['Seong', 'Sung'], ['Kwon', 'Kweon'], ['Ho'], ['Jin'], ['Hyun', 'Hyeon'], ['Su', 'Soo'], ['Il'], ['Nam'], ['Ok'], ['Myung', 'Myeong']];
const RUSSIAN_FIRST = [['Sergei', 'Sergey'], ['Dmitry', 'Dmitri', 'Dmitriy'], ['Yevgeny', 'Evgeny'], ['Alexei', 'Aleksei'], ['Andrei', 'Andrey'], ['Valery', 'Valeriy'], ['Volodymyr'], ['Oleksandr'], ['Mikhail'], ['Yuri', 'Yury']];
const RUSSIAN_SURNAME_STEMS = ['Shoig', 'Lavr', 'Pesk', 'Medved', 'Gerasim', 'Budan', 'Syrsk', 'Kuleb', 'Zelensk', 'Prigozh', 'Kartapol', 'Belous', 'Matsegor', 'Zakharov', 'Naryshk', 'Patrush'];
const RUSSIAN_ENDINGS = [['ov', 'ow'], ['yy', 'y', 'iy', 'i'], ['in', 'yn'], ['u', 'ou']];

interface PoolEntity {
  id: number;
  spellings: string[];
}
function koreanEntity(id: number): PoolEntity {
  const surname = pick(KOREAN_SURNAMES);
  const [a, b] = [pick(KOREAN_SYLLABLES), pick(KOREAN_SYLLABLES)];
  const spellings = new Set<string>();
  for (let i = 0; i < 4; i++) {
    const s = pick(surname);
    const [x, y] = [pick(a), pick(b)];
    spellings.add(i % 3 === 0 ? `${s} ${x} ${y}` : i % 3 === 1 ? `${s} ${x}-${y.toLowerCase()}` : `${s} ${x}${y.toLowerCase()}`);
  }
  return { id, spellings: [...spellings] };
}
function russianEntity(id: number): PoolEntity {
  const first = pick(RUSSIAN_FIRST);
  const stem = pick(RUSSIAN_SURNAME_STEMS) + pick(['', 'a', 'e', 'o']) + pick(['', 'n', 'sk', 'v']);
  const ending = pick(RUSSIAN_ENDINGS);
  const spellings = new Set<string>();
  for (let i = 0; i < 3; i++) spellings.add(`${pick(first)} ${stem}${pick(ending)}`);
  return { id, spellings: [...spellings] };
}
const pool: PoolEntity[] = Array.from({ length: 5000 }, (_, id) => (random() < 0.6 ? koreanEntity(id) : russianEntity(id)));

interface GeneratedArticle {
  path: string;
  text: string;
  recognition: Recognition;
  sidecar: SidecarData;
  /** Pool entity of each key. */
  entityOfKey: Map<string, number>;
}

function generateArticle(n: number, version: number): GeneratedArticle {
  const path = `articles/a${n}.txt`;
  const people = Array.from({ length: 4 }, () => pickZipf(pool));
  const spellingOf = new Map(people.map((p) => [p.id, pick(p.spellings)]));
  const entityOfKey = new Map<string, number>();
  const entities: EntityMention[] = [];
  const sentences: { start: number; end: number; entity: number }[] = [];
  let text = '';
  for (let s = 0; s < CLAIMS_PER_ARTICLE + 2; s++) {
    const person = people[s % people.length];
    const spelling = spellingOf.get(person.id) as string;
    const key = `person:${spelling.toLowerCase().replace(/-/g, ' ')}`;
    entityOfKey.set(key, person.id);
    const start = text.length;
    const before = Array.from({ length: 4 }, () => pickZipf(vocabulary)).join(' ');
    text += `${before[0].toUpperCase()}${before.slice(1)} `;
    entities.push({ start: text.length, end: text.length + spelling.length, text: spelling, type: 'person', key });
    text += `${spelling} ${Array.from({ length: 10 }, () => pickZipf(vocabulary)).join(' ')} ${version > 0 ? 'revised' : ''}. `;
    sentences.push({ start, end: text.length - 1, entity: person.id });
  }
  const annotations: Annotation[] = sentences.slice(0, CLAIMS_PER_ARTICLE).map((sentence, i) => {
    const quote = text.slice(sentence.start, sentence.end);
    const spelling = spellingOf.get(sentence.entity) as string;
    return {
      id: `c-${n}-${i}`,
      kind: 'claim',
      text: `${spelling} ${Array.from({ length: 8 }, () => pickZipf(vocabulary)).join(' ')}`,
      attribution: pick(['NIS', 'lawmakers', 'Kremlin', 'Pentagon', 'KCNA', 'Ukrainian officials']),
      tags: [pick(['troops', 'weapons', 'diplomacy', 'casualties', 'sanctions'])],
      created: '2024-11-20T00:00:00Z',
      updated: '2024-11-20T00:00:00Z',
      target: { quote, prefix: '', suffix: '', start: sentence.start, end: sentence.end },
    };
  });
  const outlet = pick(['Korea Times', 'Korea JoongAng Daily', 'Yonhap', 'The Insider', 'Kyiv Independent', 'Meduza', 'NK News']);
  return { path, text, recognition: { entities, figures: [] }, sidecar: { version: 1, source: { outlet }, annotations }, entityOfKey };
}

// Queries with known relevant claims.
type QueryClass = 'exact' | 'typo1' | 'typo2' | 'roman' | 'prefix' | 'multi';
interface ScoredQuery {
  kind: QueryClass;
  query: string;
  relevant: Set<string>;
}

function typo(word: string): string {
  const i = 1 + Math.floor(random() * (word.length - 2));
  const edit = Math.floor(random() * 3);
  if (edit === 0) return word.slice(0, i) + word.slice(i + 1); // deletion
  if (edit === 1) return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2); // transposition
  return word.slice(0, i) + pick(['a', 'e', 'o', 'r', 'n']) + word.slice(i + 1); // substitution
}

function buildQueries(articles: GeneratedArticle[]): ScoredQuery[] {
  const claimWords = new Map<string, Set<string>>();
  const claimEntity = new Map<string, number>();
  const df = new Map<string, number>();
  for (const article of articles) {
    for (const a of article.sidecar.annotations) {
      const id = `${article.path}#${a.id}`;
      const words = new Set([a.text, a.target.quote].flatMap((v) => searchTokens(v).map((t) => t.term)));
      claimWords.set(id, words);
      for (const w of words) df.set(w, (df.get(w) ?? 0) + 1);
      const key = article.recognition.entities.find((e) => e.start >= a.target.start && e.end <= a.target.end)?.key;
      claimEntity.set(id, article.entityOfKey.get(key ?? '') ?? -1);
    }
  }
  const ids = [...claimWords.keys()];
  const relevantTo = (words: string[], entity?: number) =>
    new Set(ids.filter((id) => words.every((w) => claimWords.get(id)?.has(w)) && (entity === undefined || claimEntity.get(id) === entity)));
  // Content words only: a word of the claim's own name ("Choe Son-hui sonhui") would make a name-only
  // query whose relevant set is the claims using that one spelling, not the claims about the entity.
  const nameWords = (id: string) => new Set(pool[claimEntity.get(id) as number]?.spellings.flatMap((s) => searchTokens(s).map((t) => t.term)));
  const rareWords = (id: string) => {
    const names = nameWords(id);
    return [...(claimWords.get(id) as Set<string>)]
      .filter((w) => w.length >= 6 && !/\d/.test(w) && (df.get(w) ?? 0) < ids.length / 200 && !names.has(w))
      .sort((a, b) => (df.get(a) ?? 0) - (df.get(b) ?? 0));
  };
  const queries: ScoredQuery[] = [];
  const kinds: QueryClass[] = ['exact', 'typo1', 'typo2', 'roman', 'prefix', 'multi'];
  for (const kind of kinds) {
    let made = 0;
    while (made < QUERIES_PER_CLASS) {
      const id = pick(ids);
      const [w1, w2] = rareWords(id);
      if (!w1 || !w2) continue;
      const entity = pool[claimEntity.get(id) as number];
      if (!entity || entity.spellings.length < 2) continue;
      const name = pick(entity.spellings);
      let query: string;
      let relevant: Set<string>;
      if (kind === 'exact') [query, relevant] = [`${w1} ${w2}`, relevantTo([w1, w2])];
      else if (kind === 'typo1') [query, relevant] = [`${typo(w1)} ${w2}`, relevantTo([w1, w2])];
      else if (kind === 'typo2') [query, relevant] = [`${typo(w1)} ${typo(w2)}`, relevantTo([w1, w2])];
      else if (kind === 'roman') [query, relevant] = [`${name} ${w1}`, relevantTo([w1], entity.id)];
      else if (kind === 'prefix') [query, relevant] = [`${w1} ${w2.slice(0, 4)}`, relevantTo([w1, w2])];
      else [query, relevant] = [`${name.toLowerCase()} ${w1} ${w2}`, relevantTo([w1, w2], entity.id)];
      if (relevant.size === 0) continue;
      queries.push({ kind, query, relevant });
      made++;
    }
  }
  return queries;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function heapMB(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1e6;
}

function main(): void {
  const articles = Array.from({ length: ARTICLES }, (_, n) => generateArticle(n, 0));
  const queries = buildQueries(articles);
  const heapBefore = heapMB();

  let started = performance.now();
  const index = new WorkspaceIndex();
  for (const a of articles) index.setArticle(a.path, a.text, a.recognition, a.sidecar);
  const indexMs = performance.now() - started;
  started = performance.now();
  const search = new ClaimSearch(index);
  const searchBuildMs = performance.now() - started;
  const heapAfter = heapMB();

  const updates: number[] = [];
  for (let i = 0; i < 20; i++) {
    const n = Math.floor(random() * ARTICLES);
    const changed = generateArticle(n, 1);
    started = performance.now();
    index.setArticle(changed.path, changed.text, changed.recognition, changed.sidecar);
    updates.push(performance.now() - started);
    // Keep the query targets valid: put the original back.
    index.setArticle(articles[n].path, articles[n].text, articles[n].recognition, articles[n].sidecar);
  }

  for (const q of queries.slice(0, 10)) search.search(q.query); // warm-up
  const latencies: number[] = [];
  const recall = new Map<QueryClass, number[]>();
  for (const q of queries) {
    started = performance.now();
    const hits = search.search(q.query, 10);
    latencies.push(performance.now() - started);
    const found = hits.filter((h) => q.relevant.has(`${h.claim.path}#${h.claim.annotation.id}`)).length;
    const list = recall.get(q.kind) ?? [];
    list.push(found / Math.min(10, q.relevant.size));
    recall.set(q.kind, list);
  }
  const keystrokes: number[] = [];
  for (const q of queries.filter((_, i) => i % 4 === 0)) {
    for (let end = 1; end <= q.query.length; end++) {
      started = performance.now();
      search.search(q.query.slice(0, end), 10);
      keystrokes.push(performance.now() - started);
    }
  }

  const mean = (values: number[]) => values.reduce((s, v) => s + v, 0) / values.length;
  const round = (v: number, d = 1) => v.toFixed(d);
  console.log(`workspace: ${ARTICLES} articles, ${ARTICLES * CLAIMS_PER_ARTICLE} claims, ${pool.length} entities`);
  console.log(`build: index ${round(indexMs / 1000, 2)} s + claim search ${round(searchBuildMs / 1000, 2)} s = ${round((indexMs + searchBuildMs) / 1000, 2)} s`);
  console.log(`heap: ${round(heapAfter - heapBefore)} MB for index + search (total heap ${round(heapAfter)} MB)`);
  console.log(`one-article update: median ${round(percentile(updates, 50), 2)} ms, max ${round(Math.max(...updates), 2)} ms`);
  console.log(`scored queries (${queries.length}): p50 ${round(percentile(latencies, 50), 2)} ms, p95 ${round(percentile(latencies, 95), 2)} ms`);
  console.log(`keystroke prefixes (${keystrokes.length}): p50 ${round(percentile(keystrokes, 50), 2)} ms, p95 ${round(percentile(keystrokes, 95), 2)} ms`);
  const classes = [...recall].map(([kind, values]) => `${kind} ${round(mean(values), 2)}`);
  console.log(`recall@10: ${classes.join(' / ')} / all ${round(mean([...recall.values()].flat()), 2)}`);
  search.dispose();
}

main();
