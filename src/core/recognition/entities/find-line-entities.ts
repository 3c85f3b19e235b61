import type { EntityType } from '../types';
import { chunkLine } from './chunk-line';
import { classifyChunk, type Confidence, type LineContext, type Piece } from './classify-chunk';
import { EVENT_ADJECTIVES, EVENT_FOLLOWERS, EXERCISE_ADJECTIVES, EXERCISE_NOUNS } from './event-words';
import { findEquipmentClasses } from './find-equipment-classes';
import { matchAbbreviation } from './match-abbreviation';
import { acronymLetters, normalizeName } from './normalize-name';
import { ORGANIZATION_HEADS } from './organization-words';
import { tokenizeLine, type Token } from './tokenize-line';

/** An entity as one line sees it; offsets are relative to the line. The document pass settles type and key. */
export interface EntityCandidate {
  start: number;
  end: number;
  text: string;
  type: EntityType | null;
  confidence: Confidence;
  /** `normalizeName(text)`, computed once per line. */
  name: string;
  /** Upper-case letters when the candidate is a lone acronym ("NIS", "ICBMs" → "ICBM"), else null. */
  acronym: string | null;
  /**
   * Set on an acronym in parentheses right after its long form, "National Intelligence Service (NIS)":
   * the long form's candidate, or null when the long form is ordinary words ("prisoners of war (POWs)");
   * undefined on every other candidate.
   */
  longForm: EntityCandidate | null | undefined;
}

const MAX_EXTRA_LONG_FORM_WORDS = 5;
/** Countries whose name qualifies their institutions ("U.S. State Department"), in every spelling. */
const ATTRIBUTIVE_COUNTRIES = new Set(['u.s.', 'us', 'united states', 'u.k.', 'uk', 'united kingdom']);
const BYLINE = /^\s*By\s+\p{Lu}/u;
const MAX_BYLINE = 120;
/** "KYIV, Ukraine —", "DOHA, Jan. 12 (Reuters) -", "MANILA (AP) —": an upper-case place (and its region) opening a story. */
const DATELINE = /^(\p{Lu}[\p{Lu}'’.-]+(?: \p{Lu}[\p{Lu}'’.-]+)*(?:,\s+[^—–(]{1,40}?)?)(?=\s*\([^)]{1,20}\)\s*[—–-]|\s+[—–-]\s)/u;
/**
 * Lines pasted from a web page around the article: share bars, font controls, copyright and legal lines, subscription
 * prompts, and numbered headline lists ("Most Read": "2. Storm batters coast", no final period). They are short, and
 * only short lines are tested.
 */
