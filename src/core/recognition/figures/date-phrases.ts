/**
 * Date phrases built from the dates the readers find: intervals ("between December 2020 and August 2022", "11 p.m. to 5 a.m.",
 * "Saturday to Wednesday", "January-October") and a month in a relative year ("June last year"); and the qualifier of a duration,
 * where "over six days" is a span of time, not "more than".
 */

import { FigureMention, FigureValue } from '../types';
import { BETWEEN_BEFORE, Prefix, QUALIFIER_BEFORE, prefixBefore } from './context-before';
import { WEEKDAYS } from './read-relative-date';
import { MONTH_SOURCE, SP } from './regex-parts';

const INTERVAL_JOINER = new RegExp(`^(?:${SP}*[-–—]${SP}*|${SP}+(?:to|through|until|till)${SP}+)$`);
const AND_JOINER = new RegExp(`^${SP}+and${SP}+$`);
const RELATIVE_YEAR = /^(?:last|this|next) year$/;
const SPACE = new RegExp(`^${SP}$`);
const WEEKDAY_JOINER = new RegExp(`^,?${SP}+$`);
const WEEKDAY = new RegExp(`^(?:${WEEKDAYS.join('|')})$`);
const CALENDAR_DAY = new RegExp(`^(?:\\d{1,2}(?![\\d:.])|(?:${MONTH_SOURCE})\\.?${SP}+\\d)`);
// "for over two years", "in over a decade" read "more than"; "over six days" alone reads "during".
const OVER_AS_MORE_BEFORE = new RegExp(`(?:for|in|of|than)${SP}+$`, 'i');

/** `figures` (sorted, of one region) with each interval of two dates, and each month in a relative year, merged into one date. */
export function mergeDatePhrases(text: string, figures: FigureMention[], floor: number): FigureMention[] {
  if (figures.length < 2) return figures;
  const merged: FigureMention[] = [];
  for (let index = 0; index < figures.length; index++) {
    const first = figures[index];
    const second = figures[index + 1];
    const phrase = second && first.type === 'date' && second.type === 'date' ? datePhrase(text, first, second, floor) : null;
    if (phrase) index++;
    merged.push(phrase ?? first);
  }
  return merged;
}

/** The qualifier of a duration starting at `start`; "over" only where it means "more than" ("for over two years"). */
export function durationQualifier(text: string, start: number, floor: number): Prefix | null {
  const qualifier = prefixBefore(text, start, floor, QUALIFIER_BEFORE);
  if (qualifier?.word === 'over' && !OVER_AS_MORE_BEFORE.test(text.slice(Math.max(floor, qualifier.start - 6), qualifier.start))) return null;
  return qualifier;
}

function datePhrase(text: string, first: FigureMention, second: FigureMention, floor: number): FigureMention | null {
  // Durations have their own ranges ("10 to 14 days"), and two ranges stay two ("between 2016–20 and 2021–25").
  if (!isSingleCalendarDate(first.value) || !isSingleCalendarDate(second.value)) return null;
  const gap = text.slice(first.end, second.start);
  // "Thursday, 4 December 2026" is one date, the weekday naming the day the date gives.
  if (WEEKDAY.test(first.text) && WEEKDAY_JOINER.test(gap) && CALENDAR_DAY.test(second.text)) return dateFrom(text, first.start, second.end, second.value, second.qualifier);
  let start = first.start;
  if (!INTERVAL_JOINER.test(gap)) {
    const between = AND_JOINER.test(gap) ? prefixBefore(text, first.start, floor, BETWEEN_BEFORE) : null;
    if (between) start = between.start;
    else if (SPACE.test(gap) && RELATIVE_YEAR.test(second.text) && first.value === null && first.qualifier === null) return dateFrom(text, start, second.end, null, null);
    else return null;
  }
  const value = typeof first.value === 'string' && typeof second.value === 'string' ? { start: first.value, end: second.value } : null;
  return dateFrom(text, start, second.end, value, first.qualifier);
}

function dateFrom(text: string, start: number, end: number, value: FigureValue | null, qualifier: string | null): FigureMention {
  return { start, end, text: text.slice(start, end), type: 'date', value, qualifier, unit: null };
}

function isSingleCalendarDate(value: FigureValue | null): boolean {
  return value === null || (typeof value === 'string' && !value.startsWith('P'));
}
