/**
 * Reads the dates a text gives relative to its own time (guidelines, issue 10): weekdays ("early Tuesday", "Monday morning"),
 * "today" and its kin, periods next to the present ("last week", "earlier this month", "the previous day", "a year ago") and clock
 * times ("10:30 p.m.", "0400 GMT"). Their value is null: only the article's date could resolve them.
 */

import { QUALIFIER_BEFORE, prefixBefore } from './context-before';
import { DateSpan, qualifierOf } from './read-date';
import { endOfMatch } from './read-quantity';
import { SP, anyInitialCase } from './regex-parts';
import { followsNameWord, isCapitalizedMidSentence } from './token-guards';

/** Weekday names. Plurals ("on Mondays") are recurrences, not dates; the trigger's word boundary leaves them out. */
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** The days named from the present, lower-case. */
export const DEICTIC_DAYS = ['today', 'yesterday', 'tomorrow', 'tonight'];
/** The periods that "last", "this", "the previous"... turn into a date; lower-case only, as a capitalized one is a title. */
export const PERIOD_NOUNS = [
  'week', 'weekend', 'month', 'year', 'decade', 'quarter', 'spring', 'summer', 'autumn', 'fall', 'winter', 'day', 'night', 'morning', 'afternoon', 'evening',
];

const PART_OF_DAY_WORDS = 'night|morning|afternoon|evening';
const PART_OF_DAY = `(?:${PART_OF_DAY_WORDS})`;
// "early Tuesday", "late on Saturday" (qualifier), "last Tuesday", "the night of Tuesday".
const WEEKDAY_PREFIX_BEFORE = new RegExp(`(?:(early|late)(?:${SP}+on)?|last|next|this|the${SP}+${PART_OF_DAY}${SP}+of)${SP}+`, 'iy');
const EARLY_LATE_BEFORE = new RegExp(`(early|late)(?:${SP}+on)?${SP}+`, 'iy');
/** "the night of Oct. 23", "the morning of Nov. 4": the whole phrase is the date. */
export const PART_OF_DAY_OF_BEFORE = new RegExp(`the${SP}+${PART_OF_DAY}${SP}+of${SP}+`, 'iy');
const PART_OF_DAY_AFTER = new RegExp(`${SP}+(?:${anyInitialCase(PART_OF_DAY_WORDS)})(?![A-Za-z])`, 'y');
// Periods next to the speaker's present ("this year", "early next year", "earlier this month"); only "early"/"late" are qualifiers.
const DEICTIC_PERIOD_BEFORE = new RegExp(`(?:(early|late)${SP}+|(?:earlier|later)${SP}+)?(?:(?:this${SP}+)?past|this|last|next|coming|upcoming)${SP}+`, 'iy');
// Periods next to a time the story has named ("the previous day", "the following week", "the next morning"); "the next decade" is
// "next decade" after "the", as "next year" is.
const ANAPHORIC_PERIOD_BEFORE = new RegExp(`the${SP}+(?:previous|following)${SP}+`, 'iy');
const ANAPHORIC_DAY_BEFORE = new RegExp(`the${SP}+(?:previous|following|next|same)${SP}+`, 'iy');
const ONE_PERIOD_BEFORE = new RegExp(`a${SP}+`, 'iy');
/** "ago", "later", "earlier" after a period, which make "three weeks ago", "a year earlier" a date. */
export const RELATIVE_AFTER = new RegExp(`${SP}+(?:ago|later|earlier)(?![A-Za-z])`, 'y');
const NEXT_NAME = /[ \t\u00a0]+[A-Z][a-z]/y;
const WORD_AT_END = /([A-Za-z]+)[ \t\u00a0]+$/;
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their']);

// "a year ago" names a time; "a decade" alone is a length, and "a day" a rate ("37 trucks a day").
const ONE_PERIOD_NOUNS = new Set(['day', 'week', 'weekend', 'month', 'year', 'decade']);
// Days and their parts follow "the next"; a day is named only from another one ("the previous day"): "to this day" and
// "the last day" are not dates of the story.
const DAY_NOUNS = new Set(['day', 'night', 'morning', 'afternoon', 'evening']);

