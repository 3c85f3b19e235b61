/** Finds figures (counts, ranges, money, measures, percents, dates) in a region of text. */

import { FigureMention, isNumericRange } from '../types';
import {
  ACCESS_DATE_BEFORE, AGE_BEFORE, BACK_REFERENCE_BEFORE, MINUS_BEFORE, PUBLICATION_BEFORE, Prefix, QUALIFIER_BEFORE, WORD_BEFORE, YEAR_DETERMINER_BEFORE, prefixBefore,
} from './context-before';
import { countNounAfter, isPluralNoun } from './count-noun';
import { NUMBER_WORD_START_SOURCE } from './number-words';
import { durationQualifier, mergeDatePhrases } from './date-phrases';
import { endOfNonQuantity, followsWeekdayAbbreviation, hyphenatedCountNoun, isIdentifierNumber, isNonQuantityFigure } from './non-quantity-guards';
import { DateSpan, readDigitDate, readMonthDate } from './read-date';
import { Quantity, endOfMatch, readQuantity } from './read-quantity';
import {
  DEICTIC_DAYS, PART_OF_DAY_OF_BEFORE, PERIOD_NOUNS, RELATIVE_AFTER, WEEKDAYS, readClockTime, readDeicticDay, readRelativePeriod, readWeekday,
} from './read-relative-date';
import { VAGUE_PLURALS, readVaguePlural, readVagueScale } from './read-vague-count';
import { MONTH_SOURCE, alternationByFirstLetter } from './regex-parts';
import { CURRENCY_SYMBOL_CLASS, isDurationUnit, isoDuration } from './unit-tables';
import {
  endOfToken, followsClockTime, followsNameWord, hasMinusSign, isCapitalizedMidSentence, isClockTime, isCompoundGluedAfter, isGluedAfter, isGluedBefore,
  isLineChrome, isTimestamp,
} from './token-guards';

const TIMESTAMP_JOINER = /^,?[ \t\u00a0]*(?:at[ \t\u00a0]+)?$/;
// A byline's date before its reading time ("Staff Writer / December 4, 2026 / 4 min read") is page chrome.
const READING_TIME_AFTER_DATE = /[ \t\u00a0]*[·•|/][ \t\u00a0]*\d{1,2}[ \t\u00a0]*min(?:ute)?s?[ \t\u00a0]+read(?![A-Za-z])/y;
// "aged 54 and 61", "aged 30, 41 and 52": ages joined to the first; "aged 18 and 250 soldiers" counts soldiers.
const SECOND_AGE_AFTER = /(?:(?:,|[ \t\u00a0]+(?:and|or))[ \t\u00a0]+\d{1,3}(?!\d|[,.]\d|[A-Za-z]|[ \t\u00a0]+[a-z]+s(?![A-Za-z])))+/y;
const APPOSITION_BEFORE = /\b[A-Z][a-z]+,[ \t\u00a0]$/;
const AGE_LIMITS = new Set(['over', 'under', 'above', 'below']);
const PEOPLE_PRONOUNS = new Set(['those', 'anyone', 'everyone', 'someone', 'nobody']);

/** What a word that can start a figure starts. */
type WordKind = 'number' | 'month' | 'weekday' | 'deictic' | 'period' | 'vague';

/** The words a figure can start with, as written (a capital too where a sentence may open with them), and what each starts. */
const TRIGGER_WORDS = new Map<string, WordKind>([
  ...withCapital(NUMBER_WORD_START_SOURCE.split('|'), 'number'),
  ...MONTH_SOURCE.split('|').map((word) => [word, 'month'] as const),
  ...WEEKDAYS.map((word) => [word, 'weekday'] as const),
  ...withCapital(DEICTIC_DAYS, 'deictic'),
  ...PERIOD_NOUNS.map((word) => [word, 'period'] as const),
  ...withCapital(VAGUE_PLURALS, 'vague'),
]);

