import type { EntityType } from '../types';
import { chunkLine, type Chunk } from './chunk-line';
import { classifyChunk, headIndex, REGIONAL_DEMONYMS, tokenOwners, type Confidence, type LineContext, type Piece } from './classify-chunk';
import { BODY_MISSION_NOUNS, EVENT_FOLLOWERS, EVENT_HEADS, EXERCISE_ADJECTIVES, EXERCISE_NOUNS } from './event-words';
import { findEventNoun } from './find-event-noun';
import { PLACE_HEADS } from './place-names';
import { VESSEL_PREFIXES } from './equipment-words';
import { findEquipmentClasses } from './find-equipment-classes';
import { matchAbbreviation } from './match-abbreviation';
import { acronymLetters, normalizeName } from './normalize-name';
import { SECTION_WORDS } from './ordinary-words';
import { ORGANIZATION_HEADS } from './organization-words';
import { SPEECH_VERBS } from './person-words';
import { tokenizeLine, type Token } from './tokenize-line';
import { tagPieces, type TagScorer } from '../tagger/tag-chunks';

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
// "(BoJ)", "(LeT)", "(FAMa)": an acronym keeping a small letter from its long form's words, two to four capitals.
const MIXED_CASE_ACRONYM = /^(?:\p{Lu}\p{Ll}?){2,4}$/u;
/** Countries whose name qualifies their institutions ("U.S. State Department"), in every spelling. */
const ATTRIBUTIVE_COUNTRIES = new Set(['u.s.', 'us', 'united states', 'u.k.', 'uk', 'united kingdom']);
/** Bodies whose name qualifies their own offices ("U.N. Office for the Coordination of Humanitarian Affairs", "EU Commission"). */
const ATTRIBUTIVE_BODIES = new Set(['u.n.', 'un', 'e.u.', 'eu']);
const BYLINE = /^\s*By\s+\p{Lu}/u;
/**
 * "Ana Ruiz, Tom Hale and Duc Anh Pham", "Ana Ruiz in Tokyo and Tom Hale in Milan": a line that is only a list of two or
 * more names of two to four words (each perhaps with the city it was written in) credits its authors without "By".
 */
const AUTHOR_LINE =
  /^\s*\p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*){1,3}(?: in \p{Lu}[\p{L}\p{M}'’-]*)?(?:(?:, | and |, and )\p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*){1,3}(?: in \p{Lu}[\p{L}\p{M}'’-]*)?)+\s*$/u;
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

/** What the rules find in one line before the tagger and the equipment classes: tokens, name chunks and typed pieces. */
export interface RuleFindings {
  tokens: Token[];
  chunks: Chunk[];
  pieces: Piece[];
}

/** Finds entity candidates in one line (text without line breaks); with a tagger, it types the names the rules only guess. */
export function findLineEntities(line: string, tagger: TagScorer | null = null): EntityCandidate[] {
  const found = findRulePieces(line);
  if (found === null) {
    return [];
  }
  const { tokens, chunks } = found;
  let { pieces } = found;
  if (tagger !== null && chunks.length > 0) {
    // The tagger may type an institution word the rules left unsure ("U.S. Army Spc. X"): its country joins it then.
    pieces = mergeQualifiedOrganizations(tagPieces(line, tokens, chunks, pieces, tagger), tokens);
  }
  const classes = findEquipmentClasses(line, tokens, tokenOwners(tokens.length, pieces));
  if (classes.length > 0) {
    pieces = [...outsideClasses(pieces, classes), ...classes];
    pieces.sort((a, b) => a.start - b.start);
    typeCoordinatedSystems(pieces, classes, line);
  }
  pieces = joinAdjacentSystems(pieces, tokens);
  return linkAbbreviations(withPennantNumbers(withEventYears(withDesignationNumbers(pieces, tokens, line), tokens, line), tokens, line), tokens, line);
}

/**
 * "Eurofighter Typhoon", "Predator Hawk rockets", "K9 Vajra self-propelled guns": a system's name right before another
 * (a maker's or family name before a model, a designation before its nickname) is one system, not two.
 */