// Zones by abbreviation, "local time", and a city's time ("07:20 Moscow time").
const ZONE = `(?:${SP}?(?:GMT|UTC|[ECMP][SD]T|BST|CES?T|EES?T|WES?T|MSK|IST|JST|KST|HKT|SGT|PKT|AES?T|AEDT|WIB|WITA|WIT|ET|PT|CT)(?![A-Za-z])|${SP}+(?:local|[A-Z][a-z]+)${SP}+time(?![A-Za-z]))`;
const MERIDIEM = `${SP}?(?:[ap]\\.m\\.|[AP]\\.M\\.|[ap]m(?![A-Za-z])|[AP]M(?![A-Za-z]))`;
// "10 p.m.", "10:30 a.m. EST", "10.30pm"; "22:15 GMT" or "10:30" after "at", "06:10 hours" as military releases write it; the
// 24-hour dotted form of Indonesian and Romanian releases ("05.40 WIT", "at 01.17,"); "0400 GMT".
const HHMM = '(?:[01]\\d|2[0-3])[0-5]\\d';
const HHMM_ZONED = `${HHMM}(?:${SP}?hrs(?![A-Za-z])${ZONE}?|${ZONE})`;
// "between 2215 and 2340 UTC", "0600 to 0800 GMT": the zone written once after an interval of four-digit times marks both ends.
const HHMM_BEFORE_ZONED = `${HHMM}(?=${SP}+(?:and|to)${SP}+${HHMM_ZONED})`;
const CLOCK = new RegExp(
  `(\\d{1,2})(?:[:.][0-5]\\d)?${MERIDIEM}${ZONE}?|(\\d{1,2})(?::|(\\.))[0-5]\\d(?![\\d:]|\\.\\d)(${ZONE}|${SP}+hours(?![A-Za-z]))?|` +
    `${HHMM_ZONED}|${HHMM_BEFORE_ZONED}`,
  'y',
);
// A dotted time with no zone ends its clause ("at 01.17, groups", "at 23.40 on Saturday"); "at 12.50 euros" is an amount.
const DOTTED_TIME_END = new RegExp(`(?=[,;)]|\\.(?!\\d)|${SP}*$|${SP}+(?:on|and|or|to|until|when|in|at|hours)(?![A-Za-z]))`, 'y');
// "5:30 in the morning", "11 at night": the part of the day belongs to the time.
const CLOCK_DAY_PART_AFTER = new RegExp(`${SP}+(?:in${SP}+the${SP}+(?:morning|afternoon|evening)|at${SP}+night)(?![A-Za-z])`, 'y');
const CLOCK_PREPOSITION_BEFORE = new RegExp(`(?:at|by|until|till|from|to|around|about|after|before|since|between|and)${SP}+`, 'iy');
// "rose to 10.25," and "from 12.40" are more often decimals than dotted times.
const DOTTED_CLOCK_PREPOSITION_BEFORE = new RegExp(`(?:at|by|until|till|around|about|after|before|since|and)${SP}+`, 'iy');

/** Reads a weekday at `pos` with its qualifier and part of the day ("early Tuesday", "Monday morning", "the night of Friday"). */
export function readWeekday(text: string, pos: number, end: number, floor: number): DateSpan | null {
  const prefix = prefixBefore(text, pos, floor, WEEKDAY_PREFIX_BEFORE);
  const start = prefix?.start ?? pos;
  // "Good Friday", "Easter Sunday", "Joe Friday" are names; "in Colombo late Sunday" is a date.
  if (!prefix && followsNameWord(text, start)) return null;
  // "the Sunday Times", "Monday Night Football" are names too; after a lower-case word ("said Tuesday President...") it is a date.
  const dayEnd = afterPartOfDay(text, end);
  NEXT_NAME.lastIndex = dayEnd;
  if (dayEnd === end && NEXT_NAME.test(text) && !followsLowerCaseWord(text, start, floor)) return null;
  return { start, end: dayEnd, value: null, qualifier: qualifierOf(prefix) };
}