// Everything a figure can start with; line breaks are included so a scan never runs past the line it was asked about.
// Digits, currency signs and line breaks share one character class, which the regex engine scans faster than three alternatives;
// the words are grouped by first letter, which with the date words of issue 10 scans in fewer instructions than the number words
// and months alone did as one list (valgrind, the scan alone).
const TRIGGER = new RegExp(`[\\d${CURRENCY_SYMBOL_CLASS.slice(1, -1)}\\n]|\\b(${alternationByFirstLetter(TRIGGER_WORDS.keys())})(?![A-Za-z])`, 'g');

function withCapital(words: readonly string[], kind: WordKind): (readonly [string, WordKind])[] {
  return words.flatMap((word) => [[word, kind], [word[0].toUpperCase() + word.slice(1), kind]] as const);
}

/** Figures fully inside [start, end) of `text`, sorted by start and non-overlapping; offsets index `text` as given. */
export function findFigures(text: string, start = 0, end = text.length): FigureMention[] {
  const figures: FigureMention[] = [];
  let floor = start;
  // A count with no noun after it refers back to the last counted noun on its line ("1,200 people were killed and 251 taken hostage").
  let lineCountUnit: string | null = null;
  // End of the last publication timestamp skipped, which a clock time or date right after it belongs to ("Apr 02, 2025, 06:41 PM").
  let timestampEnd = -1;
  TRIGGER.lastIndex = start;
  let trigger: RegExpExecArray | null;
  while ((trigger = TRIGGER.exec(text)) !== null && trigger.index < end) {
    const pos = trigger.index;
    if (trigger[0] === '\n') {
      lineCountUnit = null;
      continue;
    }
    // Only the character-class alternative starts with a digit.
    const code = text.charCodeAt(pos);
    const digit = code >= 48 && code <= 57;
    const skipTo = digit ? endOfNonQuantity(text, pos, floor) : -1;
    if (skipTo > pos) {
      TRIGGER.lastIndex = skipTo;
      continue;
    }
    const figure = digit ? digitFigure(text, pos, floor) : wordFigure(text, trigger, floor);
    if (figure && figure.end <= end && isNonQuantityFigure(text, figure, floor)) {
      TRIGGER.lastIndex = figure.end;
    } else if (figure && figure.end <= end) {
      // Timestamps and ages are consumed whole, so no part of them ("2025", "60" in "aged 18 to 60") is read on its own.
      let consumedEnd = figure.end;
      if (isTimestampOrAge(text, figure, floor) || (figure.type === 'date' && continuesTimestamp(text, timestampEnd, figure.start))) {
        if (figure.type === 'date') timestampEnd = figure.end;
        else consumedEnd = Math.max(consumedEnd, endOfMatch(SECOND_AGE_AFTER, text, figure.end));
      } else {
        const counted = figure.type === 'count' || (figure.type === 'range' && figure.unit === null);
        if (counted && figure.unit === null) figure.unit = lineCountUnit;
        else if (figure.type === 'count') lineCountUnit = figure.unit;
        figures.push(figure);
      }
      floor = consumedEnd;
      TRIGGER.lastIndex = consumedEnd;
    } else {
      TRIGGER.lastIndex = digit ? endOfToken(text, pos) : pos + trigger[0].length;
    }
  }
  return mergeDatePhrases(text, figures, start);
}

/** The figure a word or currency sign starts: a month, a weekday, "today", a period, a vague plural, a number word or an amount. */
function wordFigure(text: string, trigger: RegExpExecArray, floor: number): FigureMention | null {
  const pos = trigger.index;
  const end = pos + trigger[0].length;
  switch (trigger[1] === undefined ? undefined : TRIGGER_WORDS.get(trigger[1])) {
    case 'month': {
      const date = readMonthDate(text, pos, floor);
      return date && dateMention(text, withPartOfDay(text, date, floor));
    }
    case 'weekday':
      return dateOrNull(text, readWeekday(text, pos, end, floor));
    case 'deictic':
      return dateOrNull(text, readDeicticDay(text, pos, end, floor));
    case 'period':
      return dateOrNull(text, readRelativePeriod(text, pos, end, floor, trigger[1]));
    case 'vague':
      return readVaguePlural(text, pos, floor);
    default:
      return quantityFigure(text, pos, floor) ?? readVagueScale(text, pos, floor);
  }
}

