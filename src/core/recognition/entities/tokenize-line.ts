import { CUE_WORDS } from './cue-words';
import { ORGANIZATION_NAMES } from './organization-words';
import { PLACE_NAMES } from './place-names';
import { DEMONYMS } from './ordinary-words';

/** A word of one line; offsets are relative to the line. */
export interface Token {
  start: number;
  /** End of the word, before any possessive `'s`. */
  end: number;
  /** `text.slice(start, end)` of the line. */
  text: string;
  /** Lower-case form used for lexicon look-ups. */
  lower: string;
  /** Followed by `'s`, `’s` or a bare plural apostrophe. */
  possessive: boolean;
  /** Starts like a name: upper-case letter, digit-bearing designator, or an Arabic article (`al-`, `el-`, `ez-`, `ed-`). */
  capitalized: boolean;
  /** Two or more letters, all upper-case (NIS, ATACMS, ICBMs). */
  acronym: boolean;
  /** Letters then digits (Su-25, AN-124, KN-23, Shahed-136). */
  designator: boolean;
  /** Ordinal number (11th, 3rd). */
  ordinal: boolean;
  /** The characters between the previous token's end (possessive included) and this start. */
  gap: string;
  /** First token of a sentence (after line start, terminal punctuation, an opening quote or a bullet). */
  sentenceStart: boolean;
}

/** Combining marks belong to the word: a decomposed "François" (c + U+0327) is one word, not "Franc". */
const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;
/** Per UTF-16 code unit: 0 not yet tested, 1 letter or digit, 2 neither; quotes and dashes are frequent and the test is slow. */
const NON_ASCII_WORD_CODES = new Uint8Array(0x10000);
const UPPER = /^\p{Lu}/u;
const ACRONYM = /^\p{Lu}[\p{Lu}&.]*\p{Lu}\.?s?$/u;
const DESIGNATOR = /^\p{Lu}[\p{L}]*-?\d+[\p{L}\d]*(?:-[\p{L}\d]+)*$/u;
const ORDINAL = /^\d+(?:st|nd|rd|th)$/;
const NAME_PARTICLE = /^(?:al|el|ad|as|ash|an|ar|at|az|ez|es|ed|er|et|en|ath|adh|ul|ud)-\p{Lu}/u;
/** Designator-shaped words that are not equipment. */
const NOT_DESIGNATOR = /^(?:G\d+|COVID-\d+|Covid-\d+|MH\d+|[A-Z]\d)$/;
/** Abbreviations whose period belongs to the word ("Rep.", "Gen.", "Oct.", "U.S.", "S."). */
const PERIOD_WORDS = new Set([
  'rep', 'reps', 'sen', 'gen', 'gov', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'brig', 'mr', 'mrs', 'ms', 'dr', 'prof', 'rev',
  'spc', 'pfc', 'cpl', 'pvt', 'cmdr', 'cdr', 'sra', 'amn', 'ens', 'cmdt', 'insp', 'supt', 'cpt',
  'st', 'jr', 'sr', 'no', 'vs', 'inc', 'corp', 'co', 'ltd', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec', 'mt', 'ft',
  // U.S. states as wire datelines and releases abbreviate them ("TAMPA, Fla."), those that are no common word or name.
  'ala', 'ariz', 'calif', 'colo', 'conn', 'fla', 'kans', 'ky', 'mich', 'minn', 'mont', 'neb', 'nev', 'okla', 'tenn', 'tex', 'wis', 'wyo',
]);
/**
 * Lower-case ASCII cue words by their hash as `plainQuietLength` computes it, so a cue word is found without slicing it:
 * an open-addressing table of typed arrays, since most words are no cue word and an empty slot rules them out faster
 * than a map look-up. A slot holds the full hash and the cue's index + 1 in CUE_LIST (0 for an empty slot). About 400
 * cues in 4,096 slots leave nine in ten empty in a 24 KB table, a fifteenth of the 64K-slot one, so it stays in cache.
 */