function joinAdjacentSystems(pieces: Piece[], tokens: readonly Token[]): Piece[] {
  const result: Piece[] = [];
  for (const found of pieces) {
    const previous = result[result.length - 1];
    const joins =
      previous !== undefined && previous.type === 'equipment' && found.type === 'equipment' && previous.endToken === found.firstToken &&
      previous.end === tokens[previous.endToken - 1].end && tokens[found.firstToken].gap === ' ' && !tokens[previous.endToken - 1].possessive;
    if (joins) {
      result[result.length - 1] = { ...previous, endToken: found.endToken, end: found.end, confidence: maxConfidence(previous, found) };
    } else {
      result.push(found);
    }
  }
  return result;
}

/** "(F 218)", "(D 37)", "(L9013)" right after a ship's name: its pennant number. */
const PENNANT_NUMBER = /^ \((\p{Lu}{1,3} ?\d{1,4}\p{Lu}?)\)/u;
const MAX_PENNANT_LOOKAHEAD = 14;

/**
 * "FGS Hessen (F 221)": the pennant number in parentheses after a prefixed ship's name is a mention of the ship (the
 * tokenizer makes no designation of a letter and a number apart).
 */
function withPennantNumbers(pieces: Piece[], tokens: readonly Token[], line: string): Piece[] {
  const result: Piece[] = [];
  for (let index = 0; index < pieces.length; index++) {
    const vessel = pieces[index];
    result.push(vessel);
    const prefix = tokens[vessel.firstToken];
    if (vessel.type !== 'equipment' || !prefix.acronym || !VESSEL_PREFIXES.has(prefix.lower)) {
      continue;
    }
    const pennant = PENNANT_NUMBER.exec(line.slice(vessel.end, vessel.end + MAX_PENNANT_LOOKAHEAD));
    const start = vessel.end + 2;
    const next = pieces[index + 1];
    const firstToken = vessel.endToken;
    if (pennant === null || (next !== undefined && next.start < start + pennant[1].length + 1) || tokens[firstToken]?.start !== start) {
      continue;
    }
    let endToken = firstToken + 1;
    while (endToken < tokens.length && tokens[endToken].start < start + pennant[1].length) {
      endToken++;
    }
    result.push({ firstToken, endToken, start, end: start + pennant[1].length, type: 'equipment', confidence: 3 });
  }
  return result;
}

/** " 2025" after a name: a year, not a decimal, a list of years ("2024, 2025"), a range or a measure. */
const EVENT_YEAR = /^ (?:19[5-9]|20[0-4])\d(?![\p{L}\d%]|[.,:/–-]\d)/u;

/**
 * "Freedom Shield 2025", "Eurosatory 2024", "Exercise Steadfast Defender 2024": a year right after a name no rule typed
 * surely, or an event, makes the name with its year an exercise's, a fair's or a contest's; not a plan or a date.
 */
function withEventYears(pieces: Piece[], tokens: readonly Token[], line: string): Piece[] {
  return pieces.map((named) => {
    const last = tokens[named.endToken - 1];
    const unsure = named.type === 'event' || (named.type !== 'place' && named.confidence <= 1);
    if (!unsure || named.end !== last.end || last.possessive || NOT_EVENT_BEFORE_YEAR.has(last.lower)) {
      return named;
    }
    const year = EVENT_YEAR.exec(line.slice(named.end, named.end + EVENT_YEAR_LOOKAHEAD));
    return year === null ? named : { ...named, end: named.end + year[0].length, type: 'event', confidence: 2 };
  });
}

/** A year with the characters that may follow it. */
const EVENT_YEAR_LOOKAHEAD = 8;
/**
 * Last words of plans and programmes named for a year ("Vision 2030", "Agenda 2063", "Horizon 2020") and of dates
 * ("Christmas Day 2024", "Fiscal 2026", "Spring 2025").
 */
const NOT_EVENT_BEFORE_YEAR = new Set([
  'vision', 'agenda', 'horizon', 'plan', 'strategy', 'program', 'programme', 'goals',
  'day', 'eve', 'fiscal', 'spring', 'summer', 'autumn', 'fall', 'winter', 'early', 'late', 'mid',
]);