function digitFigure(text: string, pos: number, floor: number): FigureMention | null {
  if (isGluedBefore(text, pos)) return null;
  // "0400 GMT" is a time; otherwise leading zeros belong to codes and phone numbers ("010-1234"), not to quantities ("0.5" is fine).
  const clock = readClockTime(text, pos, floor);
  if (clock) return isGluedAfter(text, clock.end) ? null : dateMention(text, clock);
  const date = readDigitDate(text, pos, floor);
  // "by 1130 GMT" is a clock time, not a year.
  if (date) return isCompoundGluedAfter(text, date.end) || isClockTime(text, date.end) ? null : dateMention(text, withPartOfDay(text, date, floor));
  // A day may have a leading zero ("DOB 02 Nov 1971"), a quantity not.
  if (text[pos] === '0' && /\d/.test(text[pos + 1] ?? '')) return null;
  return quantityFigure(text, pos, floor);
}

function quantityFigure(text: string, pos: number, floor: number): FigureMention | null {
  const quantity = readQuantity(text, pos, floor);
  if (!quantity) return null;
  // A measure may lead a compound adjective ("a 180-kilometre-wide strait"), and a count ("a 300-bed hospital"); other figures glued
  // to a word are codes.
  const hyphenatedNoun = quantity.type === 'count' && quantity.bare ? hyphenatedCountNoun(text, quantity.end) : null;
  if (hyphenatedNoun === null && (quantity.type === 'measure' ? isCompoundGluedAfter(text, quantity.end) : isGluedAfter(text, quantity.wordsFrom))) return null;
  // "the two countries" refers back; "the four-day conflict" is a duration.
  if (quantity.spelled && !isDurationUnit(quantity.unit) && prefixBefore(text, quantity.start, floor, BACK_REFERENCE_BEFORE)) return null;
  // "the twenty-second boat" is an ordinal; "a thirty-second clip" lasts 30 seconds.
  if (quantity.spelled && quantity.unit === 'second' && text[quantity.end - 7] === '-' && prefixBefore(text, quantity.start, floor, YEAR_DETERMINER_BEFORE)) return null;
  if (quantity.bare && isClockTime(text, quantity.end)) return null;
  if (quantity.spelled && isCapitalizedMidSentence(text, quantity.start)) return null;
  if (quantity.bare && (followsNameWord(text, quantity.start) || isLineChrome(text, quantity.start, quantity.end) || isIdentifierNumber(text, quantity.start, quantity.end, floor))) return null;
  if (isDurationUnit(quantity.unit)) return durationMention(text, quantity, durationQualifier(text, quantity.start, floor));
  // Only temperatures and changes carry a sign; a lone "-2" is page chrome or a list dash.
  if ((quantity.type === 'measure' || quantity.type === 'percent') && typeof quantity.value === 'number') {
    const signStart = hasMinusSign(text, quantity.start, floor) ? quantity.start - 1 : prefixBefore(text, quantity.start, floor, MINUS_BEFORE)?.start;
    if (signStart !== undefined) return quantityMention(text, { ...quantity, start: signStart, value: -quantity.value }, null);
  }
  const mention = quantityMention(text, quantity, prefixBefore(text, quantity.start, floor, QUALIFIER_BEFORE));
  return hyphenatedNoun === null ? mention : { ...mention, unit: hyphenatedNoun };
}

