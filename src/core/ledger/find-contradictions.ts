/** Reports of one subject that cannot all be true, each pair with a reason the analyst can read. */
import type { Contradiction, FigureReport } from './ledger-types';
import { describeInterval, disjoint, isBelow, reportInterval, ReportInterval } from './report-interval';

export interface ContradictionOptions {
  /**
   * Reports of different sources published further apart than this may both be true (a deployment
   * grows); the same source changing its figure is flagged at any gap. Undated reports are compared with all.
   */
  windowDays: number;
}

export const DEFAULT_CONTRADICTION_OPTIONS: ContradictionOptions = { windowDays: 7 };

const DAY_MS = 86_400_000;

/** Every pair of reports that cannot both hold, in report order; one reason per pair. */
export function findContradictions(reports: FigureReport[], options: ContradictionOptions = DEFAULT_CONTRADICTION_OPTIONS): Contradiction[] {
  const intervals = reports.map(reportInterval);
  // Parsed once: the pair loop is quadratic.
  const facts = reports.map((report) => ({ time: report.published ? Date.parse(report.published) : NaN, source: sourceOf(report) }));
  const found: Contradiction[] = [];
  for (let i = 0; i < reports.length; i++) {
    for (let j = i + 1; j < reports.length; j++) {
      const a = intervals[i];
      const b = intervals[j];
      if (!a || !b || !disjoint(a, b)) continue;
      // An expectation and a current count describe different moments.
      if (Boolean(reports[i].forecast) !== Boolean(reports[j].forecast)) continue;
      const reason = contradictionReason(reports[i], a, facts[i], reports[j], b, facts[j], options);
      if (reason) found.push({ reports: [i, j], reason });
    }
  }
  return found;
}

interface ReportFacts {
  time: number;
  source: string | undefined;
}

function contradictionReason(
  first: FigureReport,
  a: ReportInterval,
  firstFacts: ReportFacts,
  second: FigureReport,
  b: ReportInterval,
  secondFacts: ReportFacts,
  options: ContradictionOptions,
): string | undefined {
  const sameArticle = first.path === second.path;
  if (!sameArticle && firstFacts.source && firstFacts.source === secondFacts.source) {
    const inOrder = (first.published ?? '') <= (second.published ?? '');
    const [earlier, later] = inOrder ? [first, second] : [second, first];
    const [from, to] = inOrder ? [a, b] : [b, a];
    return `${first.attribution ? firstSource(first.attribution) : first.outlet} changed its figure: “${earlier.text}”${on(earlier)}, then “${later.text}”${on(later)} (${describeInterval(from)} vs ${describeInterval(to)}).`;
  }
  // Undated reports (NaN) are compared with all.
  const gap = Math.abs(firstFacts.time - secondFacts.time) / DAY_MS;
  if (!sameArticle && gap > options.windowDays) return undefined;
  const [low, lowInterval, high, highInterval] = isBelow(a, b) ? [first, a, second, b] : [second, b, first, a];
  const where = sameArticle ? ' in the same article' : '';
  if (highInterval.reading === 'lower-bound') {
    return `${said(low)} is below ${said(high)}${where}: ${describeInterval(lowInterval)} vs ${describeInterval(highInterval)}.`;
  }
  if (lowInterval.reading === 'upper-bound') {
    return `${said(high)} is above ${said(low)}${where}: ${describeInterval(highInterval)} vs ${describeInterval(lowInterval)}.`;
  }
  return `${said(low)} and ${said(high)} do not overlap${where}: ${describeInterval(lowInterval)} vs ${describeInterval(highInterval)}.`;
}

/**
 * Who stands behind a figure: the original source of its attribution ("NIS" in "NIS, via lawmakers"
 * or "NIS → lawmakers → Yonhap"), else the outlet. An outlet quoting two people has not changed its mind.
 */
function sourceOf(report: FigureReport): string | undefined {
  return report.attribution ? firstSource(report.attribution).toLowerCase() : report.outlet?.toLowerCase();
}

function firstSource(attribution: string): string {
  return attribution.split(/\s*(?:→|,|;|\bvia\b|\bciting\b)\s*/)[0].trim();
}

function on(report: FigureReport): string {
  return report.published ? ` on ${report.published}` : '';
}

/** "“around 10,000” (The Korea Times)". */
function said(report: FigureReport): string {
  const by = report.attribution ?? report.outlet;
  return by ? `“${report.text}” (${by})` : `“${report.text}”`;
}
