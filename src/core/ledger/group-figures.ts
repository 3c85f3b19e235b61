/**
 * Groups the figures of many articles into subjects: same unit noun family (soldiers = troops =
 * forces), same owner named in the phrase ("North Korean"), same part of the whole ("first group").
 * A figure whose phrase names no owner takes the owner its article or its sentence's entities point to.
 */
import type { AttributionFinder } from '../attribution/attribution-types';
import { figureSubject } from '../index/figure-subject';
import { sentenceIndexAt, sentenceStarts } from '../index/sentence-spans';
import type { FigureMention, Recognition } from '../recognition/types';
import type { Annotation, SourceMetadata } from '../sidecar/annotation';
import { gradeCode } from '../sidecar/source-grade';
import { readFigureContext, ownerKey } from './figure-context';
import type { FigureReport } from './ledger-types';

/** One article as the ledger reads it. */
export interface LedgerArticle {
  path: string;
  text: string;
  recognition: Recognition;
  source?: SourceMetadata;
  annotations?: Annotation[];
}

export interface GroupingOptions {
  /** Folder report keys are relative to (the workspace root); absolute paths when unset. */
  root?: string;
  attributionFinder?: AttributionFinder;
  /** Maps an article's entity key to a workspace-wide id (merged spellings); the key itself when unset. */
  entityId?: (path: string, key: string) => string | undefined;
}

/** A subject as grouping found it, before the analyst's decisions. */
export interface FoundSubject {
  id: string;
  label: string;
  unit: string;
  reports: FigureReport[];
}

/** Kinds of figures that are reported quantities; dates say when (or how long), not how many. */
const QUANTITY_TYPES = new Set(['count', 'range', 'money', 'percent', 'measure']);
/** Words that may follow a measure that is still a reported quantity ("300 km of road", "40 km away"). */
const MEASURE_FOLLOWERS = new Set(['of', 'in', 'on', 'at', 'from', 'to', 'and', 'or', 'per', 'away', 'long', 'wide', 'high', 'deep', 'was', 'were', 'is', 'are']);

interface Candidate {
  report: FigureReport;
  family: string;
  owner?: string;
  facet?: string;
  entities: Set<string>;
}

/** Subjects of the figures in `articles`, reports sorted by path and offset. */
export function groupFigures(articles: LedgerArticle[], options: GroupingOptions = {}): FoundSubject[] {
  const candidates = articles.flatMap((article) => articleCandidates(article, options));
  inferOwners(candidates);
  const subjects = new Map<string, FoundSubject & { owners: Map<string, number>; units: Map<string, number> }>();
  for (const candidate of candidates) {
    const ownerId = candidate.owner ? ownerKey(candidate.owner) : '';
    const id = [candidate.family, ownerId, candidate.facet].filter(Boolean).join('/').replace(/\s+/g, '-').replace(/\|/g, '-');
    let subject = subjects.get(id);
    if (!subject) {
      subject = { id, label: '', unit: candidate.family.split('|').pop() ?? '', reports: [], owners: new Map(), units: new Map() };
      subjects.set(id, subject);
    }
    subject.reports.push(candidate.report);
    if (candidate.owner) count(subject.owners, candidate.owner);
    if (candidate.report.unit) count(subject.units, candidate.report.unit);
    if (!subject.label) subject.label = candidate.facet ? ` (${candidate.facet})` : '';
  }
  // Labelled by the family when sources use several nouns ("troops" for soldiers and troops), else as written.
  return [...subjects.values()].map(({ owners, units, ...subject }) => {
    const noun = units.size === 1 ? [...units.keys()][0] : subject.unit;
    const words = [mostCommon(owners), noun].filter(Boolean).join(' ');
    return { ...subject, label: `${words}${subject.label}`, reports: subject.reports.sort(byPosition) };
  });
}

