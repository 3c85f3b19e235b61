/** Words written just before a number that belong to the figure ("at least", "between", "late", "US"). */

import { SP } from './regex-parts';
import { CURRENCY_CODE_BEFORE_SOURCE, DOLLAR_PREFIXES } from './unit-tables';

// Enough words for the longest prefix ("no more than", "the age of").
const MAX_WORDS = 3;

/** A prefix found right before a position: where it starts and its first capture, lower-cased. */
export interface Prefix {
  start: number;
  word: string;
}

// Alternatives are tried at word starts, so a longer phrase needs no special ordering against a shorter one starting later.
const QUALIFIERS =
  'approximately|about|around|roughly|nearly|almost|some|an estimated|close to|upwards of|as many as|as few as|as much as|as little as' +
  '|more than|no more than|not more than|fewer than|no fewer than|less than|no less than|at least|at most|up to|just over|just under|well over' +
  '|over|under|below|above|maximum';

/** Qualifiers that a figure's span includes ("approximately 11,000"). */
export const QUALIFIER_BEFORE = new RegExp(`(${QUALIFIERS.replace(/ /g, `${SP}+`)})${SP}+`, 'iy');
/** "between" opening a range ("between 3,000 and 5,000"). */
export const BETWEEN_BEFORE = new RegExp(`(between)${SP}+`, 'iy');
/** The article that turns a bare scale word into an amount ("a thousand"); "several hundred" is vague, so no figure. */
export const SCALE_PREFIX_BEFORE = new RegExp(`(an|a)${SP}+`, 'iy');
/**
 * Part-of-period words before a month or year ("late October", "mid-December", "early 2024", "spring 2023"); the capture is the qualifier,
 * a season has none. "the end of October" is not one: the guidelines mark only the month.
 */
export const PERIOD_BEFORE = new RegExp(`(?:(?:the${SP}+)?(early|late|mid)|(?:spring|summer|autumn|fall|winter)(?:${SP}+of)?|fiscal(?:${SP}+year)?)(?:${SP}+|-)`, 'iy');
/** "the" (optionally with a part-of-period word) before a decade ("the 1990s", "the early 2000s"). */
export const DECADE_PREFIX_BEFORE = new RegExp(`(?:the${SP}+)?(early|late|mid)(?:${SP}+|-)|the${SP}+`, 'iy');
/** Prepositions that make a lone month or an old year read as a date ("in May", "since 1592"). */
export const DATE_PREPOSITION_BEFORE = new RegExp(
  `(in|since|by|until|till|from|of|during|through|before|after|between|and|to|last|next|this|early|late|mid|year)(?:${SP}+|-)`,
  'iy',
);
/**
 * A determiner, with perhaps one lower-case adjective, before an old year used as a modifier ("an 1899 arbitration award", "the disputed
 * 1815 treaty"); "a" is left out, as "a 1500" is read "a fifteen hundred".
 */
export const YEAR_DETERMINER_BEFORE = new RegExp(`(?:the|an|this|that|its|their|his|her)${SP}+(?:[a-z]+${SP}+)?`, 'iy');
/** Letters glued to "$" that name the dollar ("US$", "HK$"); longest first, as a sticky match does not backtrack into "AU" after "A". */
export const DOLLAR_PREFIX_BEFORE = new RegExp(`(${Object.keys(DOLLAR_PREFIXES).sort((a, b) => b.length - a.length).map((prefix) => prefix.replace(/\./g, '\\.')).join('|')})`, 'y');
/** ISO currency code before an amount ("USD 20 million"). */
export const CURRENCY_CODE_BEFORE = new RegExp(`(${CURRENCY_CODE_BEFORE_SOURCE})${SP}?`, 'y');
/** "the", a demonstrative or "all" before a spelled number: a back-reference ("the two countries", "the other three", "all four"), not a new quantity. */
export const BACK_REFERENCE_BEFORE = new RegExp(`(?:the|these|those|all)${SP}+(?:(?:other|remaining|same|latter|former)${SP}+)?`, 'iy');
/** The word that signs a temperature ("minus 12 degrees Celsius"). */
export const MINUS_BEFORE = new RegExp(`minus${SP}+`, 'iy');
/** Words that make a number an age ("men aged 18 to 60", "ages 18 to 60", "at the age of 54"), which the guidelines do not count. */
export const AGE_BEFORE = new RegExp(`(?:aged|ages?(?:${SP}+of)?)${SP}+`, 'iy');
/** The word right before a position, to tell "men over 50" (an age) from "killed over 50". */
export const WORD_BEFORE = new RegExp(`([A-Za-z]+)${SP}+`, 'y');
/** Nouns that make the number after them an identifier, not a quantity ("hull number 5203", "flight 17", "resolution 2231"). */
export const IDENTIFIER_NOUN_BEFORE = new RegExp(
  `(?:number|no\\.|hull|pennant|serial|tail|flight|route|resolution|article|type|model|version|phase|level|category|page|chapter|section|gate|platform|runway|highway|exit|row|seat|room)${SP}+`,
  'y',
);
/** "Retrieved 2 December 2026", "accessed on 3 May": when a cited page was read, page chrome too; only before dates ("retrieved 12 bodies"). */
export const ACCESS_DATE_BEFORE = new RegExp(`(retrieved|accessed)${SP}+(?:on${SP}+)?`, 'iy');
/**
 * Words that open a publication timestamp or copyright line ("Published Apr 02, 2025", "Posted On: 19 NOV", "last edited on",
 * "Embargoed until", "© 2025"), perhaps with an abbreviated weekday ("Posted Tue 1 Dec 2026"): page chrome.
 */
export const PUBLICATION_BEFORE = new RegExp(
  `(published|updated|update|posted|modified|edited|issued|embargoed|copyright|©)${SP}*(?::${SP}*)?(?:(?:on|at|until)${SP}*(?::${SP}*)?)?` +
    `(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\\.?,?${SP}+)?`,
  'iy',
);

/** Matches the sticky `pattern` from a word start before `pos` so that it ends exactly at `pos`, never reaching before `floor`; the longest match wins. */
export function prefixBefore(text: string, pos: number, floor: number, pattern: RegExp): Prefix | null {
  // Word starts up to MAX_WORDS back: trying the pattern only there is much cheaper than an end-anchored search.
  // Character codes, not one-character strings and regexes: this runs several times for every figure.
  const starts: number[] = [];
  let at = pos;
  while (starts.length < MAX_WORDS) {
    while (at > floor && isSeparator(text.charCodeAt(at - 1))) at--;
    const wordEnd = at;
    while (at > floor && isWordChar(text.charCodeAt(at - 1))) at--;
    if (at === wordEnd || (at > 0 && isAsciiLetterOrDigit(text.charCodeAt(at - 1)))) break;
    starts.push(at);
  }
  for (let i = starts.length - 1; i >= 0; i--) {
    pattern.lastIndex = starts[i];
    const match = pattern.exec(text);
    if (match && pattern.lastIndex === pos) return { start: starts[i], word: (match[1] ?? '').toLowerCase().replace(/\s+/g, ' ') };
  }
  return null;
}

/** Space, tab, no-break space, hyphen or colon ("Published: Apr 02"), which separate the words of a prefix. */
function isSeparator(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 45 || code === 58;
}

/** ASCII letters and ".", and "©", which counts as a word so a copyright line can be recognized as a prefix. */
function isWordChar(code: number): boolean {
  return isAsciiLetter(code) || code === 46 || code === 0xa9;
}

function isAsciiLetterOrDigit(code: number): boolean {
  return isAsciiLetter(code) || (code >= 48 && code <= 57);
}

function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}
