import type { EntityType } from '../types';
import type { Chunk } from './chunk-line';
import { CLASS_SUFFIX, CODE_FOLLOWERS, CODE_NOUNS, EQUIPMENT_NAMES, GROUP_CODE, MIXED_CASE_PREFIX, NAMED_SYSTEM_HEADS, NON_EQUIPMENT_CODE, VARIANT_DESIGNATION, VESSEL_NOUNS, VESSEL_PREFIXES, WEAPON_SYSTEM_WORDS } from './equipment-words';
import { DEMONYM_EVENT_NOUNS, EVENT_HEADS, EVENT_NAMES, EVENT_STARTS } from './event-words';
import { findEventNoun } from './find-event-noun';
import {
  COMMON_ACRONYMS,
  DEMONYMS,
  NAME_PARTICLES,
  NON_ENTITY_HEADS,
  OF_CONNECTORS,
  PAGE_FURNITURE_WORDS,
  SENTENCE_WORDS,
} from './ordinary-words';
import {
  EMPLOYEE_NOUNS,
  GROUP_FOLLOWERS,
  ORGANIZATION_CUE_NOUNS,
  ORGANIZATION_FIRST_WORDS,
  ORGANIZATION_HEADS,
  ORGANIZATION_NAMES,
  ORGANIZATION_STARTS,
} from './organization-words';
import { GIVEN_NAMES, PERSON_FOLLOWERS, ROLE_NOUNS, SPEECH_VERBS, TITLES } from './person-words';
import {
  COMPASS_WORDS,
  LOCATIVE_SUFFIXES,
  PLACE_FOLLOWERS,
  PLACE_HEADS,
  PLACE_NAMES,
  PLACE_OF_NOUNS,
  PLACE_OF_STARTS,
  PLACE_ONLY_PREPOSITIONS,
  PLACE_PREPOSITIONS,
  PLACE_STARTS,
} from './place-names';
import { acronymLetters } from './normalize-name';
import type { Token } from './tokenize-line';

/**
 * How sure the line alone makes a type: 3 lexicon, structure or a noun saying what the name is ("the company X",
 * "X, a town"), 2 other context cue, 1 shape guess, 0 unknown (kept only if the document pass types the same name elsewhere).
 */
export type Confidence = 0 | 1 | 2 | 3;

/** One entity found inside a chunk; `start`/`end` are line offsets, `[firstToken, endToken)` token indices. */
export interface Piece {
  firstToken: number;
  endToken: number;
  start: number;
  end: number;
  type: EntityType | null;
  confidence: Confidence;
}

/** Line-wide facts the classifier needs besides the chunk. */
export interface LineContext {
  line: string;
  tokens: readonly Token[];
  /** A heading in Title Case, where capitals say nothing about names. */
  titleCase: boolean;
  /** A byline ("By Ana Ruiz and JOHN DOE"), whose names are people even in capitals. */
  byline: boolean;
  /** End of an upper-case dateline place ("KYIV, Ukraine —", "MANILA (Reuters) -"), or -1. */
  datelineEnd: number;
}