const CUE_LIST: string[] = [];
const CUE_SLOT_MASK = 0xfff;
const CUE_SLOT_HASHES = new Int32Array(CUE_SLOT_MASK + 1);
const CUE_SLOT_WORDS = new Uint16Array(CUE_SLOT_MASK + 1);
for (const word of CUE_WORDS) {
  if (/^[a-z]+$/.test(word)) {
    const hash = hashOf(word, 0, word.length);
    const known = cueIndexByHash(hash);
    if (known >= 0) {
      throw new Error(`cue words "${word}" and "${CUE_LIST[known]}" share a hash`);
    }
    let slot = hash & CUE_SLOT_MASK;
    while (CUE_SLOT_WORDS[slot] !== 0) {
      slot = (slot + 1) & CUE_SLOT_MASK;
    }
    CUE_LIST.push(word);
    CUE_SLOT_HASHES[slot] = hash;
    CUE_SLOT_WORDS[slot] = CUE_LIST.length;
  }
}
/**
 * Cue words that rules read only right next to a name ("in Kursk", "Ministry of the Interior", "by Reuters"). Away
 * from names they get no token, which spares a sixth of all tokens; the words around them then have a wider gap.
 */
const FUNCTION_WORDS = new Set(['the', 'and', 'of', 'for', 'on', 'in', 'to', 'at', 'from', 'by']);
/** Per cue of CUE_LIST, whether it is a function word: read by index, for every cue word of the text. */
const CUE_IS_FUNCTION_WORD = CUE_LIST.map((word) => FUNCTION_WORDS.has(word));
/** Per UTF-16 code unit, 1 for the marks after which a sentence starts: a typed-array read, not a set look-up per token. */
const SENTENCE_OPENERS = new Uint8Array(0x10000);
for (const mark of '.!?:;"“”‘\'([•*#>–—|') {
  SENTENCE_OPENERS[mark.charCodeAt(0)] = 1;
}

/** What a word's spelling alone says: worked out once per distinct word and shared by all its tokens. */
interface WordShape {
  /** The word as a flat string of its own (one byte per character when it can be), never a slice of a line. */
  text: string;
  lower: string;
  capitalized: boolean;
  acronym: boolean;
  designator: boolean;
  ordinal: boolean;
  /** `isQuiet`: no token. */
  quiet: boolean;
  /** `takesPeriod`: a period right after it belongs to the word. */
  takesPeriod: boolean;
  /** The names a hyphenated word splits into ("Russia-Ukraine"), or null when it stays one token. */
  parts: { shape: WordShape; offset: number }[] | null;
}

/**
 * Words seen before, by the hash `hashStep` makes of their code units: an open-addressing table found without slicing
 * the line. A name recurs through an article, so most tokens reuse a shape instead of slicing, lower-casing (ICU for
 * text with curly quotes) and pattern-testing the word again; and the shared strings are hashed once for every set
 * look-up the rules make with them, and kept once however many candidates hold them. Emptied when half full.
 */
const SHAPE_SLOT_MASK = 0x3fff;
const MAX_SHAPES = (SHAPE_SLOT_MASK + 1) >> 1;
const SHAPE_SLOT_HASHES = new Int32Array(SHAPE_SLOT_MASK + 1);
const SHAPE_SLOTS: (WordShape | undefined)[] = new Array(SHAPE_SLOT_MASK + 1).fill(undefined);
let shapeCount = 0;

/** The tokens of one line, and how many words of four or more letters it has (for telling headings). */
export interface TokenizedLine {
  /** Tokens of names, ordinals and cue words only: a skipped word between two tokens shows in the second one's `gap`. */
  tokens: Token[];
  longWords: number;
}

/**
 * Splits one line (no line breaks) into word tokens with the shape flags the chunker needs. Ordinary lower-case
 * words and plain numbers get no token: no rule looks at them, and they are most of the text.
 */
