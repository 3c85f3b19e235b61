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
// "Thursday, Dec. 4" and "Thursday 4 December": a weekday before the date it names.
const WEEKDAY_DATE_JOINER = new RegExp(`^,?${SP}+$`);
const WEEKDAY = new RegExp(`^(?:${WEEKDAYS.join('|')})$`);
const CALENDAR_DAY = new RegExp(`^(?:\\d{1,2}(?![\\d:.])|(?:${MONTH_SOURCE})\\.?${SP}+\\d)`);
// An ISO 8601 duration of one unit: "P2Y", "PT40M".
const ONE_UNIT_DURATION = /^P(T?)(\d+(?:\.\d+)?([YMWDHS]))$/;
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
  const gap = text.slice(first.end, second.start);
  if (!isSingleCalendarDate(first.value) || !isSingleCalendarDate(second.value)) return durationSum(text, first, second, gap);
  let start = first.start;
  if (!INTERVAL_JOINER.test(gap)) {
    const between = AND_JOINER.test(gap) ? prefixBefore(text, first.start, floor, BETWEEN_BEFORE) : null;
    if (between) start = between.start;
    else if (SPACE.test(gap) && RELATIVE_YEAR.test(second.text) && first.value === null && first.qualifier === null) return dateFrom(text, start, second.end, null, null);
    // "on Saturday and Sunday" is one date, as "Oct. 23 and 24" is.
    else if (AND_JOINER.test(gap) && isBareWeekday(first) && isBareWeekday(second)) return dateFrom(text, start, second.end, null, null);
    // "Thursday, Dec. 4, 2026", "Thursday 4 December 2026": the weekday names the date after it.
    else if (WEEKDAY_DATE_JOINER.test(gap) && WEEKDAY.test(first.text) && CALENDAR_DAY.test(second.text)) return dateFrom(text, start, second.end, second.value, second.qualifier);
    else return null;
  }
  const value = typeof first.value === 'string' && typeof second.value === 'string' ? { start: first.value, end: second.value } : null;
  return dateFrom(text, start, second.end, value, first.qualifier);
}

function dateFrom(text: string, start: number, end: number, value: FigureValue | null, qualifier: string | null): FigureMention {
  return { start, end, text: text.slice(start, end), type: 'date', value, qualifier, unit: null };
}

function isBareWeekday(date: FigureMention): boolean {
  return date.qualifier === null && WEEKDAY.test(date.text);
}

// "2 hours and 40 minutes" is one duration (PT2H40M), its larger unit first; the qualifier of the first covers both.
function durationSum(text: string, first: FigureMention, second: FigureMention, gap: string): FigureMention | null {
  if (!AND_JOINER.test(gap) || second.qualifier !== null) return null;
  const [a, b] = [durationPart(first.value), durationPart(second.value)];
  if (!a || !b || a.rank >= b.rank) return null;
  const dateParts = [a, b].filter((part) => !part.time).map((part) => part.written).join('');
  const timeParts = [a, b].filter((part) => part.time).map((part) => part.written).join('');
  return dateFrom(text, first.start, second.end, `P${dateParts}${timeParts ? `T${timeParts}` : ''}`, first.qualifier);
}

// A duration of one unit ("P2Y", "PT40M"): its number and designator, whether it is a time unit, and the unit's rank, larger first.
function durationPart(value: FigureValue | null): { written: string; time: boolean; rank: number } | null {
  const m = typeof value === 'string' ? ONE_UNIT_DURATION.exec(value) : null;
  if (!m) return null;
  const time = m[1] === 'T';
  return { written: m[2], time, rank: time ? 4 + 'HMS'.indexOf(m[3]) : 'YMWD'.indexOf(m[3]) };
}

function isSingleCalendarDate(value: FigureValue | null): boolean {
  return value === null || (typeof value === 'string' && !value.startsWith('P'));
}