const MAX_TITLE_WORDS = 4;
/** Arabic articles written in lower case before a name ("al Qaeda"). */
const LOWER_CASE_ARTICLES = new Set(['al', 'el']);
const SPELLED_GRADES = new Set(['first', 'second', 'third']);
const RANK_GRADE_NOUNS = new Set(['class', 'rank']);
const SPELLED_ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth']);
// Service words before a place head that make a numbered name a unit: "86th Air Base", "Eighth Naval Region".
const MILITARY_SERVICE_WORDS = new Set(['air', 'naval', 'navy', 'military', 'army', 'marine', 'missile', 'coastal']);
const YEAR_DESIGNATION = /-(?:19|20)\d\d\p{Lu}?$/u;
/** "COP28", "COP 29": the UN climate conferences are numbered. */
const CONFERENCE_DESIGNATION = /^COP\d+$/;
const KOREAN_GIVEN_NAME = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;
/** Nouns of an apposition that make the name before it a place ("X, a town of 50,000"). */
const PLACE_APPOSITION_NOUNS = new Set(['town', 'city', 'village', 'district', 'region', 'province', 'port', 'island', 'suburb', 'capital']);
/** Words that end the noun phrase of an apposition ("X, a think tank based in ..."). */
const APPOSITION_END = /\s(?:that|which|who|whose|of|in|on|at|for|from|with|based|and|or|to)\s|[,.;:)"”]|$/u;
const APPOSITION = /^,\s+(?:a|an|the)\s+/u;
const MAX_APPOSITION_WORDS = 5;
const MAX_APPOSITION_LENGTH = 80;
const COMMA = 44;
const NAME_WORD = /^(?:\p{Lu}\p{M}*[\p{Ll}\p{M}'’]+(?:\p{Lu}\p{Ll}+)?(?:-\p{L}[\p{Ll}\p{M}]+)*|\p{Lu}\.|(?:al|el|ad|as|ash|an|ar|at|az|ez|es|ed|er|et|en|ath|adh|ul|ud)-\p{Lu}\p{Ll}+)$/u;

/** Splits a chunk into typed pieces: strips sentence words, demonyms and titles, then types what is left by lexicon, heads, cues and shape. */
export function classifyChunk(chunk: Chunk, context: LineContext): Piece[] {
  const { tokens } = context;
  let first = chunk.first;
  let end = chunk.end;
  if (isPlatformX(tokens, first)) {
    // "on X. The ...": a sentence's period after the letter joined the next word to it as if it were an initial.
    const platform = { ...piece(tokens, first, first + 1, 'organization', 3), end: tokens[first].start + 1 };
    return end > first + 1 ? [platform, ...classifyChunk({ first: first + 1, end }, context)] : [platform];
  }
  // The whole chunk's phrase and type, looked up once: most chunks are classified whole.
  const whole = phrase(tokens, first, end);
  const wholeType = lexiconType(whole);
  const article = tokenBefore(tokens, first, 1);
  if (article !== undefined && LOWER_CASE_ARTICLES.has(article.text) && tokens[first].gap === ' ') {
    // "al Qaeda", "al Jazeera": a lower-case Arabic article the chunk left out belongs to a listed name.
    const withArticle = lexiconType(`${article.text} ${whole}`);
    if (withArticle !== null) {
      return [piece(tokens, first - 1, end, withArticle, 3)];
    }
  }
  if (wholeType === null) {
    while (first < end && isSentenceWord(tokens[first])) {
      first++;
    }
    if (end - first > 1 && tokens[first].sentenceStart && lexiconType(phrase(tokens, first + 1, end)) !== null) {
      // "Paramilitary Rapid Support Forces": a capitalized describer opening the sentence.
      first++;
    }
  }
  if (!isInstitutionShaped(tokens, first, end)) {
    while (first < end && PAGE_FURNITURE_WORDS.has(tokens[first].lower)) {
      first++;
    }
    while (end > first && PAGE_FURNITURE_WORDS.has(tokens[end - 1].lower)) {
      end--;
    }
  }
  if (first >= end) {
    return [];
  }
  if (tokens[first].lower === 'the' && end - first > 1) {
    const withArticle = first === chunk.first && end === chunk.end ? wholeType : lexiconType(phrase(tokens, first, end));
    if (withArticle !== null) {
      return [piece(tokens, first, end, withArticle, 3)];
    }
    first++;
  }
  return first === chunk.first && end === chunk.end ? classifyRange(first, end, context, whole, wholeType) : classifyRange(first, end, context);
}

/** Classifies tokens `[first, end)`; a caller that has looked up their phrase passes it and its lexicon type. */
function classifyRange(first: number, end: number, context: LineContext, text = phrase(context.tokens, first, end), known = lexiconType(text)): Piece[] {
  const { tokens } = context;
  const count = end - first;
  if (known !== null) {
    return [piece(tokens, first, end, known, 3)];
  }
  if (TITLES.has(text)) {
    // "Petty Officer said": a title alone names no one.
    return [];
  }
  if (TITLES.has(tokens[first].lower)) {
    if (contextType(first, end, context) === 'equipment') {
      // "the frigate Admiral Golovko", "the destroyer Marshal Ustinov": a ship named for a person, title and all.
      return [piece(tokens, first, end, 'equipment', context.titleCase ? 0 : 3)];
    }
    const institution = institutionAfterTitle(tokens, first, end);
    if (institution > 0) {
      // "Commander of the Northern Fleet", "Commander General of the CE-VRAEM": the title's institution is the name, not the title.
      return classifyRange(institution, end, context);
    }
    if (rankGradeLength(tokens, first + 1, end) > 0) {
      // "Captain 1st Rank Ivan Orlov" is a person, not a unit like "1st Corps".
      return splitTitle(first, end, context) ?? [];
    }
  }
  if (holdsNickname(tokens, first, end)) {
    // Only people have quoted nicknames inside their names (the chunker joined them); a title before stays out.
    const name = afterTitles(tokens, first, end);
    return [piece(tokens, name, end, 'person', 2)];
  }
  if (isDemonym(text)) {
    // "the Ukrainian war", "the Syrian civil war" name a war; other demonyms name nothing.
    const noun = tokens[end - 1].possessive ? -1 : findEventNoun(tokens, end, DEMONYM_EVENT_NOUNS);
    return noun >= 0 ? [piece(tokens, first, noun + 1, 'event', 3)] : [];
  }
  if (count > 1 && isDescriptiveCompound(tokens[first].text)) {
    // "Iranian-designed Shahed", "Taiwan-controlled Matsu": the compound describes the name after it.
    return [...classifyCompound(tokens[first], first, context), ...classifyRange(first + 1, end, context)];
  }
  const described = count > 1 ? listedBeforeSuffix(tokens, first, end) : null;
  if (described !== null) {
    return [described];
  }
  if (extendsListedOrganization(tokens, first, end)) {
    return [piece(tokens, first, end, 'organization', context.titleCase ? 0 : 2)];
  }
  const listed = knownAfterDemonym(first, end, tokens);
  if (listed !== null) {
    return [piece(tokens, listed.first, end, listed.type, 3)];
  }
  const office = officeAfterDemonym(first, end, tokens);
  if (office > first) {
    return classifyRange(office, end, context);
  }
  const shaped = classifyByStructure(first, end, context);
  if (shaped !== null) {
    return [shaped];
  }
  const vessel = findVesselPrefix(tokens, first, end);
  if (vessel >= 0) {
    // "USS Laboon"; "Bulk Carrier MV Lila Kochi", "Commanding Officer of INS Kolkata": the ship's name ends the chunk.
    const before = vessel > first && !tokens[vessel - 1].capitalized ? vessel - 1 : vessel;
    return [...(before > first ? classifyRange(first, before, context) : []), piece(tokens, vessel, end, 'equipment', 3)];
  }
  const guard = context.titleCase ? 0 : 3;
  const lastWord = tokens[end - 1].lower;
  if (count > 1 && NON_ENTITY_HEADS.has(lastWord)) {
    return [];
  }
  for (let index = first; index < end; index++) {
    if (tokens[index].designator) {
      return classifyDesignation(first, end, index, context);
    }
  }
  if (tokens[end - 1].lower.endsWith(CLASS_SUFFIX) || (count > 1 && NAMED_SYSTEM_HEADS.has(lastWord) && !tokens[end - 1].acronym) || namesWeaponSystem(tokens, first, end)) {
    // "Arleigh Burke-class": a class of ships named for its lead ship; "Precision Strike Missile", "Multiple Launch Rocket System": a system's name.
    return [piece(tokens, first, end, 'equipment', context.titleCase ? 0 : 2)];
  }
  if (count > 1 && (EVENT_HEADS.has(lastWord) || EVENT_STARTS.has(tokens[first].lower))) {
    return [piece(tokens, first, end, 'event', guard)];
  }
  if (count > 1 && (ORGANIZATION_HEADS.has(lastWord) || hasOrganizationConnector(tokens, first, end))) {
    return [piece(tokens, first, end, 'organization', guard)];
  }
  if (count > 2 && lastWord === 'province' && opensWithListedOrganization(tokens, first, end - 1)) {
    // "Islamic State Sahel Province", "Islamic State Khorasan Province": a group's branch named for its region.
    return [piece(tokens, first, end, 'organization', 3)];
  }
  if (count > 2 && PLACE_HEADS.has(lastWord) && namesNumberedUnit(tokens, first, end)) {
    return [piece(tokens, first, end, 'organization', guard)];
  }
  if (count > 1 && PLACE_HEADS.has(lastWord)) {
    return [piece(tokens, first, end, 'place', guard)];
  }
  return splitKnownPrefix(first, end, context) ?? titledPlace(first, end, context) ?? splitTitle(first, end, context) ?? splitTrailingTitle(first, end, context) ?? classifyByShape(first, end, context);
}

/**
 * "201st Military Base", "Eighth Naval Region": an ordinal and a service word before a place head number a military
 * unit (guidelines: armed forces and units are organizations); "Fifth Avenue", "Third Ring Road" have no service word.
 */
function namesNumberedUnit(tokens: readonly Token[], first: number, end: number): boolean {
  const number = tokens[first];
  return (number.ordinal || SPELLED_ORDINALS.has(number.lower)) && MILITARY_SERVICE_WORDS.has(tokens[end - 2].lower);
}

/** A name ending in a singular "System" with a weapon word before it ("Multiple Launch Rocket System"). */
function namesWeaponSystem(tokens: readonly Token[], first: number, end: number): boolean {
  if (end - first < 2 || tokens[end - 1].lower !== 'system') {
    return false;
  }
  for (let index = first; index < end - 1; index++) {
    if (WEAPON_SYSTEM_WORDS.has(tokens[index].lower)) {
      return true;
    }
  }
  return false;
}

/** "the Sheikh Maqsoud neighbourhood", "the town of Emir Abdelkader": a place cue makes a name that opens with a title a place. */
function titledPlace(first: number, end: number, context: LineContext): Piece[] | null {
  const { tokens } = context;
  return end - first > 1 && TITLES.has(tokens[first].lower) && hasPlaceCue(tokens, first, end) ? [piece(tokens, first, end, 'place', context.titleCase ? 0 : 2)] : null;
}

/**
 * "Foreign Office Minister, Tobias Ellwood, said", "the Pentagon Press Secretary": a title after an institution's name,
 * with the person named elsewhere, is the institution's office; the institution is the name, the title is not.
 */
function splitTrailingTitle(first: number, end: number, context: LineContext): Piece[] | null {
  const { tokens } = context;
  const title = tokens[end - 1];
  if (end - first < 2 || title.possessive || !TITLES.has(title.lower)) {
    return null;
  }
  const before = classifyRange(first, end - 1, context);
  const office = before.length === 1 ? before[0] : undefined;
  return office !== undefined && office.firstToken === first && (office.type === 'organization' || office.type === 'place') && office.confidence >= 2 ? before : null;
}

/**
 * A chunk holding a designator at `index`. "Strait Thunder-2025A", "Zapad-2021": a year in it names an exercise; "G-20
 * Interfaith Conference", "COP28" an event; "M23 rebels" a group; a flight number or a virus strain nothing. Otherwise a
 * system, without a demonym before it ("Russian Su-34"); by shape only, so a surer mention elsewhere ("M23 rebels") types the name.
 */
function classifyDesignation(first: number, end: number, index: number, context: LineContext): Piece[] {
  const { tokens } = context;
  const designator = tokens[index];
  const before = tokenBefore(tokens, index, 1);
  const flight = before !== undefined && CODE_NOUNS.has(before.lower) && before.end === designator.start - 1;
  if (flight || NON_EQUIPMENT_CODE.test(designator.text)) {
    // "Ukraine International Airlines Flight PS752": the airline keeps its own type.
    const stop = flight && index > first ? index - 1 : index;
    return stop > first ? classifyRange(first, stop, context) : [];
  }
  const after = tokens[end];
  const followed = (words: ReadonlySet<string>): boolean => after !== undefined && after.gap === ' ' && !after.capitalized && words.has(after.lower);
  if (followed(CODE_FOLLOWERS)) {
    return [];
  }
  if (followed(GROUP_FOLLOWERS) || GROUP_CODE.test(designator.text)) {
    return [piece(tokens, first, end, 'organization', 3)];
  }
  if (YEAR_DESIGNATION.test(designator.text) || CONFERENCE_DESIGNATION.test(designator.text) || (end - 1 > index && EVENT_HEADS.has(tokens[end - 1].lower))) {
    return [piece(tokens, first, end, 'event', 3)];
  }
  let start = first;
  for (let split = first + 1; split <= index; split++) {
    if (isDemonym(phrase(tokens, first, split))) {
      start = split;
    }
  }
  if (start === index && designator.gap === '/' && before !== undefined && before.capitalized && before.text.length <= 2) {
    // "F/A-18": the letters before the slash belong to the designation.
    start = index - 1;
  }
  return [piece(tokens, start, end, 'equipment', 2)];
}

/**
 * Names whose form or line says what they are: a dateline or byline, "Rothschild & Co", "Gulf of X".
 */
function classifyByStructure(first: number, end: number, context: LineContext): Piece | null {
  const { tokens } = context;
  if (tokens[end - 1].end <= context.datelineEnd) {
    return piece(tokens, first, end, 'place', 3);
  }
  if (context.byline && end - first > 1 && tokens.slice(first, end).every((token) => token.capitalized)) {
    return piece(tokens, afterTitles(tokens, first, end), end, 'person', 2);
  }
  for (let index = first + 1; index < end; index++) {
    if (tokens[index].gap === ' & ') {
      return piece(tokens, first, end, 'organization', context.titleCase ? 0 : 2);
    }
  }
  if (end - first > 2 && PLACE_OF_STARTS.has(tokens[first].lower) && tokens[first + 1].lower === 'of') {
    return piece(tokens, first, end, 'place', context.titleCase ? 0 : 2);
  }
  return null;
}

/**
 * Index of a ship's prefix that opens a name in the chunk: at its start, or after a ship noun or "of" inside it
 * ("Bulk Carrier MV X", "Officer of INS Y"), where a prefix-like word opens no other name; -1 if none.
 */
function findVesselPrefix(tokens: readonly Token[], first: number, end: number): number {
  for (let index = first; index < end - 1; index++) {
    const token = tokens[index];
    const opens = index === first || VESSEL_NOUNS.has(tokens[index - 1].lower) || OF_CONNECTORS.has(tokens[index - 1].lower);
    if (opens && VESSEL_PREFIXES.has(token.lower) && (token.acronym || MIXED_CASE_PREFIX.test(token.text))) {
      return index;
    }
  }
  return -1;
}

/** "North Korea Alexander Matsegora", "Russian President ...": a known place, organization or demonym followed by more words. */
function splitKnownPrefix(first: number, end: number, context: LineContext): Piece[] | null {
  const { tokens } = context;
  for (let split = end - 1; split > first; split--) {
    if (!tokens[split].capitalized) {
      continue;
    }
    const text = phrase(tokens, first, split);
    if (isDemonym(text)) {
      return classifyRange(split, end, context);
    }
    const known = lexiconType(text);
    if (known !== null) {
      return [piece(tokens, first, split, known, 3), ...classifyRange(split, end, context)];
    }
  }
  return null;
}

/** "Foreign Minister Choe Son Hui", "NIS Director Cho Tae-yong": the words after a title name a person. */
function splitTitle(first: number, end: number, context: LineContext): Piece[] | null {
  const { tokens } = context;
  for (let start = first; start < end - 1; start++) {
    const length = titleLength(tokens, start, end);
    if (length > 0) {
      const before = start > first ? classifyBeforeTitle(first, start, context) : [];
      // "Prime Minister Sheikh Mohammed ...", "Deputy Secretary of State Antony Blinken": a second title before the
      // name is not part of it either.
      const nameStart = afterTitles(tokens, start + length, end);
      const name = trimTrailingTitle(tokens, nameStart, end);
      return [...before, piece(tokens, nameStart, name, 'person', context.titleCase ? 0 : 2)];
    }
  }
  return null;
}

/** The first token after the titles that open `[first, end)` ("Lt. Col. Owain “Taff” Pritchard", "By Dr. Leila Farahani"). */
function afterTitles(tokens: readonly Token[], first: number, end: number): number {
  let name = first;
  for (let length = titleLength(tokens, name, end); length > 0; length = titleLength(tokens, name, end)) {
    name += length;
  }
  return name;
}

/** Words of the longest title at `start` that a name word follows before `end`, or 0. */
function titleLength(tokens: readonly Token[], start: number, end: number): number {
  for (let length = Math.min(MAX_TITLE_WORDS, end - start - 1); length > 0; length--) {
    if (TITLES.has(phrase(tokens, start, start + length))) {
      const grade = rankGradeLength(tokens, start + length, end);
      if (grade > 0 || NAME_WORD.test(tokens[start + length].text)) return length + grade;
    }
  }
  return 0;
}

/** Where the institution after titles and "of (the)" begins ("Commander of the Northern Fleet" → Northern), or -1; "Secretary of State" is one title. */
function institutionAfterTitle(tokens: readonly Token[], first: number, end: number): number {
  let at = first;
  while (at < end && TITLES.has(tokens[at].lower)) at++;
  if (tokens[at]?.lower !== 'of') return -1;
  for (let titleEnd = at + 2; titleEnd <= Math.min(end, at + MAX_TITLE_WORDS); titleEnd++) {
    for (let start = first; start < at; start++) if (TITLES.has(phrase(tokens, start, titleEnd))) return -1;
  }
  const institution = tokens[at + 1]?.lower === 'the' ? at + 2 : at + 1;
  return institution < end && NAME_WORD.test(tokens[institution].text) ? institution : -1;
}

/** 2 for the grade a rank may carry before the name ("Sergeant Second Class", "Captain 1st Rank"), else 0. */
function rankGradeLength(tokens: readonly Token[], at: number, end: number): number {
  const grade = tokens[at];
  const noun = tokens[at + 1];
  if (at + 2 >= end || !(grade.ordinal || SPELLED_GRADES.has(grade.lower)) || !RANK_GRADE_NOUNS.has(noun.lower) || noun.gap !== ' ') return 0;
  return NAME_WORD.test(tokens[at + 2].text) ? 2 : 0;
}

/**
 * "Army Col. Steve Warren", "Navy Capt. Ana Ruiz": a service or unit word right before a rank is the person's organization,
 * not a person itself (the words around the whole name, "said Army Col. ...", cue the person after the rank).
 */
function classifyBeforeTitle(first: number, start: number, context: LineContext): Piece[] {
  const { tokens } = context;
  // Not the head of a longer name the chunk began with ("European Commission President X" keeps its organization whole).
  const qualified = first > 0 && tokens[first - 1].capitalized && tokens[first].gap === ' ';
  if (start - first === 1 && !qualified && ORGANIZATION_HEADS.has(tokens[first].lower) && !tokens[first].possessive) {
    return [piece(tokens, first, start, 'organization', context.titleCase ? 0 : 2)];
  }
  return classifyRange(first, start, context);
}

function holdsNickname(tokens: readonly Token[], first: number, end: number): boolean {
  for (let index = first + 1; index < end - 1; index++) {
    if (tokens[index].gap === ' "' || tokens[index].gap === ' “') {
      return true;
    }
  }
  return false;
}

function trimTrailingTitle(tokens: readonly Token[], first: number, end: number): number {
  while (end - first > 1 && TITLES.has(tokens[end - 1].lower)) {
    end--;
  }
  return end;
}

function classifyByShape(first: number, end: number, context: LineContext): Piece[] {
  const { tokens } = context;
  const count = end - first;
  const head = tokens[first];
  const before = tokenBefore(tokens, first, 1);
  const after = tokens[end];
  const spokenAfter = after !== undefined && after.gap === ' ' && SPEECH_VERBS.has(after.lower);
  const introduced = before !== undefined && before.end === head.start - 1 && (ROLE_NOUNS.has(before.lower) || SPEECH_VERBS.has(before.lower));
  const cap = (confidence: Confidence): Confidence => (context.titleCase ? 0 : confidence);
  const cued = contextType(first, end, context);
  if (cued !== null) {
    // Surer than a speech verb, which organizations take too: "the company Cinia ... Cinia said" is one company.
    return [piece(tokens, first, end, cued, cap(3))];
  }
  if (count === 1) {
    return classifyWord(first, context, spokenAfter || introduced);
  }
  const words = tokens.slice(first, end);
  if (words.every((token) => token.text.length === 1)) {
    // "A A+" font-size controls, initials without periods.
    return [];
  }
  if (words.every((token) => token.acronym || token.designator)) {
    return [piece(tokens, first, end, 'organization', cap(1))];
  }
  if (!words.every((token) => NAME_WORD.test(token.text) || token.gap !== ' ' || NAME_PARTICLES.has(token.text))) {
    return [piece(tokens, first, end, 'organization', cap(1))];
  }
  if (ORGANIZATION_FIRST_WORDS.has(head.lower)) {
    return [piece(tokens, first, end, 'organization', cap(2))];
  }
  if (!GIVEN_NAMES.has(head.lower) && hasOrganizationCue(first, end, context)) {
    return [piece(tokens, first, end, 'organization', cap(2))];
  }
  const personCued = spokenAfter || introduced || GIVEN_NAMES.has(head.lower) || words.some((token) => KOREAN_GIVEN_NAME.test(token.text));
  if (!personCued && (PLACE_STARTS.has(head.lower) || (COMPASS_WORDS.has(head.lower) && count <= 3) || hasPlaceCue(tokens, first, end))) {
    // "Beit Lahiya", "West Darfur", "the town of Al Qusayr", "Pengjia islet".
    return [piece(tokens, first, end, 'place', cap(2))];
  }
  // An uncued run of four or more capitalized words is more often a title or a heading than a person.
  if (count <= 3 || (personCued && count <= 4)) {
    return [piece(tokens, first, end, 'person', cap(personCued ? 2 : 1))];
  }
  return [piece(tokens, first, end, null, 0)];
}

/**
 * The type the words around a name give it: a noun right before ("consultancy X", "the tanker X"), an employer's
 * "at" ("an analyst at X") or an apposition after ("X, a think tank", "X, a Greek frigate", "X, a town of 50,000").
 */
function contextType(first: number, end: number, context: LineContext): EntityType | null {
  const { tokens, line } = context;
  const before = tokenBefore(tokens, first, 1);
  if (before !== undefined && !before.capitalized && isSpaceOrQuote(line.slice(before.end, tokens[first].start))) {
    const type = nounType(before.lower, before.lower === 'tank' ? line.slice(Math.max(0, before.start - 6), before.start).toLowerCase().trim() : undefined);
    if (type !== null && type !== 'place') {
      return type;
    }
    const employee = tokenBefore(tokens, first, 2);
    if (before.lower === 'at' && employee !== undefined && employee.end === before.start - 1 && EMPLOYEE_NOUNS.has(employee.lower)) {
      return 'organization';
    }
  }
  const nameEnd = tokens[end - 1].end;
  if (nameEnd >= line.length || line.charCodeAt(nameEnd) !== COMMA || tokens[end - 1].possessive) {
    return null;
  }
  const after = line.slice(nameEnd, nameEnd + MAX_APPOSITION_LENGTH);
  const opening = APPOSITION.exec(after);
  if (opening === null) {
    return null;
  }
  const phraseText = after.slice(opening[0].length);
  const words = phraseText.slice(0, phraseText.search(APPOSITION_END)).split(' ');
  return words.length <= MAX_APPOSITION_WORDS ? nounType(words[words.length - 1].toLowerCase(), words[words.length - 2]?.toLowerCase()) : null;
}

/** A space, or a space and an opening quote ('the tanker "Sounion"'). */
function isSpaceOrQuote(gap: string): boolean {
  return gap === ' ' || (gap.length === 2 && gap[0] === ' ' && (gap[1] === '"' || gap[1] === '“' || gap[1] === "'" || gap[1] === '‘'));
}

/** What a common noun says the name next to it is; "tank" only in "think tank". */
function nounType(noun: string, previous?: string): EntityType | null {
  if (noun === 'tank') {
    return previous === 'think' ? 'organization' : null;
  }
  if (VESSEL_NOUNS.has(noun)) {
    return 'equipment';
  }
  if (ORGANIZATION_CUE_NOUNS.has(noun)) {
    return 'organization';
  }
  return PLACE_APPOSITION_NOUNS.has(noun) ? 'place' : null;
}

/** "X said in a statement", "X, which": words after a name that only an institution takes. */
const ORGANIZATION_AFTER = /^(?: said in an? (?:written |joint )?statement\b|, which\s)/u;
/**
 * "a spokesperson for X", "according to X", "the leader of X", "fighters from X", "a poll by X": words before a name that, with two or
 * more words and no given name, mean an institution or an armed group.
 */
const ORGANIZATION_BEFORE = /(?:\b(?:spokesperson|spokesman|spokeswoman) for|\baccording to|\b(?:leaders?|founder|members?|commanders?|fighters) (?:of|from)(?: the)?|\b(?:polls?|surveys?) (?:by|from)) $/iu;

/** Whether the words around a multi-word name of no known type make it an organization (or armed group) rather than a person. */
function hasOrganizationCue(first: number, end: number, context: LineContext): boolean {
  const { tokens, line } = context;
  if (tokens[end - 1].possessive) {
    return false;
  }
  if (precedesGroupFollower(tokens, end)) {
    return true;
  }
  const start = tokens[first].start;
  return ORGANIZATION_AFTER.test(line.slice(tokens[end - 1].end, tokens[end - 1].end + 40)) || ORGANIZATION_BEFORE.test(line.slice(Math.max(0, start - 30), start));
}

/** "Viv Ansanm gangs", "Ansar Allah fighters": a group noun at `end` (after a designation, "fighters" are jets: "Su-35 fighters"). */
function precedesGroupFollower(tokens: readonly Token[], end: number): boolean {
  const after = tokens[end];
  return after !== undefined && after.gap === ' ' && !after.capitalized && (GROUP_FOLLOWERS.has(after.lower) || after.lower === 'fighters');
}

/** "Kursk region", "Pengjia islet", "the city of Lutsk", "north of Keelung", "near Khiam": words around the name that make it a place. */
function hasPlaceCue(tokens: readonly Token[], first: number, end: number): boolean {
  const after = tokens[end];
  if (after !== undefined && after.gap === ' ' && !tokens[end - 1].possessive && PLACE_FOLLOWERS.has(after.lower)) {
    return true;
  }
  const of = tokenBefore(tokens, first, 1);
  if (of !== undefined && !of.capitalized && of.end === tokens[first].start - 1 && PLACE_ONLY_PREPOSITIONS.has(of.lower)) {
    return true;
  }
  const noun = tokenBefore(tokens, first, 2);
  return (
    of !== undefined && noun !== undefined && of.lower === 'of' && of.end === tokens[first].start - 1 && of.gap === ' ' &&
    !noun.capitalized && PLACE_OF_NOUNS.has(noun.lower)
  );
}

function classifyWord(index: number, context: LineContext, spoken: boolean): Piece[] {
  const { tokens } = context;
  const token = tokens[index];
  if (token.text.length < 2 || SENTENCE_WORDS.has(token.lower) || (token.acronym && COMMON_ACRONYMS.has(acronymLetters(token.text).toLowerCase()))) {
    return [];
  }
  const hyphen = token.text.indexOf('-');
  if (isDescriptiveCompound(token.text)) {
    return classifyCompound(token, index, context);
  }
  if (hyphen > 0 && EQUIPMENT_NAMES.has(token.lower.slice(0, hyphen))) {
    // A variant of a listed system ("Iskander-M").
    return [piece(tokens, index, index + 1, 'equipment', 3)];
  }
  const cap = (confidence: Confidence): Confidence => (context.titleCase ? 0 : confidence);
  if (hyphen > 0 && VARIANT_DESIGNATION.test(token.text)) {
    return [piece(tokens, index, index + 1, 'equipment', cap(2))];
  }
  if (token.acronym) {
    return [piece(tokens, index, index + 1, 'organization', cap(1))];
  }
  if (!token.possessive && precedesGroupFollower(tokens, index + 1) && tokens[index + 1].lower !== 'movement') {
    // "Fano militias", "Wazalendo fighters"; in "the Houthi movement" the noun is part of the name.
    return [piece(tokens, index, index + 1, 'organization', cap(2))];
  }
  if (spoken) {
    return [piece(tokens, index, index + 1, 'person', cap(2))];
  }
  if (precedesPersonFollower(tokens, index)) {
    return [piece(tokens, index, index + 1, 'person', cap(2))];
  }
  if (hasPlaceCue(tokens, index, index + 1)) {
    return [piece(tokens, index, index + 1, 'place', cap(2))];
  }
  const before = tokenBefore(tokens, index, 1);
  if (before !== undefined && !token.sentenceStart && PLACE_PREPOSITIONS.has(before.lower) && before.end === token.start - 1) {
    return [piece(tokens, index, index + 1, 'place', cap(1))];
  }
  return [piece(tokens, index, index + 1, null, 0)];
}

/** "wrote on X", "said in a post on X (formerly Twitter)", "on X.": the letter X after "on", ending a name or a sentence, is the platform. */
function isPlatformX(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  const before = tokenBefore(tokens, index, 1);
  if (before === undefined || before.lower !== 'on' || before.end !== token.start - 1) {
    return false;
  }
  const after = tokens[index + 1];
  return token.text === 'X.' || (token.text === 'X' && (after === undefined || after.gap !== ' ' || !after.capitalized));
}

/** "Iran-backed" names Iran; "Korean-speaking" names nothing; "Son-hui" alone stays unknown. */
function classifyCompound(token: Token, index: number, context: LineContext): Piece[] {
  const head = token.text.slice(0, token.text.indexOf('-'));
  if (isDemonym(head.toLowerCase())) {
    return [];
  }
  const known = lexiconType(head.toLowerCase());
  if (known !== null) {
    return [{ firstToken: index, endToken: index + 1, start: token.start, end: token.start + head.length, type: known, confidence: 3 }];
  }
  if (hasLocativeSuffix(token.lower)) {
    return [{ firstToken: index, endToken: index + 1, start: token.start, end: token.start + head.length, type: 'place', confidence: context.titleCase ? 0 : 2 }];
  }
  return [piece(context.tokens, index, index + 1, null, 0)];
}

/** "the Biden administration", and the first name of "the Trump and Biden administrations". */
function precedesPersonFollower(tokens: readonly Token[], index: number): boolean {
  let after = tokens[index + 1];
  if (after?.gap === ' ' && after.lower === 'and' && tokens[index + 2]?.gap === ' ' && tokens[index + 2].capitalized) {
    after = tokens[index + 3];
  }
  return after !== undefined && after.gap === ' ' && !tokens[index].possessive && PERSON_FOLLOWERS.has(after.lower);
}

/** "Iran-backed", "Korean-speaking": a capitalized word joined to a lower-case one. */
function isDescriptiveCompound(text: string): boolean {
  const hyphen = text.indexOf('-');
  return hyphen > 0 && /\p{Ll}/u.test(text[hyphen + 1] ?? '');
}

/**
 * "World War Two-era", "Saudi Arabia-led", "Cold War-style": a listed name whose last word carries a describing suffix;
 * "Marshall Islands-flagged", "Abu Dhabi-based": any name before a locative suffix is a place.
 */
function listedBeforeSuffix(tokens: readonly Token[], first: number, end: number): Piece | null {
  const last = tokens[end - 1];
  if (!isDescriptiveCompound(last.text)) {
    return null;
  }
  const head = last.lower.slice(0, last.lower.indexOf('-'));
  const listed = lexiconType(`${phrase(tokens, first, end - 1)} ${head}`);
  const type = listed ?? (hasLocativeSuffix(last.lower) ? 'place' : null);
  return type === null ? null : { firstToken: first, endToken: end, start: tokens[first].start, end: last.start + head.length, type, confidence: listed === null ? 2 : 3 };
}

/** "athens-based", "panama-flagged". */
function hasLocativeSuffix(lower: string): boolean {
  return LOCATIVE_SUFFIXES.has(lower.slice(lower.lastIndexOf('-') + 1));
}

/** "Islamic State of Iraq and the Levant": a listed organization's name with an of-phrase the chunker joined is its fuller name. */
function extendsListedOrganization(tokens: readonly Token[], first: number, end: number): boolean {
  const head = headIndex(tokens, first, end);
  return head < end - 1 && lexiconType(phrase(tokens, first, head + 1)) === 'organization';
}

/** Whether tokens `[first, end)` open with a listed organization that more words follow. */
function opensWithListedOrganization(tokens: readonly Token[], first: number, end: number): boolean {
  for (let split = first + 1; split < end; split++) {
    if (lexiconType(phrase(tokens, first, split)) === 'organization') {
      return true;
    }
  }
  return false;
}

/** "South Korean National Assembly": a demonym before a listed name is not part of it. */
function knownAfterDemonym(first: number, end: number, tokens: readonly Token[]): { first: number; type: EntityType } | null {
  const split = demonymEnd(tokens, first, end - 1);
  const type = split > first ? lexiconType(phrase(tokens, split, end)) : null;
  return type === null ? null : { first: split, type };
}

/** Where the shortest demonym opening tokens `[first, ...)` ends, at most at `last`; `first` when none does. */
function demonymEnd(tokens: readonly Token[], first: number, last: number): number {
  for (let split = first + 1; split <= last; split++) {
    if (isDemonym(phrase(tokens, first, split))) {
      return split;
    }
  }
  return first;
}

/** Heads of government offices that a national demonym before them only describes. */
const DESCRIBED_OFFICE_HEADS = new Set(['ministry', 'department', 'service', 'command']);
/** Demonyms of continents and regions, which name bodies of their own ("European External Action Service"). */
export const REGIONAL_DEMONYMS = new Set(['european', 'african', 'asian', 'arab', 'nordic', 'baltic']);
const MAX_DEMONYM_WORDS = 2;

/**
 * "Chinese Foreign Ministry", "Armenian Ministry of Defense", "Iraqi Counter-Terrorism Service": a national demonym before
 * an office is not part of its name; the first token of the office, or `first`. Armed forces keep theirs ("Indian Navy"),
 * and so do names that open with a compass word ("Western Mindanao Command") or a continent's demonym ("European External
 * Action Service").
 */
function officeAfterDemonym(first: number, end: number, tokens: readonly Token[]): number {
  const opening = tokens[first].lower;
  if (COMPASS_WORDS.has(opening) || REGIONAL_DEMONYMS.has(opening) || !DESCRIBED_OFFICE_HEADS.has(tokens[headIndex(tokens, first, end)].lower)) {
    return first;
  }
  return demonymEnd(tokens, first, Math.min(end - 1, first + MAX_DEMONYM_WORDS));
}

/** Index of the head word of tokens `[first, end)`: the last before its first "of"/"for"/"on" ("Institute for Korean Studies"), else the last. */
export function headIndex(tokens: readonly Token[], first: number, end: number): number {
  for (let index = first + 1; index < end - 1; index++) {
    if (!tokens[index].capitalized && OF_CONNECTORS.has(tokens[index].lower)) {
      return index - 1;
    }
  }
  return end - 1;
}

/**
 * Every listed name with its type; a name in several lexicons takes the first of place, organization, event, equipment.
 * Plurals of equipment names ("Shaheds") are listed too, after all names, so a listed name keeps its own type.
 */
const LEXICON = new Map<string, EntityType>();
for (const [names, type] of [[EQUIPMENT_NAMES, 'equipment'], [EVENT_NAMES, 'event'], [ORGANIZATION_NAMES, 'organization'], [PLACE_NAMES, 'place']] as const) {
  for (const name of names) {
    LEXICON.set(name, type);
  }
}
for (const name of EQUIPMENT_NAMES) {
  if (!LEXICON.has(`${name}s`)) {
    LEXICON.set(`${name}s`, 'equipment');
  }
}
/** Demonyms and their plurals ("Ukrainians"). */
const DEMONYM_FORMS = new Set([...DEMONYMS, ...Array.from(DEMONYMS, (demonym) => `${demonym}s`)]);

/** The piece owning each token, undefined outside every piece; where pieces overlap, the later one. */
export function tokenOwners(tokenCount: number, pieces: readonly Piece[]): (Piece | undefined)[] {
  const owners = new Array<Piece | undefined>(tokenCount);
  for (const owned of pieces) {
    // A loop, not Array.prototype.fill, which runs in the slow C++ runtime on an array with holes.
    for (let index = owned.firstToken; index < owned.endToken; index++) {
      owners[index] = owned;
    }
  }
  return owners;
}

/** Type of a name listed in a lexicon, or null. */
function lexiconType(text: string): EntityType | null {
  // One map look-up, plurals included, instead of several set look-ups and a slice: this runs for every phrase of every chunk.
  return LEXICON.get(text) ?? null;
}

function isDemonym(text: string): boolean {
  return DEMONYM_FORMS.has(text);
}

// A dateline's dash opens the story's first sentence: "RANAI - A China Coast Guard vessel".
const DATELINE_DASH_GAP = /\s[-–—]\s+$/;

/** Sentence-initial "Regarding", "Some", "The", which do not belong to the name that follows. */
function isSentenceWord(token: Token): boolean {
  return (token.sentenceStart || DATELINE_DASH_GAP.test(token.gap)) && !token.acronym && SENTENCE_WORDS.has(token.lower);
}

/**
 * "Popular Mobilization Forces", "Home Office", "Syrian Observatory for Human Rights": a name ending in an institution's
 * head or holding "of"/"for" keeps words that elsewhere are page furniture ("Popular", "Home", "Rights").
 */
function isInstitutionShaped(tokens: readonly Token[], first: number, end: number): boolean {
  if (end - first < 2 || !(PAGE_FURNITURE_WORDS.has(tokens[first].lower) || PAGE_FURNITURE_WORDS.has(tokens[end - 1].lower))) {
    return false;
  }
  if (ORGANIZATION_HEADS.has(tokens[end - 1].lower)) {
    return true;
  }
  for (let index = first + 1; index < end - 1; index++) {
    if (!tokens[index].capitalized && OF_CONNECTORS.has(tokens[index].lower)) {
      return true;
    }
  }
  return false;
}

/** "Democratic Party of Korea", "Ministry of Defense": an institution word followed by a connector. */
function hasOrganizationConnector(tokens: readonly Token[], first: number, end: number): boolean {
  for (let index = first + 1; index < end; index++) {
    const before = tokens[index - 1].lower;
    if (!tokens[index].capitalized && (ORGANIZATION_STARTS.has(before) || ORGANIZATION_HEADS.has(before))) {
      return true;
    }
  }
  return false;
}

/** Lower-case words of tokens `[first, end)` joined as written, without possessives. */
function phrase(tokens: readonly Token[], first: number, end: number): string {
  let text = tokens[first].lower;
  for (let index = first + 1; index < end; index++) {
    text += (tokens[index].gap === '-' ? '-' : ' ') + tokens[index].lower;
  }
  return text;
}

/** The token `back` places before `index`, if any; a negative index would be a slow look-up of a property named "-1". */
function tokenBefore(tokens: readonly Token[], index: number, back: number): Token | undefined {
  return index >= back ? tokens[index - back] : undefined;
}

function piece(tokens: readonly Token[], first: number, end: number, type: EntityType | null, confidence: Confidence): Piece {
  return { firstToken: first, endToken: end, start: tokens[first].start, end: tokens[end - 1].end, type, confidence };
}
