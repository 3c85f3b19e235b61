/** The values a report allows: "at least 11,000" is 11,000 and up, "around 10,000" is 9,000–11,000. */
import { isNumericRange } from '../recognition/types';
import type { FigureReport } from './ledger-types';

export interface ReportInterval {
  min: number;
  max: number;
  /** Bounds the text excludes ("over 11,000" excludes 11,000 itself). */
  minOpen: boolean;
  maxOpen: boolean;
  /** What the qualifier made of the stated value, for the reasons shown to the analyst. */
  reading: 'exact' | 'approximate' | 'lower-bound' | 'upper-bound' | 'range';
}

/**
 * Margin granted to an approximate figure on each side. "around 10,000" and "approximately 11,000"
 * can both be true; "around 10,000" and "12,000 to 15,000" cannot.
 */
export const APPROXIMATION_MARGIN = 0.1;

const LOWER_CLOSED = new Set(['at least', 'no fewer than', 'no less than', 'as many as', 'upwards of']);
const LOWER_OPEN = new Set(['more than', 'over', 'above', 'just over', 'well over']);
const UPPER_CLOSED = new Set(['up to', 'at most', 'no more than', 'not more than', 'as few as']);
const UPPER_OPEN = new Set(['fewer than', 'less than', 'under', 'below', 'just under']);
const BELOW_BUT_CLOSE = new Set(['nearly', 'almost']);

/** The interval a report's value and qualifier allow; undefined when the value is not a number or range. */
export function reportInterval(report: Pick<FigureReport, 'value' | 'qualifier'>): ReportInterval | undefined {
  const { value } = report;
  const qualifier = report.qualifier?.toLowerCase().replace(/\s+/g, ' ') ?? null;
  if (typeof value === 'number') {
    if (qualifier === null) return { min: value, max: value, minOpen: false, maxOpen: false, reading: 'exact' };
    if (LOWER_CLOSED.has(qualifier) || LOWER_OPEN.has(qualifier)) {
      return { min: value, max: Infinity, minOpen: LOWER_OPEN.has(qualifier), maxOpen: true, reading: 'lower-bound' };
    }
    if (UPPER_CLOSED.has(qualifier) || UPPER_OPEN.has(qualifier)) {
      return { min: 0, max: value, minOpen: false, maxOpen: UPPER_OPEN.has(qualifier), reading: 'upper-bound' };
    }
    const low = value * (1 - APPROXIMATION_MARGIN);
    const high = BELOW_BUT_CLOSE.has(qualifier) ? value : value * (1 + APPROXIMATION_MARGIN);
    return { min: low, max: high, minOpen: false, maxOpen: false, reading: 'approximate' };
  }
  if (isNumericRange(value)) {
    const approximate = qualifier !== null;
    const min = approximate ? value.min * (1 - APPROXIMATION_MARGIN) : value.min;
    const max = approximate ? value.max * (1 + APPROXIMATION_MARGIN) : value.max;
    return { min, max, minOpen: false, maxOpen: false, reading: 'range' };
  }
  return undefined;
}

/** True when no value satisfies both intervals. */
export function disjoint(a: ReportInterval, b: ReportInterval): boolean {
  return isBelow(a, b) || isBelow(b, a);
}

/** True when every value of `a` is below every value of `b`. */
export function isBelow(a: ReportInterval, b: ReportInterval): boolean {
  return a.max < b.min || (a.max === b.min && (a.maxOpen || b.minOpen));
}

/** "9,000–11,000", "11,000 or more", "more than 11,000". */
export function describeInterval(interval: ReportInterval): string {
  const n = (x: number) => Math.round(x).toLocaleString('en-US');
  if (interval.max === Infinity) return interval.minOpen ? `more than ${n(interval.min)}` : `${n(interval.min)} or more`;
  if (interval.reading === 'upper-bound') return interval.maxOpen ? `fewer than ${n(interval.max)}` : `${n(interval.max)} or fewer`;
  if (interval.min === interval.max) return n(interval.min);
  return `${n(interval.min)}–${n(interval.max)}`;
}
