/** Reads a date at a position: "Nov. 4, 2024", "20 November", "Oct. 23 and 24", "late October", "the 1990s", "2022", "2014-2022", "2024-10-23". */

import { FigureValue } from '../types';
import {
  BETWEEN_BEFORE, DATE_PREPOSITION_BEFORE, DECADE_PREFIX_BEFORE, PERIOD_BEFORE, Prefix, QUALIFIER_BEFORE, YEAR_DETERMINER_BEFORE, prefixBefore,
} from './context-before';
import { isPluralNoun } from './count-noun';
import { MONTH_SOURCE, SP } from './regex-parts';
import { followsNameWord } from './token-guards';
import { MEASURE_UNIT_SOURCE } from './unit-tables';

/** A date found in the text. */
export interface DateSpan {
  start: number;
  end: number;
  value: FigureValue | null;
  /** Part-of-period word ("early", "late", "mid"), lower-case, or null. */
  qualifier: string | null;
}

// A dot only after an abbreviation: "Oct. 23", but "late October." ends the sentence.
const ABBREVIATION_DOT = '(?:(?<=\\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec))(\\.))?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?(?![A-Za-z0-9:])';
const DAY_JOINER = `(?:${SP}*[-–]${SP}*|${SP}+(?:to|and|through|until)${SP}+)`;
const YEAR_AFTER = `(?:,?${SP}+(?:of${SP}+)?(\\d{4})(?![\\d,.]\\d|[A-Za-z0-9]))?`;
const MONTH_FIRST = new RegExp(
  `(${MONTH_SOURCE})(?![A-Za-z])${ABBREVIATION_DOT}(?:${SP}+${DAY}(?:${DAY_JOINER}(?:(${MONTH_SOURCE})\\.?${SP}+)?${DAY})?)?${YEAR_AFTER}`,
  'y',
);
const DAY_FIRST = new RegExp(`${DAY}(?:${DAY_JOINER}${DAY})?${SP}+(?:of${SP}+)?(${MONTH_SOURCE})(?![A-Za-z])${ABBREVIATION_DOT.replace('(\\.)', '\\.')}${YEAR_AFTER}`, 'y');
// Also the dotted and slashed forms of page datelines ("2024.10.23").
const ISO_DATE = /(\d{4})([-./])(\d{2})\2(\d{2})(?![\d])/y;
const NUMERIC_DATE = /(\d{1,2})([/.])(\d{1,2})\2(\d{4})(?!\d)/y;
const DECADE = /(\d{3}0)s(?![A-Za-z0-9])|(\d0)s(?![A-Za-z0-9])/y;
const YEAR_RANGE = new RegExp(`(\\d{4})(?:${SP}*[-–—/]${SP}*|${SP}+(to|and|through|until)${SP}+)(\\d{4}|\\d{2})(?![\\d,.]\\d|[A-Za-z0-9])`, 'y');
const YEAR = /(\d{4})(?![\d,.]\d|[A-Za-z0-9])/y;
const MEASURE_AFTER = new RegExp(MEASURE_UNIT_SOURCE, 'y');
const NEXT_WORD = /[ \t\u00a0]+([a-z][A-Za-z]*)/y;
const NEXT_NAME = /[ \t\u00a0]+[A-Z][a-z]/y;
const MONTH_NUMBERS: Record<string, number> = {
  Jan: 1, Feb: 2, Mar: 3, Apr: 4, May: 5, Jun: 6, Jul: 7, Aug: 8, Sep: 9, Oct: 10, Nov: 11, Dec: 12,
};
// Month names that are also common words or names need a preposition to stand alone ("in May", not "Theresa May").
const AMBIGUOUS_MONTHS = new Set(['May', 'March']);

