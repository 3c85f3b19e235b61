/** Tells numbers that are quantities from numbers inside names, codes, URLs, list markers and page chrome. */

import { endsWithCitationMarker } from './non-quantity-guards';

const ALNUM = /[A-Za-z0-9_]/;
// Joiners that glue a number to what precedes it: "Su-25", "v1.2", "10:30", "#3", "id=42", "+82".
const GLUE_BEFORE = new Set(['-', '/', '.', ':', '#', '=', '@', '&', '?', '~', '\\', '_', '+', '−']);
const BULLETS = '•·▪◦‣*-–—';
const CLOCK_AFTER = /[ \t\u00a0]?(?:[ap]\.m\.|[AaPp][Mm]\b|GMT\b|UTC\b)/y;
const TIMESTAMP_AFTER = /,?[ \t\u00a0]+\d{1,2}:\d{2}(?!\d)/y;
const CLOCK_BEFORE = /\d{1,2}:\d{2}(?:[ \t\u00a0]?(?:[AaPp]\.?[Mm]\.?|GMT|UTC|[A-Z]{2,3}T)){0,2},?[ \t\u00a0]+$/;
const TOKEN_RUN = /(?:[A-Za-z0-9_]|[-.,:/+](?=[A-Za-z0-9]))+/y;

// Capitalized words that may precede a figure; any other capitalized word marks a designator ("Article 5", "Top 10", "Boeing 747").
const CAPITALIZED_FUNCTION_WORDS = new Set(
  ('The A An In On At By Of Since From To Until Till For With And Or But Only Just Some About Around Over Under Nearly Almost Approximately ' +
    'Roughly Estimated More Less Fewer Least Most Than Another All Its Their Our His Her Those These This That Between Up Also After Before ' +
    'During Through Throughout Within Last Next Every Each When Where While As If Because Although Another Below Above Of Whereas Including Among ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday I We They He She It DOB')
    .split(' '),
);
const ABBREVIATIONS_BEFORE_NUMBERS = new Set(['No', 'Nos', 'Vol', 'Art', 'p', 'pp', 'Fig', 'Ch', 'Sec', 'Para', 'Rev', 'Ex', 'Gen', 'Lt', 'Col', 'Maj', 'Sgt', 'Capt']);

/** True when the character before `pos` glues the number at `pos` to a preceding token ("Su-25", "G20", "x.com/2024"). */
export function isGluedBefore(text: string, pos: number): boolean {
  if (pos === 0) return false;
  const before = text[pos - 1];
  if (ALNUM.test(before)) return true;
  // "mid-2024" is a period, not a code.
  if (before === '-' && /(?<![A-Za-z])mid$/i.test(text.slice(Math.max(0, pos - 5), pos - 1))) return false;
  return GLUE_BEFORE.has(before) && pos >= 2 && /\S/.test(text[pos - 2]);
}

/** True when the figure ending at `end` continues as a code or time ("3.1.2", "10:30", "24/7", "3-1", "2019-nCoV"). */
export function isGluedAfter(text: string, end: number): boolean {
  const next = text[end];
  if (next === undefined) return false;
  if (ALNUM.test(next)) return true;
  return /[-.,:/]/.test(next) && /[A-Za-z0-9]/.test(text[end + 1] ?? '');
}

/** True when a date or measure ending at `end` runs into a code; unlike counts, they may lead a hyphenated word ("1950s-era", "180-km-wide"). */
export function isCompoundGluedAfter(text: string, end: number): boolean {
  return isGluedAfter(text, end) && !(text[end] === '-' && /[A-Za-z]/.test(text[end + 1] ?? ''));
}

/** True when a number is a clock time ("3 a.m.", "11 pm"). */
export function isClockTime(text: string, end: number): boolean {
  CLOCK_AFTER.lastIndex = end;
  return CLOCK_AFTER.test(text);
}

/** True when a date ending at `end` is followed by a clock time ("Apr 02, 2025, 06:41 PM"), as in publication timestamps. */
export function isTimestamp(text: string, end: number): boolean {
  TIMESTAMP_AFTER.lastIndex = end;
  return TIMESTAMP_AFTER.test(text);
}

/** True when a date starting at `start` comes right after a clock time ("Published 12:04 GMT, 3 May 2024"), as in publication timestamps. */
export function followsClockTime(text: string, start: number, floor: number): boolean {
  return CLOCK_BEFORE.test(text.slice(Math.max(floor, start - 16), start));
}

/** Offset just past the code-like token starting at `pos`, so a rejected "AN-124" is skipped whole. */
export function endOfToken(text: string, pos: number): number {
  TOKEN_RUN.lastIndex = pos;
  return TOKEN_RUN.test(text) ? TOKEN_RUN.lastIndex : pos + 1;
}

/** True for a number alone on its line or opening a list item ("  • -2", "+1", "3. Item"), as in page font-size menus. */
export function isLineChrome(text: string, start: number, end: number): boolean {
  let before = start - 1;
  while (before >= 0 && (text[before] === ' ' || text[before] === '\t' || text[before] === '+' || text[before] === '-' || text[before] === '−')) before--;
  if (before >= 0 && BULLETS.includes(text[before])) before--;
  while (before >= 0 && (text[before] === ' ' || text[before] === '\t')) before--;
  if (before >= 0 && text[before] !== '\n' && text[before] !== '\r') return false;
  let after = end;
  if ((text[after] === '.' || text[after] === ')') && end - start <= 2 && (text[after + 1] === ' ' || text[after + 1] === '\t')) return true;
  while (after < text.length && (text[after] === ' ' || text[after] === '\t')) after++;
  return after === text.length || text[after] === '\n' || text[after] === '\r';
}

/** True when the number at `pos` follows a capitalized word that names something ("Article 5", "Top 10", "Boeing 747"). */
export function followsNameWord(text: string, pos: number): boolean {
  if (pos < 2 || text[pos - 1] !== ' ') return false;
  let wordStart = pos - 1;
  // Accented letters belong to the word ("Base Aérienne 101").
  while (wordStart > 0 && /[\p{L}.]/u.test(text[wordStart - 1])) wordStart--;
  const word = text.slice(wordStart, pos - 1);
  if (!/^\p{Lu}/u.test(word)) return false;
  if (word.endsWith('.')) return ABBREVIATIONS_BEFORE_NUMBERS.has(word.slice(0, -1));
  return !CAPITALIZED_FUNCTION_WORDS.has(word);
}

/** True when a capitalized spelled number sits mid-sentence, so it is part of a name ("Group of Seven", "Big Three"). */
export function isCapitalizedMidSentence(text: string, pos: number): boolean {
  if (!/[A-Z]/.test(text[pos])) return false;
  let before = pos - 1;
  while (before >= 0 && (text[before] === ' ' || text[before] === '\t' || text[before] === '"' || text[before] === '“' || text[before] === '(' || text[before] === '‘' || text[before] === "'")) before--;
  // A dateline dash ("WASHINGTON — Today") and a citation marker ("...in 2023.[4] Five") end what comes before, as a full stop does.
  return before >= 0 && !/[.!?:\n\r•—–]/.test(text[before]) && !endsWithCitationMarker(text, before + 1);
}

/** True when a free-standing minus sign precedes `pos` ("-20 degrees"), inside the region starting at `floor`. */
export function hasMinusSign(text: string, pos: number, floor: number): boolean {
  return pos - 1 >= floor && (text[pos - 1] === '-' || text[pos - 1] === '−') && (pos - 2 < 0 || /[\s(]/.test(text[pos - 2]));
}