/** Unit words a bare number designates ("Task Force 50", "Carrier Strike Group 11"). */
const NUMBERED_UNIT_HEADS = new Set(['force', 'group']);
/** Enough text after a name for the number and the word after it. */
const MAX_DESIGNATION_LOOKAHEAD = 16;
/**
 * " 50" after a name, then the end of the clause, a name or a function word ("CTF 50 is led by", "DDG 70), and"): not a
 * year, a decimal, a measure or a count of a noun ("SDF 3 km away", "ISIL 300 fighters").
 */
const DESIGNATION_NUMBER =
  /^ \d{1,3}(?=$|[);:]|[.,](?!\d)|\s(?:\p{Lu}|(?:is|was|has|had|will|and|or|in|on|at|of|to|for|from|with|which|that|last|since|during)\b))/u;

/**
 * "CTF 50", "Task Force 50", "DDG 70": the number after an acronym or a unit word is part of the designation, so the
 * name keeps it; its type is what the name already had. So is a system's or a ship's model or hull number ("the
 * Challenger 2 is", "the dhow Al-Noor 2, which").
 */
function withDesignationNumbers(pieces: Piece[], tokens: readonly Token[], line: string): Piece[] {
  return pieces.map((named) => {
    const last = tokens[named.endToken - 1];
    if (named.end !== last.end || last.possessive || !(last.acronym || named.type === 'equipment' || NUMBERED_UNIT_HEADS.has(last.lower))) {
      return named;
    }
    const number = DESIGNATION_NUMBER.exec(line.slice(named.end, named.end + MAX_DESIGNATION_LOOKAHEAD));
    return number === null ? named : { ...named, end: named.end + number[0].length };
  });
}

/** The rules' pieces of one line, or null for page furniture and menus, which yield nothing. */
export function findRulePieces(line: string): RuleFindings | null {
  if (line.length <= MAX_FURNITURE_LINE && FURNITURE_LINE.test(line)) {
    return null;
  }
  if (isMenuLine(line) || isSectionRun(line)) {
    return null;
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
      byline: line.length <= MAX_BYLINE && (BYLINE.test(line) || AUTHOR_LINE.test(line)),
      datelineEnd: DATELINE.exec(line)?.[1].length ?? -1,
    };
    for (const chunk of chunks) {
      pieces.push(...classifyChunk(chunk, context));
    }
    pieces = retypeExercises(mergeEvents(mergeQualifiedOrganizations(mergePossessiveOrganizations(pieces, tokens), tokens), tokens), tokens);
    typeListedPlaces(pieces, line);
  }
  return { tokens, chunks, pieces };
}

/**
 * "XKRS and M410 rocket launchers", "Wing Loong and CH-4 drones", "Kornet, Konkurs and Metis missiles": names no rule
 * typed surely, listed before a system whose class noun follows, share that class noun, so they are systems too.
 */
function typeCoordinatedSystems(pieces: Piece[], classes: readonly Piece[], line: string): void {
  const classSet = new Set(classes);
  // Whether pieces[index] is a system that shares the class noun after it, and was reached by "and"/"or" (not only commas).
  let sharing = false;
  for (let index = pieces.length - 1; index > 0; index--) {
    const system = pieces[index];
    const named = classSet.has(system) && system.start !== system.end && /^[\p{Lu}\d]/u.test(line.slice(system.start, system.start + 1));
    const previous = pieces[index - 1];
    const separator = line.slice(previous.end, system.start);
    const listed: boolean = named ? joinsList(pieces, index, separator, line) : sharing && (COORDINATORS.has(separator) || separator === ', ');
    const unsure = previous.type !== 'place' && previous.confidence <= 1;
    sharing = listed && (unsure || previous.type === 'equipment');
    if (listed && unsure && previous.type !== 'equipment') {
      pieces[index - 1] = { ...previous, type: 'equipment', confidence: 2 };
    }
  }
}

const COORDINATORS = new Set([' and ', ' or ', ', and ', ', or ']);

