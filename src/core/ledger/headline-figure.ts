/**
 * The headline figure of a subject. Policy: the most conservative current estimate among the latest
 * reports, as conflict-event datasets such as ACLED do for fatalities: of the reports published within
 * the window of the newest one, forecasts left out, the one whose lowest allowed value is smallest.
 */
import { isNumericRange } from '../recognition/types';
import type { FigureReport } from './ledger-types';
import { reportInterval } from './report-interval';

const DAY_MS = 86_400_000;

/** The report the policy picks and why; undefined when no report has a numeric value. */
export function pickHeadline(reports: FigureReport[], windowDays: number): { report: number; reason: string } | undefined {
  const numeric = reports.map((report, index) => ({ report, index, interval: reportInterval(report) })).filter((r) => r.interval);
  const current = numeric.filter((r) => !r.report.forecast);
  const pool = current.length > 0 ? current : numeric;
  if (pool.length === 0) return undefined;
  const times = pool.map((r) => (r.report.published ? Date.parse(r.report.published) : NaN)).filter((t) => !Number.isNaN(t));
  const newest = times.length > 0 ? Math.max(...times) : undefined;
  const latest =
    newest === undefined
      ? pool
      : pool.filter((r) => {
          const time = r.report.published ? Date.parse(r.report.published) : NaN;
          return Number.isNaN(time) || newest - time <= windowDays * DAY_MS;
        });
  // The stated value, not the widened reading: "around 10,000" is read as 10,000.
  const stated = (r: FigureReport) => (typeof r.value === 'number' ? r.value : isNumericRange(r.value) ? r.value.min : Infinity);
  const best = latest.sort((a, b) => stated(a.report) - stated(b.report) || a.index - b.index)[0];
  const since = newest === undefined ? '' : ` published within ${windowDays} days of ${new Date(newest).toISOString().slice(0, 10)}`;
  const left = current.length < numeric.length && current.length > 0 ? '; forecasts left out' : '';
  return {
    report: best.index,
    reason: `Most conservative (lowest) of the ${latest.length} current report${latest.length === 1 ? '' : 's'}${since}${left}, as conflict-event datasets such as ACLED do.`,
  };
}
