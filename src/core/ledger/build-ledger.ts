/** The figure ledger of a workspace: subjects grouped, decisions applied, contradictions and headlines found. */
import { DEFAULT_CONTRADICTION_OPTIONS, findContradictions } from './find-contradictions';
import { groupFigures, GroupingOptions, LedgerArticle } from './group-figures';
import { pickHeadline } from './headline-figure';
import { isNumericRange } from '../recognition/types';
import type { Ledger, Subject } from './ledger-types';
import { applyDecisions, SubjectDecision } from './subject-decisions';

export interface LedgerOptions extends GroupingOptions {
  decisions?: Map<string, SubjectDecision>;
  /** Days within which reports of different outlets are compared (see findContradictions). */
  windowDays?: number;
  /** Subjects reported by fewer articles are left out: one article's figure has nothing to compare with. */
  minArticles?: number;
}

/** Builds the ledger; subjects sorted by number of reports, then label. */
export function buildLedger(articles: LedgerArticle[], options: LedgerOptions = {}): Ledger {
  const windowDays = options.windowDays ?? DEFAULT_CONTRADICTION_OPTIONS.windowDays;
  const minArticles = options.minArticles ?? 2;
  const subjects: Subject[] = applyDecisions(groupFigures(articles, options), options.decisions ?? new Map())
    .filter((s) => new Set(s.reports.map((r) => r.path)).size >= minArticles || options.decisions?.has(s.id))
    .map((s) => {
      const headline = pickHeadline(s.reports, windowDays);
      return {
        id: s.id,
        label: s.label,
        unit: s.unit || null,
        reports: s.reports,
        contradictions: findContradictions(s.reports, { windowDays }),
        ...(headline ? { headline } : {}),
        ...(s.excluded ? { excluded: true } : {}),
      };
    })
    .sort((a, b) => Number(Boolean(a.excluded)) - Number(Boolean(b.excluded)) || b.reports.length - a.reports.length || a.label.localeCompare(b.label));
  return { subjects };
}

/** "10,000–12,000": smallest and largest stated value of the subject's reports. */
export function subjectSpread(subject: Subject): string {
  const values = subject.reports.flatMap((r) => {
    if (typeof r.value === 'number') return [r.value];
    if (isNumericRange(r.value)) return [r.value.min, r.value.max];
    return [];
  });
  if (values.length === 0) return '—';
  const [low, high] = [Math.min(...values), Math.max(...values)];
  const n = (x: number) => x.toLocaleString('en-US');
  return low === high ? n(low) : `${n(low)}–${n(high)}`;
}

/** "troops: 10,000–12,000 · 5 reports · 2 contradictions". */
export function subjectSummary(subject: Subject): string {
  const parts = [`${subjectSpread(subject)}`, plural(subject.reports.length, 'report')];
  if (subject.contradictions.length > 0) parts.push(plural(subject.contradictions.length, 'contradiction'));
  return parts.join(' · ');
}

/** The subject holding the report at `path`/`offset`, and the report's index in it. */
export function subjectOfSpan(ledger: Ledger, path: string, offset: number): { subject: Subject; report: number } | undefined {
  for (const subject of ledger.subjects) {
    const report = subject.reports.findIndex((r) => r.path === path && r.start <= offset && offset <= r.end);
    if (report !== -1) return { subject, report };
  }
  return undefined;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