export function tokenizeLine(line: string): TokenizedLine {
  const tokens: Token[] = [];
  let longWords = 0;
  let previousEnd = 0;
  let previousAbbreviation = false;
  /** The token of the word just before, if it got one. */
  let previousWord: Token | undefined;
  // Read once: lines come in several string representations, which can make each `line.length` a slow generic load.
  const length = line.length;
  let index = 0;
  while (index < length) {
    if (!isWordCode(line.charCodeAt(index))) {
      index++;
      continue;
    }
    const start = index;
    // Most words are lower-case ASCII: one pass finds where they end and hashes them, without making a string.
    // No read past the line's end, here or below: charCodeAt would return NaN, but the optimized code then falls back
    // to calling the slow built-in for every character.
    let hash = 0;
    for (let code = line.charCodeAt(index); code >= 97 && code <= 122; code = index < length ? line.charCodeAt(index) : 0) {
      hash = hashStep(hash, code);
      index++;
    }
    if (index > start && !continuesWord(line, index)) {
      longWords += index - start >= 4 ? 1 : 0;
      // "the", "of", "in", "said": a fifth of all words, so they skip the checks that names need.
      const cue = cueIndexByHash(hash);
      const word = cue >= 0 && isTextAt(CUE_LIST[cue], line, start, index) ? CUE_LIST[cue] : undefined;
      if (word !== undefined && (!CUE_IS_FUNCTION_WORD[cue] || isNameLike(previousWord) || nextWordMayBeName(line, index))) {
        const possessive = word.charCodeAt(word.length - 1) === 115 && isPluralPossessive(line, index);
        previousWord = makeCueToken(word, start, line.slice(previousEnd, start), opensSentence(line, start, previousAbbreviation), possessive);
        tokens.push(previousWord);
        previousEnd = possessive ? index + 1 : index;
      } else {
        previousWord = undefined;
      }
      previousAbbreviation = false;
      continue;
    }
    index = wordEnd(line, index);
    const plain = plainQuietLength(line, start, index);
    if (plain >= 0) {
      longWords += plain >= 4 ? 1 : 0;
      previousAbbreviation = false;
      previousWord = undefined;
      continue;
    }
    let after = index;
    let shape: WordShape;
    let possessive = false;
    const last = line.charCodeAt(index - 1);
    const beforeLast = index - start > 1 ? line.charCodeAt(index - 2) : 0;
    if ((last === 115 || last === 83) && (beforeLast === 39 || beforeLast === 0x2019)) {
      shape = shapeAt(line, start, index - 2);
      possessive = true;
    } else if (last === 115 && isPluralPossessive(line, after)) {
      shape = shapeAt(line, start, index);
      possessive = true;
      after++;
    } else {
      shape = shapeAt(line, start, index);
      if (after < length && line.charCodeAt(after) === 46 && shape.takesPeriod) {
        shape = shapeAt(line, start, index + 1);
        after++;
      }
    }
    const word = shape.text;
    const sentenceStart = !shape.quiet && opensSentence(line, start, previousAbbreviation);
    previousAbbreviation = !possessive && word.charCodeAt(word.length - 1) === 46;
    if (shape.quiet) {
      if (word.length >= 4 && word.charCodeAt(0) >= 97) {
        longWords++;
      }
      previousWord = undefined;
      continue;
    }
    const gap = line.slice(previousEnd, start);
    const firstNew = tokens.length;
    if (shape.parts !== null) {
      for (const part of shape.parts) {
        tokens.push(makeToken(part.shape, start + part.offset, part.offset === 0 ? gap : '-', part.offset === 0 && sentenceStart));
      }
    } else {
      tokens.push(makeToken(shape, start, gap, sentenceStart));
    }
    previousWord = tokens[tokens.length - 1];
    previousWord.possessive = possessive;
    previousEnd = after;
    for (let kept = firstNew; kept < tokens.length; kept++) {
      // Kept words are names, cue words or ordinals: all but ordinals start with a letter.
      const text = tokens[kept].text;
      longWords += text.length >= 4 && !isDigitOrPoint(text.charCodeAt(0)) ? 1 : 0;
    }
  }
  return { tokens, longWords };
}

/**
 * Length of `line[start, end)` without a possessive when it is lower-case ASCII letters and no cue word ("soldiers'"),
 * 0 for a plain number, else -1: words the caller's lower-case pass did not settle, ruled out without making a string.
 */
function plainQuietLength(line: string, start: number, end: number): number {
  let index = start;
  while (index < end && isDigitOrPoint(line.charCodeAt(index))) {
    index++;
  }
  if (index === end) {
    // A plain number ("2024", "3.5") counts as no long word.
    return 0;
  }
  let hash = 0;
  index = start;
  for (; index < end; index++) {
    const code = line.charCodeAt(index);
    if (code < 97 || code > 122) {
      break;
    }
    hash = hashStep(hash, code);
  }
  const possessive = index === end - 2 && (line[index] === "'" || line[index] === '’') && line.charCodeAt(index + 1) === 115;
  if (index === start || (index < end && !possessive) || cueIndexByHash(hash) >= 0) {
    return -1;
  }
  return index - start;
}

/** Index in CUE_LIST of the cue word with this hash, or -1. */
function cueIndexByHash(hash: number): number {
  for (let slot = hash & CUE_SLOT_MASK; CUE_SLOT_WORDS[slot] !== 0; slot = (slot + 1) & CUE_SLOT_MASK) {
    if (CUE_SLOT_HASHES[slot] === hash) {
      return CUE_SLOT_WORDS[slot] - 1;
    }
  }
  return -1;
}

