/** Reads a quantity at a position: a number or range with its currency, percent sign or unit of measure. */

import { FigureType, FigureValue } from '../types';
import { BETWEEN_BEFORE, CURRENCY_CODE_BEFORE, DOLLAR_PREFIX_BEFORE, SCALE_PREFIX_BEFORE, prefixBefore } from './context-before';
import { NumberToken, readNumber, readScaleWord } from './read-number';
import { SP } from './regex-parts';
import {
  CURRENCY_CODE_BEFORE_SOURCE, CURRENCY_SYMBOL_CLASS, CURRENCY_SYMBOLS, CURRENCY_WORD_SOURCE, DOLLAR_PREFIXES, MEASURE_UNIT_SOURCE, PERCENT_SOURCE,
  currencyFromCode, currencyFromWord, isDurationUnit, measureUnitFrom,
} from './unit-tables';

/** A quantity found in the text, before qualifiers and count nouns are attached. */
export interface Quantity {
  start: number;
  end: number;
  type: Exclude<FigureType, 'date'>;
  value: FigureValue;
  /** Currency, unit of measure or "percent" (ranges only); null for counts, whose noun is found later. */
  unit: string | null;
  /** A count or a range of counts: its unit is the noun after it. */
  counted: boolean;
  /** A single plain integer ("2022", "10"): may turn out to be a year or part of a name. */
  bare: boolean;
  spelled: boolean;
  /** Written "11,000-strong": the count's noun follows as a singular ("force"). */
  strong: boolean;
  /** Where the words after the figure begin (past "-strong"). */
  wordsFrom: number;
}

type NumericRange = { min: number; max: number };

const RANGE_JOINER = new RegExp(`${SP}*[-–—]${SP}*|${SP}+to${SP}+`, 'y');
const AND_JOINER = new RegExp(`${SP}+and${SP}+`, 'y');
const CURRENCY_AFTER = new RegExp(`${SP}*(?:${CURRENCY_WORD_SOURCE})`, 'y');
const PERCENT_AFTER = new RegExp(PERCENT_SOURCE, 'y');
// Hundredths of the figure's unit: "42 cents" is 0.42 dollars, "25 basis points" 0.25 percent (guidelines).
const CENTS_AFTER = new RegExp(`${SP}+(euro${SP}+)?cents?(?![A-Za-z])`, 'y');
const BASIS_POINTS_AFTER = new RegExp(`${SP}+basis${SP}+points?(?![A-Za-z])|${SP}?bps?(?![A-Za-z])`, 'y');
const MEASURE_AFTER = new RegExp(MEASURE_UNIT_SOURCE, 'y');
// Ages ("a 19-year-old", "30 years old", "a six-month-old") and multipliers ("ten times the number") are not figures.
const OLD_AFTER = new RegExp(`(?:-|${SP}+)old(?![A-Za-z])`, 'y');
// "one" is not a count ("one of them"), but "one year" and "a one-month extension" are durations; "one day" is most often "some day".
const ONE_PERIOD_AFTER = new RegExp(`(?:${SP}+|-)(?:week|month|year|decade|hour|minute)(?![A-Za-z])`, 'y');
// "ten times the number", "three times as many", "five times more" multiply; "scrambled 307 times" counts occurrences (unit "times").
const MULTIPLIER_TIMES_AFTER = new RegExp(`${SP}+times${SP}+(?:the|as|more|less|larger|higher|bigger|greater|smaller|lower|faster|than|that|what|over)(?![A-Za-z])`, 'y');
// Reading and listening times in page chrome ("5 min read", "Listen to this article · 6 min", "a 4-minute read").
const READING_TIME_AFTER = new RegExp(`(?:${SP}|-)(?:mins?(?![A-Za-z])|minutes?${SP}+(?:read|listen)(?![A-Za-z]))`, 'y');
const STRONG_AFTER = /-strong(?![A-Za-z])/y;
const CURRENCY_SYMBOL_AT = new RegExp(`${CURRENCY_SYMBOL_CLASS}${SP}?`, 'y');
const REPEATED_CURRENCY_AT = new RegExp(`(?:(?:${CURRENCY_CODE_BEFORE_SOURCE})${SP}?|(?:[A-Z]{1,2}|U\\.S\\.)\\$${SP}?)(?=\\d)`, 'y');