function count(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

function mostCommon(counts: Map<string, number>): string | undefined {
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}

function articleCandidates(article: LedgerArticle, options: GroupingOptions): Candidate[] {
  const { text, recognition } = article;
  const starts = sentenceStarts(text);
  const candidates: Candidate[] = [];
  const occurrences = new Map<string, number>();
  let previous: { sentence: number; kind: string; family: string } | undefined;
  for (const figure of recognition.figures) {
    // The index may trail the text by an edit: use only figures the text still holds. A vague count ("thousands of troops",
    // value null) states no number that could agree with or contradict another report.
    if (!QUANTITY_TYPES.has(figure.type) || figure.value === null || text.slice(figure.start, figure.end) !== figure.text) continue;
    const sentence = sentenceIndexAt(starts, figure.start);
    const [kind, ownFamily] = figureSubject(figure).split('|');
    // "the actual number is closer to 10,900 to 12,000": a unitless figure counts what the sentence's last figure counted.
    const family = ownFamily || (previous && previous.sentence === sentence && previous.kind === kind ? previous.family : '');
    if (!family || (figure.type === 'measure' && isDesignation(text, figure))) continue;
    previous = { sentence, kind, family };
    const context = readFigureContext(text, figure, starts[sentence]);
    const occurrence = occurrences.get(figure.text) ?? 0;
    occurrences.set(figure.text, occurrence + 1);
    const sentenceEnd = starts[sentence + 1] ?? text.length;
    const entities = new Set(
      recognition.entities
        .filter((e) => e.start >= starts[sentence] && e.end <= sentenceEnd)
        .map((e) => options.entityId?.(article.path, e.key) ?? e.key),
    );
    candidates.push({
      report: toReport(article, figure, ownFamily || family, context.forecast, reportKey(article.path, figure.text, occurrence, options.root), options),
      family: kind === 'count' ? family : `${kind}|${family}`,
      owner: context.owner,
      facet: context.facet,
      entities,
    });
  }
  return candidates;
}

function toReport(article: LedgerArticle, figure: FigureMention, unit: string, forecast: boolean, key: string, options: GroupingOptions): FigureReport {
  const { source } = article;
  const grade = source ? gradeCode(source) : undefined;
  return {
    path: article.path,
    start: figure.start,
    end: figure.end,
    text: figure.text,
    type: figure.type,
    value: figure.value,
    qualifier: figure.qualifier,
    unit: figure.unit ?? unit,
    // The analyst's recorded attribution outranks the finder's reading of the text (it may correct it).
    attribution: claimAttribution(figure, article.annotations ?? []) ?? options.attributionFinder?.(article.text, figure)?.label ?? null,
    ...(source?.outlet ? { outlet: source.outlet } : {}),
    ...(source?.published ? { published: source.published } : {}),
    ...(grade ? { grade } : {}),
    key,
    ...(forecast ? { forecast } : {}),
  };
}

/** "170mm self-propelled guns": a measure naming a kind of thing, not a reported quantity. */
function isDesignation(text: string, figure: FigureMention): boolean {
  const next = /^[\s-]+([a-z][\p{L}-]*)/u.exec(text.slice(figure.end, figure.end + 40))?.[1];
  return next !== undefined && !MEASURE_FOLLOWERS.has(next);
}

/** The attribution of the narrowest attributed claim around the figure. */
function claimAttribution(figure: FigureMention, annotations: Annotation[]): string | undefined {
  let best: Annotation | undefined;
  for (const a of annotations) {
    if (a.kind !== 'claim' || !a.attribution || a.orphaned || a.target.start > figure.start || a.target.end < figure.end) continue;
    if (!best || a.target.end - a.target.start < best.target.end - best.target.start) best = a;
  }
  return best?.attribution;
}

/**
 * A figure without an owner in its phrase ("over 11,000 soldiers") belongs to the owner its article
 * names most for that family, else to the owner whose figures share the most entities with its sentence.
 */
function inferOwners(candidates: Candidate[]): void {
  // Tallies per family and part, per owner: figures per article and entities per sentence (linear, not pairwise).
  interface Tally { owner: string; articles: Map<string, number>; entities: Map<string, number> }
  const tallies = new Map<string, Map<string, Tally>>();
  for (const c of candidates) {
    if (!c.owner) continue;
    const group = `${c.family}\n${c.facet ?? ''}`;
    const owners = tallies.get(group) ?? new Map<string, Tally>();
    tallies.set(group, owners);
    const key = ownerKey(c.owner);
    const tally = owners.get(key) ?? { owner: c.owner, articles: new Map(), entities: new Map() };
    owners.set(key, tally);
    count(tally.articles, c.report.path);
    for (const entity of c.entities) count(tally.entities, entity);
  }
  for (const candidate of candidates) {
    if (candidate.owner) continue;
    let best: { owner: string; score: number } | undefined;
    for (const tally of tallies.get(`${candidate.family}\n${candidate.facet ?? ''}`)?.values() ?? []) {
      let score = 2 * (tally.articles.get(candidate.report.path) ?? 0);
      for (const entity of candidate.entities) score += tally.entities.get(entity) ?? 0;
      if (score > 0 && (!best || score > best.score)) best = { owner: tally.owner, score };
    }
    if (best) candidate.owner = best.owner;
  }
}

/** "seeds/003.txt#12,000~2": the second "12,000" of that article. Survives edits elsewhere in the text. */
export function reportKey(path: string, text: string, occurrence: number, root?: string): string {
  const relative = root && path.startsWith(`${root.replace(/[\\/]+$/, '')}/`) ? path.slice(root.replace(/[\\/]+$/, '').length + 1) : path;
  return `${relative.replace(/\\/g, '/')}#${text}${occurrence > 0 ? `~${occurrence + 1}` : ''}`;
}

function byPosition(a: FigureReport, b: FigureReport): number {
  return a.path.localeCompare(b.path) || a.start - b.start;
}
