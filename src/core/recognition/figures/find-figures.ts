/** Finds figures (counts, ranges, money, measures, percents, dates) in a region of text. */

import { FigureMention } from '../types';
import { Prefix, QUALIFIER_BEFORE, prefixBefore } from './context-before';
import { countNounAfter } from './count-noun';
import { NUMBER_WORD_START_SOURCE } from './number-words';
import { DateSpan, readDigitDate, readMonthDate } from './read-date';
import { Quantity, readQuantity } from './read-quantity';
import { MONTH_SOURCE, anyInitialCase } from './regex-parts';
import {
  endOfToken, followsNameWord, hasMinusSign, isCapitalizedMidSentence, isClockTime, isDateGluedAfter, isGluedAfter, isGluedBefore, isLineChrome,
} from './token-guards';

// Everything a figure can start with; line breaks are included so a scan never runs past the line it was asked about.
const TRIGGER = new RegExp(
  `\\d|[$€£¥₩₽₹₴]|\\n|\\b(?:(${MONTH_SOURCE})|${anyInitialCase(NUMBER_WORD_START_SOURCE)})(?![A-Za-z])`,
  'g',
);

/** Figures fully inside [start, end) of `text`, sorted by start and non-overlapping; offsets index `text` as given. */
export function findFigures(text: string, start = 0, end = text.length): FigureMention[] {
  const figures: FigureMention[] = [];
  let floor = start;
  TRIGGER.lastIndex = start;
  let trigger: RegExpExecArray | null;
  while ((trigger = TRIGGER.exec(text)) !== null && trigger.index < end) {
    const pos = trigger.index;
    if (trigger[0] === '\n') continue;
    const figure = trigger[1] ? monthFigure(text, pos, floor) : /\d/.test(trigger[0]) ? digitFigure(text, pos, floor) : quantityFigure(text, pos, floor);
    if (figure && figure.end <= end) {
      figures.push(figure);
      floor = figure.end;
      TRIGGER.lastIndex = figure.end;
    } else {
      TRIGGER.lastIndex = /\d/.test(trigger[0]) ? endOfToken(text, pos) : pos + trigger[0].length;
    }
  }
  return figures;
}

function monthFigure(text: string, pos: number, floor: number): FigureMention | null {
  const date = readMonthDate(text, pos, floor);
  return date && dateMention(text, date);
}

function digitFigure(text: string, pos: number, floor: number): FigureMention | null {
  if (isGluedBefore(text, pos)) return null;
  // Leading zeros belong to codes and phone numbers ("010-1234"), not to quantities ("0.5" is fine).
  if (text[pos] === '0' && /\d/.test(text[pos + 1] ?? '')) return null;
  const date = readDigitDate(text, pos, floor);
  if (date) return isDateGluedAfter(text, date.end) ? null : dateMention(text, date);
  return quantityFigure(text, pos, floor);
}

function quantityFigure(text: string, pos: number, floor: number): FigureMention | null {
  const quantity = readQuantity(text, pos, floor);
  if (!quantity || isGluedAfter(text, quantity.wordsFrom)) return null;
  if (quantity.bare && isClockTime(text, quantity.end)) return null;
  if (quantity.spelled && isCapitalizedMidSentence(text, quantity.start)) return null;
  if (quantity.bare && (followsNameWord(text, quantity.start) || isLineChrome(text, quantity.start, quantity.end))) return null;
  // Only temperatures and changes carry a sign; a lone "-2" is page chrome or a list dash.
  if ((quantity.type === 'measure' || quantity.type === 'percent') && typeof quantity.value === 'number' && hasMinusSign(text, quantity.start, floor)) {
    return quantityMention(text, { ...quantity, start: quantity.start - 1, value: -quantity.value }, null);
  }
  return quantityMention(text, quantity, prefixBefore(text, quantity.start, floor, QUALIFIER_BEFORE));
}

function quantityMention(text: string, quantity: Quantity, qualifier: Prefix | null): FigureMention {
  const start = qualifier?.start ?? quantity.start;
  const countLike = quantity.type === 'count' || quantity.type === 'range';
  const singular = quantity.strong || quantity.value === 1;
  return {
    start,
    end: quantity.end,
    text: text.slice(start, quantity.end),
    type: quantity.type,
    value: quantity.value,
    qualifier: qualifier?.word ?? null,
    unit: countLike ? countNounAfter(text, quantity.wordsFrom, singular) : quantity.unit,
  };
}

function dateMention(text: string, date: DateSpan): FigureMention {
  return { start: date.start, end: date.end, text: text.slice(date.start, date.end), type: 'date', value: date.value, qualifier: null, unit: null };
}