const FURNITURE_LINE =
  /\bshare button\b|^\W*font-size\W*$|©|\bcopyright\b|\ball rights reserved\b|\bterms of (?:use|service)\b|\bprivacy policy\b|\bcookie settings\b|\bsubscribe\b|\bsign up\b|\bnewsletter\b|^join\b.*\bchannel\b|^\s*\d{1,2}[.)]\s+[^.!?]*[^.!?:"”\s]\s*$/i;
const MAX_FURNITURE_LINE = 160;
const MAX_MENU_LINE = 200;
const MENU_SEPARATOR = /\s*\|\s*|\s{2,}/;
const MIN_MENU_ITEMS = 3;
const MAX_MENU_ITEM_WORDS = 3;
const LIST_SEPARATORS = new Set([', ', ' and ', ', and ', ' or ', ', or ']);
const MIN_LIST_ITEMS = 3;
const MAX_LIST_SEPARATOR = 6;

/** Finds entity candidates in one line (text without line breaks). */
export function findLineEntities(line: string): EntityCandidate[] {
  if (line.length <= MAX_FURNITURE_LINE && FURNITURE_LINE.test(line)) {
    return [];
  }
  if (isMenuLine(line)) {
    return [];
  }
  const { tokens, longWords } = tokenizeLine(line);
  const chunks = chunkLine(tokens);
  let pieces: Piece[] = [];
  // Most lines of prose have names; the rest (empty lines, "it said on Monday") skip the name rules.
  if (chunks.length > 0) {
    const context: LineContext = {
      line,
      tokens,
      titleCase: isTitleCase(tokens, longWords, line),
      byline: line.length <= MAX_BYLINE && BYLINE.test(line),
      datelineEnd: DATELINE.exec(line)?.[1].length ?? -1,
    };
    for (const chunk of chunks) {
      pieces.push(...classifyChunk(chunk, context));
    }
    pieces = mergeEvents(mergeQualifiedOrganizations(mergePossessiveOrganizations(pieces, tokens), tokens), tokens).map((found) => retypeExercise(found, tokens));
    typeListedPlaces(pieces, line);
  }
  const owners: (Piece | undefined)[] = new Array(tokens.length);
  for (const owned of pieces) {
    owners.fill(owned, owned.firstToken, owned.endToken);
  }
  const classes = findEquipmentClasses(tokens, owners);
  if (classes.length > 0) {
    pieces = [...pieces.filter((named) => !classes.some((found) => found.start <= named.start && named.end <= found.end)), ...classes];
    pieces.sort((a, b) => a.start - b.start);
  }
  return linkAbbreviations(pieces, tokens, line);
}

/** "HOME | NEWS | ASIA", "World  Middle East  Business": three or more short items split by bars or wide spaces. */
function isMenuLine(line: string): boolean {
  if (line.length > MAX_MENU_LINE || (!line.includes('|') && !line.includes('  '))) {
    return false;
  }
  const items = line.split(MENU_SEPARATOR).filter((item) => item.length > 0);
  return items.length >= MIN_MENU_ITEMS && items.every((item) => item.split(' ').length <= MAX_MENU_ITEM_WORDS && !/[.!?]$/.test(item));
}

/**
 * "in Lviv, Khmelnytskyi, Zhytomyr and Kharkiv": in a list of three or more names, mostly places, the names no rule
 * typed surely are places too. Two-item lists are left alone ("Russia and Putin").
 */
function typeListedPlaces(pieces: Piece[], line: string): void {
  let first = 0;
  while (first + MIN_LIST_ITEMS <= pieces.length) {
    let end = first + 1;
    while (end < pieces.length && separatesListItems(line, pieces[end - 1].end, pieces[end].start)) {
      end++;
    }
    let places = 0;
    for (let index = first; index < end; index++) {
      places += pieces[index].type === 'place' ? 1 : 0;
    }
    if (end - first >= MIN_LIST_ITEMS && places * 2 >= end - first) {
      for (let index = first; index < end; index++) {
        if (pieces[index].type !== 'place' && pieces[index].confidence <= 1) {
          pieces[index] = { ...pieces[index], type: 'place', confidence: 2 };
        }
      }
    }
    first = end;
  }
}

function separatesListItems(line: string, start: number, end: number): boolean {
  return end - start <= MAX_LIST_SEPARATOR && LIST_SEPARATORS.has(line.slice(start, end));
}

/** Joins each piece with the one before it when `join` returns the joined piece (it keeps the type it returns). */
function mergeAdjacent(pieces: Piece[], join: (previous: Piece, current: Piece) => Piece | undefined): Piece[] {
  const merged: Piece[] = [];
  for (const current of pieces) {
    const previous = merged[merged.length - 1];
    const joined = previous === undefined ? undefined : join(previous, current);
    if (joined) merged[merged.length - 1] = joined;
    else merged.push(current);
  }
  return merged;
}

/** "National Assembly’s Intelligence Committee": an organization's own organ is one name. */
function mergePossessiveOrganizations(pieces: Piece[], tokens: readonly Token[]): Piece[] {
  return mergeAdjacent(pieces, (previous, current) =>
    previous.type === 'organization' &&
    current.type === 'organization' &&
    previous.endToken === current.firstToken &&
    tokens[previous.endToken - 1].possessive &&
    tokens[current.firstToken].gap === ' ' &&
    ORGANIZATION_HEADS.has(tokens[current.endToken - 1].lower)
      ? { ...previous, endToken: current.endToken, end: current.end, confidence: maxConfidence(previous, current) }
      : undefined,
  );
}

/** "U.S. Central Command", "United Kingdom Maritime Trade Operations": a country named before its own institution is part of its name. */
function mergeQualifiedOrganizations(pieces: Piece[], tokens: readonly Token[]): Piece[] {
  return mergeAdjacent(pieces, (previous, current) =>
    previous.type === 'place' &&
    current.type === 'organization' &&
    previous.endToken === current.firstToken &&
    tokens[current.firstToken].gap === ' ' &&
    !tokens[previous.endToken - 1].possessive &&
    ATTRIBUTIVE_COUNTRIES.has(normalizeName(phraseOf(tokens, previous))) &&
    ORGANIZATION_HEADS.has(tokens[current.endToken - 1].lower)
      ? { ...current, firstToken: previous.firstToken, start: previous.start, confidence: maxConfidence(previous, current) }
      : undefined,
  );
}

function phraseOf(tokens: readonly Token[], found: Piece): string {
  return tokens.slice(found.firstToken, found.endToken).map((token) => token.text).join(' ');
}

/** "Russia-Ukraine war", "G20 summit", "U.S. presidential election": names followed by an event noun form one event. */
function mergeEvents(pieces: Piece[], tokens: readonly Token[]): Piece[] {
  const merged: Piece[] = [];
  for (let index = 0; index < pieces.length; index++) {
    let last = index;
    while (pieces[last + 1] !== undefined && pieces[last + 1].firstToken === pieces[last].endToken && tokens[pieces[last].endToken].gap === '-') {
      last++;
    }
    const follower = eventFollower(pieces[last], tokens);
    if (follower >= 0 && isEventSubject(pieces[index]) && isEventSubject(pieces[last])) {
      const startPiece = pieces[index];
      merged.push({ firstToken: startPiece.firstToken, endToken: follower + 1, start: startPiece.start, end: tokens[follower].end, type: 'event', confidence: 3 });
      index = last;
    } else {
      merged.push(pieces[index]);
    }
  }
  return merged;
}

/**
 * "Han Kuang military exercises": a name no rule typed surely, followed by an exercise noun, names the exercise.
 * With an adjective between, a cued person guess yields too ("Putin exercises" may be a verb; "Han Kuang annual drills" is not).
 */
function retypeExercise(found: Piece, tokens: readonly Token[]): Piece {
  if (found.type === 'place' || found.type === 'event' || found.confidence > 2 || tokens[found.endToken - 1].possessive) {
    return found;
  }
  let index = found.endToken;
  while (tokens[index]?.gap === ' ' && EXERCISE_ADJECTIVES.has(tokens[index].lower) && !tokens[index].capitalized) {
    index++;
  }
  const noun = tokens[index];
  const named = index < tokens.length && noun.gap === ' ' && !noun.capitalized && EXERCISE_NOUNS.has(noun.lower);
  const sure = found.type === null || found.confidence <= 1 || index > found.endToken;
  return named && sure ? { ...found, type: 'event', confidence: 2 } : found;
}

function isEventSubject(subject: Piece): boolean {
  return subject.type === 'place' || subject.type === 'organization' || subject.type === 'event';
}

/** Index of the event noun after `subject` ("war" in "Gaza war"), or -1. */
function eventFollower(subject: Piece, tokens: readonly Token[]): number {
  if (tokens[subject.endToken - 1].possessive) {
    return -1;
  }
  let index = subject.endToken;
  if (tokens[index]?.gap === ' ' && EVENT_ADJECTIVES.has(tokens[index].lower) && !tokens[index].capitalized) {
    index++;
  }
  const noun = tokens[index];
  return noun !== undefined && noun.gap === ' ' && !noun.capitalized && EVENT_FOLLOWERS.has(noun.lower) ? index : -1;
}

/** Turns pieces into candidates and ties "(NIS)" to the long form just before it. */
function linkAbbreviations(pieces: readonly Piece[], tokens: readonly Token[], line: string): EntityCandidate[] {
  const candidates: EntityCandidate[] = [];
  for (const found of pieces) {
    const first = tokens[found.firstToken];
    const oneToken = found.endToken - found.firstToken === 1;
    // Most candidates are one whole token, whose text and lower-case form are made already.
    const whole = oneToken && found.start === first.start && found.end === first.end;
    const text = whole ? first.text : line.slice(found.start, found.end);
    const single = oneToken && first.acronym;
    const candidate: EntityCandidate = {
      start: found.start,
      end: found.end,
      text,
      type: found.type,
      confidence: found.confidence,
      name: whole ? normalizeName(text, first.lower) : normalizeName(text),
      acronym: single ? acronymLetters(text) : null,
      // Always set, so every candidate has one object shape for the document pass's loops.
      longForm: undefined,
    };
    if (candidate.acronym !== null && line[found.start - 1] === '(' && line[found.end] === ')') {
      candidate.longForm = findLongForm(candidate.acronym, line, found.start - 1, candidates);
    }
    candidates.push(candidate);
  }
  return candidates;
}

/** The candidate ending right before "(": the long form when its letters spell the acronym; null when only plain words do. */
function findLongForm(letters: string, line: string, parenthesis: number, before: readonly EntityCandidate[]): EntityCandidate | null | undefined {
  const end = line.slice(0, parenthesis).trimEnd().length;
  const words = line.slice(0, end).split(' ');
  const window = words.slice(-(letters.length + MAX_EXTRA_LONG_FORM_WORDS)).join(' ');
  const offset = matchAbbreviation(letters, window);
  if (offset < 0) {
    return undefined;
  }
  const previous = before[before.length - 1];
  if (previous !== undefined && previous.end === end && previous.type !== null) {
    return previous;
  }
  return /\p{Lu}/u.test(window.slice(offset)) ? undefined : null;
}

/** A heading where most longer words are capitalized ("North Korea’s Secret Talks with Putin"). */
function isTitleCase(tokens: readonly Token[], longWords: number, line: string): boolean {
  // Sentences end in a period; credit lines ("(Reporting by ...; Editing by ...)") open a parenthesis or hold a semicolon.
  if (longWords < 4 || endsSentence(line) || line.startsWith('(') || line.includes(';')) {
    return false;
  }
  let capitalized = 0;
  for (const token of tokens) {
    if (token.capitalized && token.text.length >= 4 && /^\p{L}/u.test(token.text)) {
      capitalized++;
    }
  }
  return capitalized >= longWords * 0.7;
}

/** Whether the line ends in "." or "!", perhaps before a closing quote and spaces; read from the end, not searched for. */
function endsSentence(line: string): boolean {
  const text = line.trimEnd();
  let last = text.length - 1;
  if (text[last] === '"' || text[last] === '”' || text[last] === '’') {
    last--;
  }
  return text[last] === '.' || text[last] === '!';
}

function maxConfidence(a: Piece, b: Piece): Confidence {
  return a.confidence > b.confidence ? a.confidence : b.confidence;
}