function hashStep(hash: number, code: number): number {
  return (Math.imul(hash, 31) + code) | 0;
}

function hashOf(text: string, start: number, end: number): number {
  let hash = 0;
  for (let index = start; index < end; index++) {
    hash = hashStep(hash, text.charCodeAt(index));
  }
  return hash;
}

function isDigitOrPoint(code: number): boolean {
  return (code >= 48 && code <= 57) || code === 46;
}

/** A lower-case word no rule looks at, or a plain number. */
function isQuiet(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code >= 48 && code <= 57) {
    return !ORDINAL.test(word);
  }
  if (code < 97 || code > 122) {
    return false;
  }
  return !CUE_WORDS.has(word.toLowerCase()) && !(word.includes('-') && NAME_PARTICLE.test(word));
}

/** End of the word starting at `index`: letters and digits, joined inside by apostrophes, hyphens, periods or "&". */
function wordEnd(line: string, index: number): number {
  const length = line.length;
  let end = index;
  for (;;) {
    // ASCII letters and digits are most of a word and continue it whatever follows; the rest asks `continuesWord`.
    let code = line.charCodeAt(end);
    while ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)) {
      code = ++end < length ? line.charCodeAt(end) : 0;
    }
    if (!continuesWord(line, end)) {
      return end;
    }
    end++;
  }
}

/** Whether the word goes on at `index`: a letter or digit, or a joiner before one. */
function continuesWord(line: string, index: number): boolean {
  if (index >= line.length) {
    return false;
  }
  const code = line.charCodeAt(index);
  return isWordCode(code) || (index + 1 < line.length && isInnerJoiner(code) && isWordCode(line.charCodeAt(index + 1)));
}

/** Apostrophes, hyphen, period and "&", which join letters into one word. */
function isInnerJoiner(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 45 || code === 46 || code === 38;
}

function isWordCode(code: number): boolean {
  if (code < 128) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  }
  let known = NON_ASCII_WORD_CODES[code];
  if (known === 0) {
    known = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 2;
    NON_ASCII_WORD_CODES[code] = known;
  }
  return known === 1;
}

function isNameLike(token: Token | undefined): boolean {
  return token !== undefined && (token.capitalized || token.designator || token.ordinal || token.acronym);
}

/** Whether the next word could start a name: not lower-case ASCII, or hyphenated ("al-Qaeda"). */
function nextWordMayBeName(line: string, from: number): boolean {
  const length = line.length;
  let index = from;
  while (index < length && !isWordCode(line.charCodeAt(index))) {
    index++;
  }
  if (index === length) {
    return false;
  }
  const code = line.charCodeAt(index);
  if (code < 97 || code > 122) {
    return true;
  }
  // Read in place: most words after "the" or "of" are plain, and slicing each cost more than the test.
  for (; continuesWord(line, index); index++) {
    if (line.charCodeAt(index) === 45) {
      return true;
    }
  }
  return false;
}

/** A bare apostrophe after a word ending in "s" ("the soldiers' families"); the caller checks the "s". */
function isPluralPossessive(line: string, wordEnd: number): boolean {
  return (line[wordEnd] === '’' || line[wordEnd] === "'") && (wordEnd + 1 >= line.length || !isWordCode(line.charCodeAt(wordEnd + 1)));
}

/** What `makeToken` gives a lower-case ASCII cue word, without its shape tests. */
function makeCueToken(word: string, start: number, gap: string, sentenceStart: boolean, possessive: boolean): Token {
  return {
    start,
    end: start + word.length,
    text: word,
    lower: word,
    possessive,
    capitalized: false,
    acronym: false,
    designator: false,
    ordinal: false,
    gap,
    sentenceStart,
  };
}

function makeToken(shape: WordShape, start: number, gap: string, sentenceStart: boolean): Token {
  return {
    start,
    end: start + shape.text.length,
    text: shape.text,
    lower: shape.lower,
    possessive: false,
    capitalized: shape.capitalized,
    acronym: shape.acronym,
    designator: shape.designator,
    ordinal: shape.ordinal,
    gap,
    sentenceStart,
  };
}

/** Longer words (a pasted URL) are not kept: they rarely recur, and copying them into the table would cost more. */
const MAX_SHAPED_WORD = 64;