/** Reads a date that starts with a month name at `pos`. */
export function readMonthDate(text: string, pos: number, floor: number): DateSpan | null {
  MONTH_FIRST.lastIndex = pos;
  const m = MONTH_FIRST.exec(text);
  if (!m) return null;
  const [, month, dot, day, endMonth, endDay, year] = m;
  const abbreviated = month.length <= 4 && month !== 'May' && month !== 'June' && month !== 'July';
  if (!day && !year) {
    if (abbreviated && !dot) return null;
    if (AMBIGUOUS_MONTHS.has(month) && !prefixBefore(text, pos, floor, DATE_PREPOSITION_BEFORE)) return null;
    NEXT_NAME.lastIndex = MONTH_FIRST.lastIndex;
    if (NEXT_NAME.test(text)) return null;
  }
  if ((day && !validDay(day)) || (endDay && !validDay(endDay))) return null;
  const period = prefixBefore(text, pos, floor, PERIOD_BEFORE);
  const between = endDay ? prefixBefore(text, pos, floor, BETWEEN_BEFORE) : null;
  const start = period?.start ?? between?.start ?? pos;
  return { start, end: MONTH_FIRST.lastIndex, value: calendarValue(year, month, day, endMonth ?? month, endDay, period !== null), qualifier: qualifierOf(period) };
}

/** Reads a date that starts with a digit at `pos` (day-first dates, ISO and numeric dates, decades, years and year ranges). */
export function readDigitDate(text: string, pos: number, floor: number): DateSpan | null {
  return readDayFirst(text, pos, floor) ?? readIsoDate(text, pos) ?? readNumericDate(text, pos) ?? readDecade(text, pos, floor) ?? readYears(text, pos, floor);
}

function readDayFirst(text: string, pos: number, floor: number): DateSpan | null {
  DAY_FIRST.lastIndex = pos;
  const m = DAY_FIRST.exec(text);
  if (!m) return null;
  const [, day, endDay, month, year] = m;
  if (!validDay(day) || (endDay && !validDay(endDay))) return null;
  const between = endDay ? prefixBefore(text, pos, floor, BETWEEN_BEFORE) : null;
  return { start: between?.start ?? pos, end: DAY_FIRST.lastIndex, value: calendarValue(year, month, day, month, endDay, false), qualifier: null };
}

function readIsoDate(text: string, pos: number): DateSpan | null {
  ISO_DATE.lastIndex = pos;
  const m = ISO_DATE.exec(text);
  if (!m || Number(m[3]) < 1 || Number(m[3]) > 12 || !validDay(m[4])) return null;
  return { start: pos, end: ISO_DATE.lastIndex, value: `${m[1]}-${m[3]}-${m[4]}`, qualifier: null };
}

// "10/23/2024" is read month-first, "23.10.2024" day-first; "5/6/2024" is a date whose day and month are unknown.
function readNumericDate(text: string, pos: number): DateSpan | null {
  NUMERIC_DATE.lastIndex = pos;
  const m = NUMERIC_DATE.exec(text);
  if (!m) return null;
  const [, a, separator, b, year] = m;
  const [first, second] = [Number(a), Number(b)];
  const dayFirst = first > 12 || (separator === '.' && second <= 12);
  const monthFirst = !dayFirst && second > 12;
  const [month, day] = dayFirst ? [second, first] : [first, second];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const known = dayFirst || monthFirst;
  return { start: pos, end: NUMERIC_DATE.lastIndex, value: known ? `${year}-${pad(month)}-${pad(day)}` : null, qualifier: null };
}

function readDecade(text: string, pos: number, floor: number): DateSpan | null {
  DECADE.lastIndex = pos;
  const m = DECADE.exec(text);
  if (!m) return null;
  const apostrophe = text[pos - 1] === "'" || text[pos - 1] === '’';
  // "early 20s" without an apostrophe is an age, not a decade.
  if (m[2] && !apostrophe) return null;
  const numberStart = m[2] ? pos - 1 : pos;
  const prefix = prefixBefore(text, numberStart, floor, DECADE_PREFIX_BEFORE);
  const decade = m[1] ?? `${Number(m[2]) >= 30 ? '19' : '20'}${m[2]}`;
  return { start: prefix?.start ?? numberStart, end: DECADE.lastIndex, value: `${decade}s`, qualifier: qualifierOf(prefix) };
}

