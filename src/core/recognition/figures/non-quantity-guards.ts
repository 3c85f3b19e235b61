/**
 * Numbers written in documents that are not quantities (guidelines: numbers inside names, identifiers, page chrome): citation
 * markers ("[12]"), telephone numbers ("+32 (0)2 281 6319"), document and record numbers ("Release No. 25-0417",
 * "resolution 1970", IMO "9187342"), formats ("5+2"), end marks ("-30-") and the numbered headings of a contents list.
 */

import { FigureMention } from '../types';
import { IDENTIFIER_NOUN_BEFORE, prefixBefore } from './context-before';
import { endOfMatch } from './read-quantity';

// "[12]", "[3, 4]", "[12–14]": the references of an encyclopedia page.
const CITATION_MARKER = /\[\d{1,3}(?:[,–-][ \t]?\d{1,3})*\]/y;
const PHONE_CUE_BEFORE = /(?:\b(?:tel|telephone|phone|fax|mobile|hotline|call)\.?[ \t\u00a0]*:?[ \t\u00a0]*)$/i;
const MIN_PHONE_DIGITS = 8;
// Short service numbers: "the 112 emergency number", "the free line 113", "the “112” hotline".
const SERVICE_NUMBER_BEFORE = /(?:hotline|helpline|(?:free|emergency|help|hot)[ \t\u00a0]+line|emergency[ \t\u00a0]+number)[ \t\u00a0]+["“]?$/i;
const SERVICE_NUMBER_AFTER = /["”]?[ \t\u00a0]+(?:hotline|helpline|emergency[ \t\u00a0]+(?:number|line|service))(?![A-Za-z])/y;
// A number before a capitalized unit noun is the unit's name: "the Leh-based 14 Corps", "3 Commando Brigade" ("5 Army soldiers" counts).
const NUMBERED_UNIT_AFTER = /[ \t\u00a0]+(?:Corps|Brigade|Division|Battalion|Regiment|Squadron|Fleet|Wing|Commando)(?![A-Za-z])/y;
// A number alone in parentheses after a name is its hull, pennant or unit number: "the patrol ship KN Tanjung (412)".
const NAME_BEFORE_PARENTHESIS = /\p{Lu}[\p{L}.’'-]*[ \t\u00a0]\($/u;
// "05.12.2026" is a day-first date, not a phone number with a trunk zero.
const DOTTED_DATE = /\d{1,2}\.\d{1,2}\.(?:19|20)\d\d(?![\d.]\d)/y;
// Quantities are written with thousands separators; seven digits and more in one run are record numbers ("IMO 9187342").
const MIN_RECORD_DIGITS = 7;
// Labels after which a number, hyphens and all, names a document or record ("Release No. 25-0417", "ID: 2191457", "#12").
// "N°214", "Nº 12": the numero sign as written in French and in briefings' series numbers.
const RECORD_LABEL_BEFORE = /(?:\b(?:No|NO|Nos|Ref|ID)\.?[ \t\u00a0]*:?|#|\bN[°º])[ \t\u00a0]*$/;
const CODE_TOKEN = /\d+(?:[-–/.]\d+)*/y;
// A count that ends in decimals, with no scale word after them.
const DECIMAL_NUMBER_END = /\d\.\d+$/;
// A year that numbers a law ("the Maritime Anti-Piracy Act, 2022") or a copyright line ("© Médecins Sans Frontières 2026").
const LAW_NAME_BEFORE = /\b(?:Act|Law|Code|Ordinance|Decree|Rules|Regulations?),?[ \t\u00a0]$/;
const COPYRIGHT_BEFORE = /^©(?:[ \t\u00a0]+[\p{Lu}][\p{L}.&'’-]*)*[ \t\u00a0]+$/u;
// An abbreviated weekday opens a page timestamp ("Thu 3 Dec 2026 18.02 GMT"); prose spells the day out.
const WEEKDAY_ABBREVIATION_BEFORE = /(?:^|[^A-Za-z])(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?,?[ \t\u00a0]+$/;
// "-bed", "-nation", "-member", then no further hyphen or letter.
const HYPHENATED_NOUN = /^-([a-z]{3,})(?![A-Za-z-])/;
// Multipliers and approximations, not nouns: "a 10-fold rise", "a 40-odd", "a 30-something".
const NOT_COUNT_NOUNS = new Set(['fold', 'odd', 'plus', 'something', 'old']);
// Headings of a contents list: "2 Offensive", "3 Exodus", "4 Role of drones".
const HEADING_REST = /^[ \t]+[A-Z][A-Za-z’'-]*(?:[ \t]+[A-Za-z’'-]+){0,3}[ \t]*$/;

/**
 * Where the identifier, marker or code that the digit at `pos` opens ends, so the scan can skip it whole; -1 for a digit that may
 * start a quantity. Nothing before `floor` is read.
 */
export function endOfNonQuantity(text: string, pos: number, floor: number): number {
  const before = text[pos - 1];
  if (before === '[') return endOfCitationMarker(text, pos - 1);
  // Most numbers end in a space and a word: the digit run decides the cheap cases before any pattern runs.
  let runEnd = pos;
  while (isDigit(text.charCodeAt(runEnd))) runEnd++;
  const next = text[runEnd];
  const phoneLike = isPhoneCharacter(text.charCodeAt(runEnd)) && (isDigit(text.charCodeAt(runEnd + 1)) || text[runEnd + 1] === '(');
  // "(02) 6277 7800": an area code in parentheses opens a phone number too.
  const areaCode = before === '(' && next === ')' && text[runEnd + 1] === ' ' && isDigit(text.charCodeAt(runEnd + 2));
  if (before === '+' || areaCode || (phoneLike && endOfMatch(DOTTED_DATE, text, pos) < 0)) {
    const phoneEnd = endOfPhoneNumber(text, pos, floor);
    if (phoneEnd >= 0) return phoneEnd;
  }
  if (runEnd - pos >= MIN_RECORD_DIGITS) return endOfCode(text, pos);
  if (next === '+' && isDigit(text.charCodeAt(runEnd + 1))) return endOfCode(text, runEnd + 1);
  if (before === '-' && next === '-' && (pos < 2 || /\s/.test(text[pos - 2])) && (runEnd + 1 === text.length || /\s/.test(text[runEnd + 1]))) return runEnd + 1;
  if (before === ' ' || before === ':' || before === '#' || before === '°' || before === 'º') {
    if (isLabelled(text, pos, floor)) {
      const end = endOfCode(text, pos);
      // "phase 1,200 metres" is no phase number.
      return text[end] === ',' && isDigit(text.charCodeAt(end + 1)) ? -1 : end;
    }
  }
  return -1;
}

// A record label ("No.", "ID:", "#"), an identifier noun ("resolution 1970"), a law's name ("Act, 2022") or a copyright line.
function isLabelled(text: string, pos: number, floor: number): boolean {
  if (RECORD_LABEL_BEFORE.test(text.slice(Math.max(floor, pos - 8), pos))) return true;
  const wordEnd = text.charCodeAt(pos - 2);
  if ((wordEnd >= 97 && wordEnd <= 122) || wordEnd === 46) {
    if (prefixBefore(text, pos, floor, IDENTIFIER_NOUN_BEFORE)) return true;
  }
  if ((wordEnd === 44 || wordEnd === 116 || wordEnd === 119 || wordEnd === 101 || wordEnd === 115) && LAW_NAME_BEFORE.test(text.slice(Math.max(floor, pos - 16), pos))) return true;
  const copyright = lastIndexWithin(text, '©', Math.max(floor, pos - 60), pos);
  return copyright >= 0 && COPYRIGHT_BEFORE.test(text.slice(copyright, pos));
}

/** The last `character` in text[from, to), or -1: a bounded lastIndexOf, so a long line is not read back to its start per number. */
function lastIndexWithin(text: string, character: string, from: number, to: number): number {
  for (let i = Math.min(to, text.length) - 1; i >= from; i--) if (text[i] === character) return i;
  return -1;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** True for a citation marker ending right before `pos` ("...in 2023.[4] Five"), after which a new sentence begins. */
export function endsWithCitationMarker(text: string, pos: number): boolean {
  if (text[pos - 1] !== ']') return false;
  const open = lastIndexWithin(text, '[', Math.max(0, pos - 12), pos - 1);
  return open >= 0 && endOfCitationMarker(text, open) === pos;
}

/** True for a figure that reads as a number but counts nothing: a count of a fraction ("License 4.0", "18.02"), of 1, or a contents heading. */
export function isNonQuantityFigure(text: string, figure: FigureMention, floor: number): boolean {
  if (figure.type !== 'count' || typeof figure.value !== 'number') return false;
  // The guidelines count from two up, and nothing is counted in fractions; scaled amounts ("1.2 million") are whole.
  if (figure.value === 1 || DECIMAL_NUMBER_END.test(figure.text)) return true;
  if (figure.unit !== null || !isLineStart(text, figure.start, floor)) return false;
  const end = nearLineEnd(text, figure.end);
  return end >= 0 && HEADING_REST.test(text.slice(figure.end, end));
}

/** True for a bare number in [start, end) that names a service, a unit or a vessel, not a quantity: "the 112 hotline", "14 Corps", "KN Tanjung (412)". */
export function isIdentifierNumber(text: string, start: number, end: number, floor: number): boolean {
  if (text[start - 1] === '(' && text[end] === ')' && NAME_BEFORE_PARENTHESIS.test(text.slice(Math.max(floor, start - 32), start))) return true;
  if (endOfMatch(SERVICE_NUMBER_AFTER, text, end) >= 0 || endOfMatch(NUMBERED_UNIT_AFTER, text, end) >= 0) return true;
  return SERVICE_NUMBER_BEFORE.test(text.slice(Math.max(floor, start - 24), start));
}

/** True for a date right after an abbreviated weekday ("Posted Tue 1 Dec 2026", "Thu 3 Dec 2026"), as page timestamps write them. */
export function followsWeekdayAbbreviation(text: string, start: number, floor: number): boolean {
  return WEEKDAY_ABBREVIATION_BEFORE.test(text.slice(Math.max(floor, start - 6), start));
}

/** The noun of a count written as a compound adjective ("a 300-bed hospital" → "bed", "a 10-nation group"), or null. */
export function hyphenatedCountNoun(text: string, end: number): string | null {
  const noun = HYPHENATED_NOUN.exec(text.slice(end, end + 24))?.[1];
  return noun === undefined || NOT_COUNT_NOUNS.has(noun) ? null : noun;
}

function endOfCitationMarker(text: string, open: number): number {
  return endOfMatch(CITATION_MARKER, text, open);
}

// "+32 (0)2 281 6319", "+31 (0)70 515-9152", "020 7218 7907", "(212) 555-0100", "Tel.: 281 6319 42": enough digits and a country code,
// a trunk zero, an area code in parentheses or a cue.
function endOfPhoneNumber(text: string, pos: number, floor: number): number {
  const plus = text[pos - 1] === '+';
  const start = plus ? pos - 1 : pos;
  let end = pos;
  let digits = 0;
  let groups = 1;
  for (let code = text.charCodeAt(end); isPhoneCharacter(code); code = text.charCodeAt(end)) {
    const nextCode = text.charCodeAt(end + 1);
    if (isDigit(code)) digits++;
    else {
      if (isDigit(nextCode)) groups++;
      // Two separators in a row end the number, unless they are a trunk "(0)" or a ") " after it.
      else if (code !== 40 && code !== 41 && nextCode !== 40) break;
    }
    end++;
  }
  while (end > pos && !isDigit(text.charCodeAt(end - 1)) && text[end - 1] !== ')') end--;
  if (digits < MIN_PHONE_DIGITS || groups < 2) return -1;
  const trunk = text[pos] === '0' || text.slice(pos, end).includes('(0)');
  const areaCode = text[pos - 1] === '(';
  return plus || trunk || areaCode || PHONE_CUE_BEFORE.test(text.slice(Math.max(floor, start - 16), start)) ? end : -1;
}

// Digits, space, tab, no-break space, "(", ")", "+", "-", ".".
function isPhoneCharacter(code: number): boolean {
  return isDigit(code) || code === 32 || code === 9 || code === 0xa0 || code === 40 || code === 41 || code === 43 || code === 45 || code === 46;
}

function endOfCode(text: string, pos: number): number {
  const end = endOfMatch(CODE_TOKEN, text, pos);
  return end >= 0 ? end : pos + 1;
}

function isLineStart(text: string, pos: number, floor: number): boolean {
  let at = pos - 1;
  while (at >= floor && (text[at] === ' ' || text[at] === '\t')) at--;
  return at < floor || text[at] === '\n' || text[at] === '\r';
}

/** Longest rest of a heading line read; a longer rest is no heading (and a long line is not read to its end per number). */
const HEADING_REST_LIMIT = 120;

/** End of the line holding `pos` when it ends within HEADING_REST_LIMIT characters, else -1. */
function nearLineEnd(text: string, pos: number): number {
  const limit = Math.min(text.length, pos + HEADING_REST_LIMIT);
  for (let i = pos; i < limit; i++) if (text[i] === '\n' || text[i] === '\r') return i;
  return limit === text.length ? limit : -1;
}