/**
 * Whether `separator` joins pieces[index] to the piece before in a list: "and"/"or", or with a comma before them only
 * after a comma-separated item ("Kornet, Konkurs, and Metis"; "Italy's Leonardo, and VT-4 tanks" joins clauses).
 */
function joinsList(pieces: readonly Piece[], index: number, separator: string, line: string): boolean {
  if (separator === ' and ' || separator === ' or ') {
    return true;
  }
  return COORDINATORS.has(separator) && index >= 2 && line.slice(pieces[index - 2].end, pieces[index - 1].start) === ', ';
}

/**
 * The pieces no equipment class covers whole. A binary search over the classes by start, with the furthest end so far,
 * keeps a long single-line file linear: testing every class against every piece was quadratic.
 */
function outsideClasses(pieces: readonly Piece[], classes: readonly Piece[]): Piece[] {
  const byStart = [...classes].sort((a, b) => a.start - b.start);
  const furthestEnd: number[] = [];
  for (const found of byStart) {
    furthestEnd.push(furthestEnd.length === 0 ? found.end : Math.max(found.end, furthestEnd[furthestEnd.length - 1]));
  }
  return pieces.filter((named) => {
    // The last class starting at or before the piece; every class before it starts there too.
    let low = 0;
    let high = byStart.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (byStart[middle].start <= named.start) low = middle + 1;
      else high = middle;
    }
    return low === 0 || furthestEnd[low - 1] < named.end;
  });
}

/** "HOME | NEWS | ASIA", "World  Middle East  Business": three or more short items split by bars or wide spaces. */
function isMenuLine(line: string): boolean {
  if (line.length > MAX_MENU_LINE || (!line.includes('|') && !line.includes('  '))) {
    return false;
  }
  const items = line.split(MENU_SEPARATOR).filter((item) => item.length > 0);
  return items.length >= MIN_MENU_ITEMS && items.every((item) => item.split(' ').length <= MAX_MENU_ITEM_WORDS && !/[.!?]$/.test(item));
}