function readYears(text: string, pos: number, floor: number): DateSpan | null {
  YEAR.lastIndex = pos;
  const year = YEAR.exec(text);
  if (!year || !isYear(text, pos, floor, year[1]) || prefixBefore(text, pos, floor, QUALIFIER_BEFORE)) return null;
  const period = prefixBefore(text, pos, floor, PERIOD_BEFORE);
  // A year after a name word belongs to the name ("Vision 2030", "Balikatan 2024"); "Spring 2023" and "Early 2024" are periods.
  if (!period && followsNameWord(text, pos)) return null;
  YEAR_RANGE.lastIndex = pos;
  const range = YEAR_RANGE.exec(text);
  if (range) {
    const [, from, joiner, to] = range;
    const between = prefixBefore(text, pos, floor, BETWEEN_BEFORE);
    const endYear = to.length === 2 ? `${from.slice(0, 2)}${to}` : to;
    // "between 2016 and 2020" takes "between"; "between 2016–20 and 2021–25" joins two ranges.
    const andJoined = joiner === 'and';
    if ((!andJoined || between !== null) && Number(endYear) > Number(from) && Number(endYear) < 2100 && !countNounFollows(text, YEAR_RANGE.lastIndex)) {
      return { start: andJoined ? between!.start : period?.start ?? pos, end: YEAR_RANGE.lastIndex, value: { start: from, end: endYear }, qualifier: qualifierOf(period) };
    }
  }
  // "in 2024 prices rose" and "the 2025 strikes" are years; "2000 troops" and "the 2000 troops" are counts.
  if (countNounFollows(text, YEAR.lastIndex) && !prefixBefore(text, pos, floor, DATE_PREPOSITION_BEFORE) && !isModifierYear(text, pos, floor, year[1])) return null;
  return { start: period?.start ?? pos, end: YEAR.lastIndex, value: year[1], qualifier: qualifierOf(period) };
}

// Modern years stand alone; older ones need a preposition ("in 1592") or a determiner before a modifier year ("the 1815 treaty"),
// or "1500" would often be a count. A plural noun after it still makes a count ("the 1500 troops"): see readYears.
function isYear(text: string, pos: number, floor: number, digits: string): boolean {
  const year = Number(digits);
  if (year >= 1900 && year < 2100) return true;
  if (year < 1000 || year >= 1900) return false;
  if (prefixBefore(text, pos, floor, DATE_PREPOSITION_BEFORE)) return true;
  MEASURE_AFTER.lastIndex = pos + digits.length;
  return !MEASURE_AFTER.test(text) && prefixBefore(text, pos, floor, YEAR_DETERMINER_BEFORE) !== null;
}

// A determiner before a modern year that is not a round number ("Most of the 2025 strikes").
function isModifierYear(text: string, pos: number, floor: number, digits: string): boolean {
  return Number(digits) >= 1900 && Number(digits) % 100 !== 0 && prefixBefore(text, pos, floor, YEAR_DETERMINER_BEFORE) !== null;
}

function countNounFollows(text: string, end: number): boolean {
  NEXT_WORD.lastIndex = end;
  const next = NEXT_WORD.exec(text);
  return next !== null && isPluralNoun(next[1]);
}

function calendarValue(year: string | undefined, month: string, day: string | undefined, endMonth: string, endDay: string | undefined, partial: boolean): FigureValue | null {
  if (!year) return null;
  const monthPart = `${year}-${pad(MONTH_NUMBERS[month.slice(0, 3)])}`;
  if (!day || partial) return monthPart;
  const first = `${monthPart}-${pad(Number(day))}`;
  if (!endDay) return first;
  return { start: first, end: `${year}-${pad(MONTH_NUMBERS[endMonth.slice(0, 3)])}-${pad(Number(endDay))}` };
}

/** The qualifier a date prefix captured; seasons and a bare "the" are part of the date, not qualifiers: their capture is empty. */
export function qualifierOf(prefix: Prefix | null): string | null {
  return prefix?.word || null;
}

function validDay(day: string): boolean {
  return Number(day) >= 1 && Number(day) <= 31;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