/** The shape of the word `source[start, end)`, from the table when the word was seen before. */
function shapeAt(source: string, start: number, end: number): WordShape {
  if (end - start > MAX_SHAPED_WORD) {
    return newShape(source.slice(start, end));
  }
  const hash = hashOf(source, start, end);
  for (let slot = hash & SHAPE_SLOT_MASK; SHAPE_SLOTS[slot] !== undefined; slot = (slot + 1) & SHAPE_SLOT_MASK) {
    const known = SHAPE_SLOTS[slot]!;
    if (SHAPE_SLOT_HASHES[slot] === hash && isTextAt(known.text, source, start, end)) {
      return known;
    }
  }
  // Made before its slot is chosen: a compound's parts may be added to the table (or empty it) on the way.
  const shape = newShape(flatCopy(source, start, end));
  if (shapeCount >= MAX_SHAPES) {
    SHAPE_SLOTS.fill(undefined);
    shapeCount = 0;
  }
  let slot = hash & SHAPE_SLOT_MASK;
  while (SHAPE_SLOTS[slot] !== undefined) {
    slot = (slot + 1) & SHAPE_SLOT_MASK;
  }
  SHAPE_SLOTS[slot] = shape;
  SHAPE_SLOT_HASHES[slot] = hash;
  shapeCount++;
  return shape;
}

function isTextAt(text: string, source: string, start: number, end: number): boolean {
  if (text.length !== end - start) {
    return false;
  }
  for (let index = 0; index < text.length; index++) {
    if (text.charCodeAt(index) !== source.charCodeAt(start + index)) {
      return false;
    }
  }
  return true;
}

/** A copy of `source[start, end)` that shares no memory with the line (a slice would keep the whole document alive). */
function flatCopy(source: string, start: number, end: number): string {
  const codes: number[] = [];
  for (let index = start; index < end; index++) {
    codes.push(source.charCodeAt(index));
  }
  return String.fromCharCode(...codes);
}

function newShape(text: string): WordShape {
  const code = text.charCodeAt(0);
  // Only capitalized and digit-led words need the shape patterns, and cheap character checks rule most of those
  // out before the (slow, Unicode) patterns run.
  const upper = (code >= 65 && code <= 90) || (code >= 128 && UPPER.test(text));
  const designator = upper && hasDigit(text) && DESIGNATOR.test(text) && !NOT_DESIGNATOR.test(text);
  const second = text.length > 1 ? text.charCodeAt(1) : 0;
  return {
    text,
    lower: text.toLowerCase(),
    capitalized: upper || (code >= 97 && code <= 122 && text.includes('-') && NAME_PARTICLE.test(text)),
    acronym: upper && !designator && !(second >= 97 && second <= 122) && ACRONYM.test(text),
    designator,
    ordinal: code >= 48 && code <= 57 && ORDINAL.test(text),
    quiet: isQuiet(text),
    takesPeriod: takesPeriod(text),
    parts: text.includes('-') ? splitCompound(text) : null,
  };
}

function hasDigit(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 48 && code <= 57) {
      return true;
    }
  }
  return false;
}

function takesPeriod(word: string): boolean {
  if (/^\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) {
    return true;
  }
  return PERIOD_WORDS.has(word.toLowerCase()) && UPPER.test(word);
}

function opensSentence(line: string, start: number, previousAbbreviation: boolean): boolean {
  for (let index = start - 1; index >= 0; index--) {
    const code = line.charCodeAt(index);
    if (code !== 32 && code !== 9 && code !== 0xa0) {
      return SENTENCE_OPENERS[code] === 1 && !(code === 46 && previousAbbreviation);
    }
  }
  return true;
}

/** Splits "Russia-Ukraine" or "Reuters-Yonhap" into two names when one side is a known place or organization; else null. */
function splitCompound(word: string): { shape: WordShape; offset: number }[] | null {
  const hyphen = word.indexOf('-');
  if (hyphen <= 0 || !UPPER.test(word) || !UPPER.test(word.slice(hyphen + 1)) || /\d/.test(word)) {
    return null;
  }
  const texts = word.split('-');
  if (!texts.some((text) => isKnownName(text.toLowerCase())) || !texts.every((text) => UPPER.test(text))) {
    return null;
  }
  const parts: { shape: WordShape; offset: number }[] = [];
  let offset = 0;
  for (const text of texts) {
    parts.push({ shape: shapeAt(word, offset, offset + text.length), offset });
    offset += text.length + 1;
  }
  return parts;
}

function isKnownName(lower: string): boolean {
  return PLACE_NAMES.has(lower) || ORGANIZATION_NAMES.has(lower) || DEMONYMS.has(lower) || lower === 'korea';
}