function quantityMention(text: string, quantity: Quantity, qualifier: Prefix | null): FigureMention {
  const start = qualifier?.start ?? quantity.start;
  const singular = quantity.strong || quantity.value === 1;
  return {
    start,
    end: quantity.end,
    text: text.slice(start, quantity.end),
    type: quantity.type,
    value: quantity.value,
    qualifier: qualifier?.word ?? null,
    unit: quantity.counted ? countNounAfter(text, quantity.wordsFrom, singular) : quantity.unit,
  };
}

// "at least 42 days" is a date lasting P42D, "10 to 14 days" one from P10D to P14D; "three weeks ago" and "two days later" are
// dates the article's own date would resolve, so their value is null.
function durationMention(text: string, quantity: Quantity, qualifier: Prefix | null): FigureMention {
  const unit = quantity.unit!;
  const { value } = quantity;
  const relativeEnd = endOfMatch(RELATIVE_AFTER, text, quantity.end);
  const relative = relativeEnd >= 0;
  const end = relative ? relativeEnd : quantity.end;
  const start = qualifier?.start ?? quantity.start;
  return {
    start,
    end,
    text: text.slice(start, end),
    type: 'date',
    value: relative ? null : typeof value === 'number' ? isoDuration(value, unit) : isNumericRange(value) ? { start: isoDuration(value.min, unit), end: isoDuration(value.max, unit) } : null,
    qualifier: qualifier?.word ?? null,
    unit: null,
  };
}

/** "the night of Oct. 23": the part of the day belongs to the date. */
function withPartOfDay(text: string, date: DateSpan, floor: number): DateSpan {
  const prefix = prefixBefore(text, date.start, floor, PART_OF_DAY_OF_BEFORE);
  return prefix ? { ...date, start: prefix.start } : date;
}

function dateOrNull(text: string, date: DateSpan | null): FigureMention | null {
  return date && dateMention(text, date);
}

/** True when a date starting at `start` follows the timestamp ending at `timestampEnd` with only a comma or "at" between. */
function continuesTimestamp(text: string, timestampEnd: number, start: number): boolean {
  return timestampEnd >= 0 && start - timestampEnd <= 5 && TIMESTAMP_JOINER.test(text.slice(timestampEnd, start));
}

function dateMention(text: string, date: DateSpan): FigureMention {
  return { start: date.start, end: date.end, text: text.slice(date.start, date.end), type: 'date', value: date.value, qualifier: date.qualifier, unit: null };
}

function isTimestampOrAge(text: string, figure: FigureMention, floor: number): boolean {
  // "Updated 3 hours ago" is page chrome as much as "Published Apr 02, 2025".
  if (prefixBefore(text, figure.start, floor, PUBLICATION_BEFORE)) return true;
  if (figure.type === 'date') {
    return isTimestamp(text, figure.end) || prefixBefore(text, figure.start, floor, ACCESS_DATE_BEFORE) !== null || followsClockTime(text, figure.start, floor) || followsWeekdayAbbreviation(text, figure.start, floor) ||
      endOfMatch(READING_TIME_AFTER_DATE, text, figure.end) >= 0;
  }
  return prefixBefore(text, figure.start, floor, AGE_BEFORE) !== null || (figure.type === 'count' && figure.unit === null && isBareAge(text, figure, floor));
}

// A count with no noun of its own is an age in apposition ("Kim, 54, said") or after a limit on people ("men over 50", "those under 18").
function isBareAge(text: string, figure: FigureMention, floor: number): boolean {
  if (figure.qualifier === null) return text[figure.end] === ',' && typeof figure.value === 'number' && figure.value < 120 && APPOSITION_BEFORE.test(text.slice(Math.max(floor, figure.start - 40), figure.start));
  if (!AGE_LIMITS.has(figure.qualifier)) return false;
  const word = prefixBefore(text, figure.start, floor, WORD_BEFORE)?.word;
  return word !== undefined && (isPluralNoun(word) || PEOPLE_PRONOUNS.has(word));
}

