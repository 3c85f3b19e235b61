/**
 * Reads vague quantities that count a noun (guidelines, issue 10): "dozens of civilians", "tens of thousands of people",
 * "several hundred soldiers". They are counts with value null and the noun as unit; used alone ("by the thousands",
 * "thousands fled") they are not figures.
 */

import { FigureMention } from '../types';
import { QUALIFIER_BEFORE, prefixBefore } from './context-before';
import { countNounAfter } from './count-noun';
import { SP, anyInitialCase } from './regex-parts';
import { isCapitalizedMidSentence } from './token-guards';
import { CURRENCY_WORD_SOURCE, MEASURE_UNIT_SOURCE } from './unit-tables';

/** The plural words that open a vague quantity ("dozens", "thousands", "tens of thousands"), lower-case. */
export const VAGUE_PLURALS = ['dozens', 'hundreds', 'thousands', 'millions', 'billions', 'tens'];

const SCALES = '(?:thousands|millions|billions)';
const VAGUE_PLURAL = new RegExp(`(?:${anyInitialCase('tens|hundreds')})${SP}+of${SP}+${SCALES}(?![A-Za-z])|${anyInitialCase('dozens|hundreds|thousands|millions|billions')}(?![A-Za-z])`, 'y');
const VAGUE_SCALE = new RegExp(`(?:hundred|thousand|million|billion|dozen)(?:${SP}+(?:thousand|million|billion))?(?![A-Za-z])`, 'iy');
/** Words that make a bare scale word vague ("several hundred", "a few thousand"). */
const VAGUE_SCALE_PREFIX_BEFORE = new RegExp(`(?:several|a${SP}+few|few|a${SP}+couple${SP}+of)${SP}+`, 'iy');
// "hundreds of kilometres", "billions of dollars", "dozens of hours" are vague amounts of a unit, which no guideline counts.
const UNIT_AFTER = new RegExp(`(?:${SP}+of)?(?:(?:${MEASURE_UNIT_SOURCE})|${SP}+(?:${CURRENCY_WORD_SOURCE}))`, 'y');
// "dozens of times" is a frequency.
const NOT_COUNTED = new Set(['times']);

/** Reads a vague count starting with a plural at `pos` ("dozens", "tens of thousands"). */
export function readVaguePlural(text: string, pos: number, floor: number): FigureMention | null {
  VAGUE_PLURAL.lastIndex = pos;
  return VAGUE_PLURAL.test(text) ? vagueCount(text, pos, VAGUE_PLURAL.lastIndex, floor) : null;
}

/** Reads a vague count whose scale word is at `pos` ("several hundred", "a few thousand"). */
export function readVagueScale(text: string, pos: number, floor: number): FigureMention | null {
  VAGUE_SCALE.lastIndex = pos;
  if (!VAGUE_SCALE.test(text)) return null;
  const prefix = prefixBefore(text, pos, floor, VAGUE_SCALE_PREFIX_BEFORE);
  return prefix ? vagueCount(text, prefix.start, VAGUE_SCALE.lastIndex, floor) : null;
}

function vagueCount(text: string, start: number, end: number, floor: number): FigureMention | null {
  // "the Thousand Islands".
  if (isCapitalizedMidSentence(text, start)) return null;
  UNIT_AFTER.lastIndex = end;
  if (UNIT_AFTER.test(text)) return null;
  const unit = countNounAfter(text, end, false);
  if (unit === null || NOT_COUNTED.has(unit)) return null;
  const qualifier = prefixBefore(text, start, floor, QUALIFIER_BEFORE);
  const from = qualifier?.start ?? start;
  return { start: from, end, text: text.slice(from, end), type: 'count', value: null, qualifier: qualifier?.word ?? null, unit };
}