/** Reads the quantity that starts at `pos` (a digit, a currency symbol or a number word); nothing before `floor` is consumed. */
export function readQuantity(text: string, pos: number, floor: number): Quantity | null {
  let start = pos;
  let currency: string | null = null;
  let at = pos;
  const symbol = CURRENCY_SYMBOLS[text[pos]];
  if (symbol) {
    currency = symbol;
    const dollarPrefix = text[pos] === '$' ? prefixBefore(text, pos, floor, DOLLAR_PREFIX_BEFORE) : null;
    if (dollarPrefix) {
      currency = DOLLAR_PREFIXES[text.slice(dollarPrefix.start, pos)];
      start = dollarPrefix.start;
    }
    CURRENCY_SYMBOL_AT.lastIndex = pos;
    CURRENCY_SYMBOL_AT.exec(text);
    at = CURRENCY_SYMBOL_AT.lastIndex;
  } else if (/\d/.test(text[pos])) {
    const code = prefixBefore(text, pos, floor, CURRENCY_CODE_BEFORE);
    if (code) {
      currency = currencyFromCode(code.word);
      start = code.start;
    }
  }

  let first = readNumber(text, at, currency !== null);
  if (!first && !symbol) {
    const scaled = readScaledWord(text, at, floor);
    if (!scaled) return null;
    first = scaled.token;
    start = scaled.start;
  }
  if (!first || (first.spelled && first.value === 1 && endOfMatch(ONE_PERIOD_AFTER, text, first.end) < 0)) return null;

  const between = prefixBefore(text, start, floor, BETWEEN_BEFORE);
  const second = readRangeEnd(text, first, currency !== null, between !== null);
  const range = second ? rangeOf(first, second) : null;
  // "between 3,000 and" with no valid end is no figure; "clashes between two families" is a count.
  if (between && !range && endOfMatch(AND_JOINER, text, first.end) >= 0) return null;
  if (range) start = between?.start ?? start;
  let end = range ? second!.end : first.end;
  let value: number | NumericRange = range ?? first.value;

  // Ranges are typed `range` whatever they measure; the unit tells what ("usd", "m", "percent").
  let kind: 'count' | 'money' | 'percent' | 'measure' = 'count';
  let unit: string | null = currency;
  let wordsFrom = -1;
  let after: number;
  if (!currency && endOfMatch(READING_TIME_AFTER, text, end) >= 0) return null;
  if (currency) kind = 'money';
  else if ((after = endOfMatch(CENTS_AFTER, text, end)) >= 0) {
    kind = 'money';
    unit = text.slice(end, after).includes('euro') ? 'eur' : 'usd';
    value = hundredths(value);
    end = after;
  } else if ((after = endOfMatch(CURRENCY_AFTER, text, end)) >= 0) {
    kind = 'money';
    unit = currencyFromWord(text.slice(end, after).trim());
    end = after;
  } else if ((after = endOfMatch(PERCENT_AFTER, text, end)) >= 0) {
    kind = 'percent';
    // The type already says percent; only a range needs the unit.
    unit = range ? 'percent' : null;
    end = after;
  } else if ((after = endOfMatch(BASIS_POINTS_AFTER, text, end)) >= 0) {
    kind = 'percent';
    unit = range ? 'percent' : null;
    value = hundredths(value);
    end = after;
  } else if ((after = endOfMatch(MEASURE_AFTER, text, end)) >= 0) {
    kind = 'measure';
    unit = measureUnitFrom(text.slice(end, after));
    end = after;
    if (isDurationUnit(unit) && endOfMatch(OLD_AFTER, text, end) >= 0) return null;
  } else if (endOfMatch(MULTIPLIER_TIMES_AFTER, text, end) >= 0) {
    return null;
  } else {
    wordsFrom = endOfMatch(STRONG_AFTER, text, end);
  }
  const strong = wordsFrom >= 0;
  return {
    start, end, type: range ? 'range' : kind, value, unit, counted: kind === 'count',
    bare: !range && first.bare && kind === 'count', spelled: first.spelled, strong, wordsFrom: strong ? wordsFrom : end,
  };
}

/** End of the sticky `pattern` matched at `pos`, or -1. */
export function endOfMatch(pattern: RegExp, text: string, pos: number): number {
  pattern.lastIndex = pos;
  return pattern.test(text) ? pattern.lastIndex : -1;
}

// "a thousand".
function readScaledWord(text: string, pos: number, floor: number): { start: number; token: NumberToken } | null {
  const scaleWord = readScaleWord(text, pos);
  const prefix = scaleWord && prefixBefore(text, pos, floor, SCALE_PREFIX_BEFORE);
  if (!scaleWord || !prefix) return null;
  return { start: prefix.start, token: { end: scaleWord.end, value: scaleWord.scale, unscaled: scaleWord.scale, scale: 1, bare: false, spelled: true } };
}

function readRangeEnd(text: string, first: NumberToken, money: boolean, afterBetween: boolean): NumberToken | null {
  // A percent sign may be written on both ends ("between 0.7% and 1%"), as a currency symbol may ("$200,000 to $500,000").
  const firstPercent = money ? -1 : endOfMatch(PERCENT_AFTER, text, first.end);
  let at = endOfMatch(afterBetween ? AND_JOINER : RANGE_JOINER, text, firstPercent >= 0 ? firstPercent : first.end);
  if (at < 0) return null;
  // The currency may be written again on the second end: "$200,000 to $500,000", "A$7 billion to A$10 billion", "Tk 15,000 to Tk 20,000".
  if (money) at = Math.max(at, endOfMatch(CURRENCY_SYMBOL_AT, text, at), endOfMatch(REPEATED_CURRENCY_AT, text, at));
  const second = readNumber(text, at, money);
  // "five to 15" mixes forms only after "between" ("between five and 15 days").
  if (!second || (second.spelled !== first.spelled && !afterBetween)) return null;
  return firstPercent < 0 || endOfMatch(PERCENT_AFTER, text, second.end) >= 0 ? second : null;
}

// Twelve significant digits undo the binary rounding of the division ("4.5 cents" is 0.045, not 0.045000000000000005).
function hundredths(value: number | NumericRange): number | NumericRange {
  const hundredth = (n: number): number => Number((n / 100).toPrecision(12));
  return typeof value === 'number' ? hundredth(value) : { min: hundredth(value.min), max: hundredth(value.max) };
}

// "2 to 3 million" shares the scale; "500,000 to 1 million" does not.
function rangeOf(first: NumberToken, second: NumberToken): NumericRange | null {
  const min = first.scale === 1 && second.scale > 1 && first.unscaled <= second.unscaled ? first.unscaled * second.scale : first.value;
  return min < second.value ? { min, max: second.value } : null;
}