/** Reads "today", "yesterday", "tomorrow" or "tonight" at `pos`, with a qualifier or part of the day ("late yesterday", "tomorrow morning"). */
export function readDeicticDay(text: string, pos: number, end: number, floor: number): DateSpan | null {
  // "USA Today", "the Today programme"; "The Council today imposed" is a date.
  if (isCapitalizedMidSentence(text, pos) || (text[pos] === 'T' && followsNameWord(text, pos))) return null;
  const prefix = prefixBefore(text, pos, floor, EARLY_LATE_BEFORE);
  return { start: prefix?.start ?? pos, end: afterPartOfDay(text, end), value: null, qualifier: qualifierOf(prefix) };
}

/** Reads a period made a date by the words around it ("last week", "earlier this month", "the previous day", "a year ago"), `noun` at `pos`. */
export function readRelativePeriod(text: string, pos: number, end: number, floor: number, noun: string): DateSpan | null {
  const day = DAY_NOUNS.has(noun);
  const anaphoric = prefixBefore(text, pos, floor, day ? ANAPHORIC_DAY_BEFORE : ANAPHORIC_PERIOD_BEFORE);
  const prefix = anaphoric ?? (noun === 'day' ? null : prefixBefore(text, pos, floor, DEICTIC_PERIOD_BEFORE));
  if (prefix) {
    // "Next Year" mid-sentence is a title.
    if (isCapitalizedMidSentence(text, prefix.start)) return null;
    return { start: prefix.start, end, value: null, qualifier: qualifierOf(prefix) };
  }
  const relativeEnd = endOfMatch(RELATIVE_AFTER, text, end);
  const one = ONE_PERIOD_NOUNS.has(noun) && relativeEnd >= 0 ? prefixBefore(text, pos, floor, ONE_PERIOD_BEFORE) : null;
  return one && !isCapitalizedMidSentence(text, one.start) ? { start: one.start, end: relativeEnd, value: null, qualifier: null } : null;
}

/** Reads a clock time at the digit `pos` ("10:30 p.m.", "3 am", "0400 GMT", "at 14:00"), with a qualifier ("around 10 p.m."). */
export function readClockTime(text: string, pos: number, floor: number): DateSpan | null {
  CLOCK.lastIndex = pos;
  const m = CLOCK.exec(text);
  if (!m) return null;
  const [, meridiemHour, bareHour, dot, bareZone] = m;
  const end = CLOCK.lastIndex;
  if (meridiemHour !== undefined && (Number(meridiemHour) < 1 || Number(meridiemHour) > 12)) return null;
  const qualifier = prefixBefore(text, pos, floor, QUALIFIER_BEFORE);
  if (bareHour !== undefined) {
    if (Number(bareHour) > (dot ? 23 : 24)) return null;
    // "10:30" alone may be a score or a verse; "at 10:30" and "at approximately 06:30" are times. A dotted one is a decimal unless
    // a zone follows or it is written with two hour digits and ends the clause.
    if (bareZone === undefined) {
      if (!prefixBefore(text, qualifier?.start ?? pos, floor, dot ? DOTTED_CLOCK_PREPOSITION_BEFORE : CLOCK_PREPOSITION_BEFORE)) return null;
      if (dot && (bareHour.length < 2 || endOfMatch(DOTTED_TIME_END, text, end) < 0)) return null;
    }
  }
  const dayPartEnd = endOfMatch(CLOCK_DAY_PART_AFTER, text, end);
  return { start: qualifier?.start ?? pos, end: dayPartEnd >= 0 ? dayPartEnd : end, value: null, qualifier: qualifier?.word ?? null };
}

// A verb or preposition before the weekday ("said Tuesday", "on Tuesday"), not a determiner ("the Sunday Times").
function followsLowerCaseWord(text: string, start: number, floor: number): boolean {
  const word = WORD_AT_END.exec(text.slice(Math.max(floor, start - 16), start))?.[1];
  return word !== undefined && /^[a-z]/.test(word) && !DETERMINERS.has(word);
}

function afterPartOfDay(text: string, end: number): number {
  const after = endOfMatch(PART_OF_DAY_AFTER, text, end);
  return after >= 0 ? after : end;
}