const MAX_SECTION_RUN = 120;
const MIN_SECTION_WORDS = 3;
const SIGN_IN = /\bSign in\b/gu;
/** Anything but capitalized words, "&" and "U.S."-style abbreviations: punctuation or lower-case words of a sentence. */
const NOT_SECTION_RUN = /[,;:!?"“”()]|\.\s*$|(?:^|\s)[^\s\p{Lu}&]/u;

/**
 * "AP NEWS Menu World U.S. Politics Sports Business": a short run of capitalized words, mostly news-site section names,
 * with no separators and no sentence punctuation.
 */
function isSectionRun(line: string): boolean {
  if (line.length > MAX_SECTION_RUN || line.includes(', ') || !isUpperCaseStart(line.charCodeAt(0))) {
    return false;
  }
  const run = line.replace(SIGN_IN, 'Signin');
  if (NOT_SECTION_RUN.test(run)) {
    return false;
  }
  const words = run.trim().split(/\s+/);
  let sections = 0;
  for (const word of words) {
    sections += SECTION_WORDS.has(word.toLowerCase()) ? 1 : 0;
  }
  return sections >= MIN_SECTION_WORDS && sections * 3 >= words.length * 2;
}

function isUpperCaseStart(code: number): boolean {
  return (code >= 65 && code <= 90) || code > 127;
}

/**
 * "in Lviv, Khmelnytskyi, Zhytomyr and Kharkiv": in a list of three or more names, mostly places, the names no rule
 * typed surely are places too, and so are those of a list a plural place noun names. Other two-item lists are left
 * alone ("Russia and Putin").
 */
function typeListedPlaces(pieces: Piece[], line: string): void {
  let first = 0;
  while (first + 2 <= pieces.length) {
    let end = first + 1;
    while (end < pieces.length && separatesListItems(line, pieces[end - 1].end, pieces[end].start)) {
      end++;
    }
    let places = 0;
    for (let index = first; index < end; index++) {
      places += pieces[index].type === 'place' ? 1 : 0;
    }
    const mostlyPlaces = end - first >= MIN_LIST_ITEMS && places * 2 >= end - first;
    if (mostlyPlaces || (end - first >= 2 && namedByPluralPlaceNoun(line, pieces[first].start, pieces[end - 1].end))) {
      for (let index = first; index < end; index++) {
        if (pieces[index].type !== 'place' && pieces[index].confidence <= 1) {
          pieces[index] = { ...pieces[index], type: 'place', confidence: 2 };
        }
      }
    }
    first = end;
  }
}

/** "the towns of Tassara and Tillia", "Niassa and Nampula provinces": a plural place noun names every item of the list. */
const PLURAL_PLACE_BEFORE = /\b(?:towns|villages|cities|provinces|districts|regions|governorates|localities) of $/;
const PLURAL_PLACE_AFTER = /^ (?:towns|villages|cities|provinces|districts|regions|governorates|counties|oblasts|states|areas|sectors)\b/;

function namedByPluralPlaceNoun(line: string, start: number, end: number): boolean {
  return PLURAL_PLACE_AFTER.test(line.slice(end, end + 14)) || PLURAL_PLACE_BEFORE.test(line.slice(Math.max(0, start - 16), start));
}

function separatesListItems(line: string, start: number, end: number): boolean {
  return end - start <= MAX_LIST_SEPARATOR && LIST_SEPARATORS.has(line.slice(start, end));
}

/** Joins each piece with the one before it when `join` returns the joined piece (it keeps the type it returns). */
function mergeAdjacent(pieces: Piece[], join: (previous: Piece, current: Piece) => Piece | undefined): Piece[] {
  const merged: Piece[] = [];
  for (const current of pieces) {
    // Read only when there is one: index -1 would be a slow look-up of a property named "-1".
    const previous = merged.length === 0 ? undefined : merged[merged.length - 1];
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
    ORGANIZATION_HEADS.has(tokens[headIndex(tokens, current.firstToken, current.endToken)].lower)
      ? { ...previous, endToken: current.endToken, end: current.end, confidence: maxConfidence(previous, current) }
      : undefined,
  );
}

/**
 * "U.S. Central Command", "United Kingdom Maritime Trade Operations": a country named before its own institution is part of its name;
 * so is "U.N." before one of its offices. A lone institution word the rules only guessed ("U.S. Army", "U.S. Embassy said",
 * "U.N. Command") is that institution too: alone it is no name, after the country it is one.
 */
function mergeQualifiedOrganizations(pieces: Piece[], tokens: readonly Token[]): Piece[] {
  return mergeAdjacent(pieces, (previous, current) => {
    if (previous.endToken !== current.firstToken || tokens[current.firstToken].gap !== ' ' || tokens[previous.endToken - 1].possessive) {
      return undefined;
    }
    const institutionWord = isGuessedInstitutionWord(current, tokens);
    if (current.type !== 'organization' && !institutionWord) {
      return undefined;
    }
    const qualifier = normalizeName(phraseOf(tokens, previous));
    const byCountry = previous.type === 'place' && ATTRIBUTIVE_COUNTRIES.has(qualifier) && ORGANIZATION_HEADS.has(tokens[current.endToken - 1].lower);
    const byBody = previous.type === 'organization' && ATTRIBUTIVE_BODIES.has(qualifier) && (current.confidence >= 2 || institutionWord);
    return byCountry || byBody
      ? { ...current, firstToken: previous.firstToken, start: previous.start, type: 'organization', confidence: institutionWord ? 3 : maxConfidence(previous, current) }
      : undefined;
  });
}

/** One institution word ("Army", "Embassy", "Command") that no rule typed surely. */
function isGuessedInstitutionWord(found: Piece, tokens: readonly Token[]): boolean {
  return found.endToken - found.firstToken === 1 && found.confidence <= 2 && found.type !== 'place' && ORGANIZATION_HEADS.has(tokens[found.firstToken].lower) && !tokens[found.firstToken].possessive;
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
 * Retypes exercise names (`retypeExercise`); a region's demonym right before one, in the same run of capitals, opens its
 * name ("Baltic Sentry mission", "Nordic Warden operation"), though the chunk rules strip demonyms.
 */
function retypeExercises(pieces: readonly Piece[], tokens: readonly Token[]): Piece[] {
  return pieces.map((found, index) => {
    const retyped = retypeExercise(found, tokens);
    const before = tokens[found.firstToken - 1];
    const opensName =
      retyped !== found && before !== undefined && before.capitalized && tokens[found.firstToken].gap === ' ' && REGIONAL_DEMONYMS.has(before.lower) &&
      (index === 0 || pieces[index - 1].endToken < found.firstToken);
    return opensName ? { ...retyped, firstToken: found.firstToken - 1, start: before.start } : retyped;
  });
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
  const loneAcronym = found.endToken - found.firstToken === 1 && tokens[found.firstToken].acronym;
  const named = index < tokens.length && noun.gap === ' ' && !noun.capitalized && EXERCISE_NOUNS.has(noun.lower) && !(loneAcronym && BODY_MISSION_NOUNS.has(noun.lower));
  const sure = found.type === null || found.confidence <= 1 || index > found.endToken;
  return named && sure ? { ...found, type: 'event', confidence: 2 } : found;
}

/** A place, organization or event, or a name no rule typed surely ("Tigray war", "Kivu conflict"). */
function isEventSubject(subject: Piece): boolean {
  return subject.type === 'place' || subject.type === 'organization' || subject.type === 'event' || subject.type === null || subject.confidence <= 1;
}

/** Index of the event noun after `subject` ("war" in "Gaza war"), or -1. */
function eventFollower(subject: Piece, tokens: readonly Token[]): number {
  return tokens[subject.endToken - 1].possessive ? -1 : findEventNoun(tokens, subject.endToken, EVENT_FOLLOWERS);
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
    const single = oneToken && (first.acronym || (whole && MIXED_CASE_ACRONYM.test(text)));
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
    if (candidate.acronym !== null && found.start > 0 && line[found.start - 1] === '(' && line[found.end] === ')') {
      candidate.longForm = findLongForm(candidate.acronym, line, found.start - 1, candidates, candidate.type === 'equipment');
    }
    candidates.push(candidate);
  }
  return candidates;
}

/**
 * The candidate ending right before "(": the long form when its letters spell the acronym; null when only plain words do.
 * A name glossed by an acronym is an institution, not a person, so an untyped or person-guessed long form is retyped
 * ("Doctors Without Borders (MSF)"), or a system when the acronym is one ("Multiple Launch Rocket System (MLRS)"), which
 * keeps its own type after plain words ("unmanned aerial vehicles (UAVs)"); when the letters spell only the part after
 * "of (the)", that part is split off as its own name ("Review Committee of the Integrated Food Security Phase
 * Classification (IPC)"). May replace the last of `before`.
 */
function findLongForm(letters: string, line: string, parenthesis: number, before: EntityCandidate[], system: boolean): EntityCandidate | null | undefined {
  const definedType = (name: string): EntityType => (system ? 'equipment' : institutionType(name));
  // Only the few words before the parenthesis are read: slicing the whole line made a long single-line file quadratic.
  let end = parenthesis;
  while (end > 0 && /\s/.test(line[end - 1])) {
    end--;
  }
  let windowStart = end;
  for (let spaces = letters.length + MAX_EXTRA_LONG_FORM_WORDS; windowStart > 0; windowStart--) {
    if (line.charCodeAt(windowStart - 1) === 32 && --spaces === 0) {
      break;
    }
  }
  const window = line.slice(windowStart, end);
  const offset = matchAbbreviation(letters, window);
  const last = before.length - 1;
  const previous = before[last];
  const adjacent = previous !== undefined && previous.end === end;
  if (offset < 0) {
    if (adjacent && isGuess(previous)) {
      before[last] = candidateAt(line, previous.start, previous.end, definedType(previous.name));
    }
    return undefined;
  }
  if (adjacent) {
    const longStart = end - window.length + offset;
    const joined = joinLongForm(line, longStart, end, before, definedType);
    if (joined !== null) {
      return joined;
    }
    const lead = line.slice(previous.start, longStart);
    let defined = previous;
    if (longStart > previous.start && OF_BEFORE_DEFINED.test(lead)) {
      const ownerEnd = previous.start + lead.replace(OF_BEFORE_DEFINED, '').length;
      const owner = isGuess(previous)
        ? candidateAt(line, previous.start, ownerEnd, institutionType(normalizeName(line.slice(previous.start, ownerEnd))))
        : candidateAt(line, previous.start, ownerEnd, previous.type, previous.confidence);
      defined = candidateAt(line, longStart, end, definedType(normalizeName(line.slice(longStart, end))));
      before.splice(last, 1, owner, defined);
    } else if (isGuess(previous)) {
      defined = candidateAt(line, previous.start, previous.end, definedType(previous.name));
      before[last] = defined;
    }
    if (defined.type !== null) {
      return defined;
    }
  }
  return /\p{Lu}/u.test(window.slice(offset)) || system ? undefined : null;
}

/** Lower-case words and dashes inside one institution's long form ("Economic Community of West African States"). */
const LONG_FORM_CONNECTORS = new Set(['of', 'for', 'on', 'in', 'the', 'and', 'de', 'du', 'des', 'la', 'el', 'al', '–', '—', '-', '&']);
const LONG_FORM_PART_BREAK = / (?:of|for|on|in|and|–|—|-) /;

/**
 * "Economic Community of West African States (ECOWAS)", "Southern African Development Community (SADC)": when the
 * acronym's letters reach back past the name just before it, over name words and connectors only, the long form is
 * one institution, and the names (or the demonym) it covers are its parts. It replaces them in `before`; null when the
 * long form starts inside the last name or the words between are not a name's.
 */
function joinLongForm(line: string, longStart: number, end: number, before: EntityCandidate[], definedType: (name: string) => EntityType): EntityCandidate | null {
  let first = before.length - 1;
  if (longStart >= before[first].start || !/\p{Lu}/u.test(line[longStart])) {
    return null;
  }
  while (first > 0 && before[first - 1].start >= longStart) {
    first--;
  }
  if (first > 0 && before[first - 1].end > longStart) {
    return null;
  }
  for (const word of line.slice(longStart, end).split(' ')) {
    if (!/^\p{Lu}/u.test(word) && !LONG_FORM_CONNECTORS.has(word)) {
      return null;
    }
  }
  // Its head is the first part's: "Information Fusion Centre – Indian Ocean Region" is a centre, not a region.
  const firstPart = line.slice(longStart, end).split(LONG_FORM_PART_BREAK)[0];
  const defined = candidateAt(line, longStart, end, definedType(normalizeName(firstPart)));
  before.splice(first, before.length - first, defined);
  return defined;
}

/** " of the " between an owner and the name an acronym defines. */
const OF_BEFORE_DEFINED = /\s+of(?:\s+the)?\s+$/;

/** A candidate no rule typed, or only guessed to be a person from its shape. */
function isGuess(candidate: EntityCandidate): boolean {
  return candidate.type === null || (candidate.type === 'person' && candidate.confidence <= 1);
}

/** The type of a name an acronym defines, by its head: a place or event head says so, anything else is an organization. */
function institutionType(name: string): EntityType {
  const head = name.slice(name.lastIndexOf(' ') + 1);
  return PLACE_HEADS.has(head) ? 'place' : EVENT_HEADS.has(head) ? 'event' : 'organization';
}

/** A candidate for `line[start, end)` that is not an acronym. */
function candidateAt(line: string, start: number, end: number, type: EntityType | null, confidence: Confidence = 2): EntityCandidate {
  const text = line.slice(start, end);
  return { start, end, text, type, confidence, name: normalizeName(text), acronym: null, longForm: undefined };
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
    } else if (!token.capitalized && SPEECH_VERBS.has(token.lower)) {
      // A heading capitalizes its verbs: "The Foreign Secretary, Boris Johnson, said:" is a sentence.
      return false;
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
