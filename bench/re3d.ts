/**
 * The Dstl re3d corpus (defence and security analysts' documents on Syria and Iraq) read from `.corpora/` and mapped to
 * our annotation guidelines (test/fixtures/gold/GUIDELINES.md). Used by the other-domains bench (evaluation part) and by
 * scripts/train-tagger.mjs (training part). ATTRIBUTION.md says where each file comes from; re3d text is never committed.
 */
import * as fs from 'fs';
import * as path from 'path';
import { CALENDAR_WORDS, DEMONYMS } from '../src/core/recognition/entities/ordinary-words';
import { EQUIPMENT_CLASS_HEADS, EQUIPMENT_NAMES, VESSEL_PREFIXES } from '../src/core/recognition/entities/equipment-words';
import { TITLES } from '../src/core/recognition/entities/person-words';
import { PLACE_NAMES } from '../src/core/recognition/entities/place-names';
import type { EntityMention, EntityType, FigureMention, FigureType, Recognition, Span } from '../src/core/recognition/types';

/** The re3d sub-folders whose licences allow use (BBC Online is CC BY-NC and Wikipedia CC BY-SA: left out). */
export const RE3D_SOURCES = ['centcom', 'uk-government', 'us-state-department', 'australia-dfat', 'eu-delegation-syria'] as const;

export interface Re3dDocument {
  id: string;
  source: string;
  text: string;
  /** re3d's mentions in our types, sorted, non-overlapping. */
  gold: Recognition;
  /**
   * Spans re3d annotates that our guidelines do not (descriptions such as "U.S. service members", class nouns such as
   * "rifle", nationalities, references, misaligned spans): a system mention inside one that meets no gold mention is
   * neither right nor wrong.
   */
  ignored: Span[];
}

interface Re3dEntity {
  documentId: string;
  begin: number;
  end: number;
  type: string;
  value: string;
  confidence: number;
}

/** The committed split: ids of the documents kept for evaluation (half of each source); the rest is for training. */
export function re3dEvaluationIds(): Set<string> {
  const file = [path.resolve(__dirname, '../../bench/re3d-evaluation-ids.json'), path.resolve(__dirname, 're3d-evaluation-ids.json')].find((candidate) => fs.existsSync(candidate));
  if (file === undefined) throw new Error('bench/re3d-evaluation-ids.json not found');
  return new Set((JSON.parse(fs.readFileSync(file, 'utf8')) as { evaluation: string[] }).evaluation);
}

/** The corpus folder, or null when `.corpora/` has no re3d files (CI). */
export function re3dFolder(root = path.resolve(__dirname, '../..')): string | null {
  const folder = path.join(root, '.corpora');
  return RE3D_SOURCES.every((source) => fs.existsSync(path.join(folder, `re3d-${source}-documents.json`))) ? folder : null;
}

/** mongoexport files hold one JSON object per line. */
function jsonLines<T>(file: string): T[] {
  return fs
    .readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

/** Every usable re3d document with its mapped gold, in a fixed order. */
export function loadRe3d(folder: string): Re3dDocument[] {
  const documents: Re3dDocument[] = [];
  for (const source of RE3D_SOURCES) {
    const texts = jsonLines<{ _id: string; text: string }>(path.join(folder, `re3d-${source}-documents.json`));
    const entities = jsonLines<Re3dEntity>(path.join(folder, `re3d-${source}-entities.json`));
    for (const { _id: id, text } of texts.sort((a, b) => (a._id < b._id ? -1 : 1))) {
      documents.push({ id, source, text, ...mapAnnotations(text, entities.filter((entity) => entity.documentId === id)) });
    }
  }
  return documents;
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** Drops system mentions that lie on spans re3d annotates and we do not, unless they meet a gold mention. */
export function withoutIgnored(doc: Re3dDocument, system: Recognition): Recognition {
  const keep = <T extends Span>(mentions: readonly T[], gold: readonly Span[]): T[] =>
    mentions.filter((mention) => gold.some((other) => overlaps(mention, other)) || !doc.ignored.some((span) => overlaps(mention, span)));
  return { entities: keep(system.entities, doc.gold.entities), figures: keep(system.figures, doc.gold.figures) };
}

type Mapped = { kind: 'entity'; type: EntityType; start: number; end: number } | { kind: 'figure'; type: FigureType; start: number; end: number };

/** re3d's annotations of one text in our types: one type per span (the most confident), outer names over nested ones. */
export function mapAnnotations(text: string, annotations: readonly Re3dEntity[]): { gold: Recognition; ignored: Span[] } {
  const best = new Map<string, Re3dEntity>();
  for (const annotation of annotations) {
    const key = `${annotation.begin}:${annotation.end}`;
    const other = best.get(key);
    if (other === undefined || annotation.confidence > other.confidence) best.set(key, annotation);
  }
  const mapped: Mapped[] = [];
  const ignored: Span[] = [];
  for (const annotation of best.values()) {
    const result = text.slice(annotation.begin, annotation.end) === annotation.value && startsAtWord(text, annotation.begin) ? mapAnnotation(text, annotation) : [];
    if (result.length === 0) ignored.push({ start: annotation.begin, end: annotation.end });
    mapped.push(...result);
  }
  // Our mentions never overlap: the longer one stays ("Syrian Democratic Forces" over its nested "Syrian").
  mapped.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Mapped[] = [];
  for (const mention of mapped) {
    if (!kept.some((other) => other.kind === mention.kind && other.start < mention.end && mention.start < other.end)) kept.push(mention);
  }
  kept.sort((a, b) => a.start - b.start);
  const entities: EntityMention[] = [];
  const figures: FigureMention[] = [];
  for (const mention of kept) {
    const surface = text.slice(mention.start, mention.end);
    if (mention.kind === 'entity') entities.push({ start: mention.start, end: mention.end, text: surface, type: mention.type, key: `${mention.type}:${surface.toLowerCase()}` });
    else figures.push({ start: mention.start, end: mention.end, text: surface, type: mention.type, value: null, qualifier: null, unit: null });
  }
  return { gold: { entities, figures }, ignored };
}

/** A few annotations start inside a word ("st ISIL"): their offsets are off, so they are not gold. */
function startsAtWord(text: string, start: number): boolean {
  return start === 0 || !/[\p{L}\p{N}]/u.test(text[start - 1]);
}

const PRONOUNS = new Set('i me my he him his she her it its we us our they them their you your this that these those who which one'.split(' '));
/** Words after "of" that belong to a title ("Secretary of State John Kerry"). */
const TITLE_OBJECTS = new Set(['state', 'defense', 'defence', 'staff', 'foreign', 'affairs']);
const TITLE_WORDS = new Set([...TITLES, ...DEMONYMS, 'u.s.', 'us', 'uk', 'u.k.', 'former', 'then', 'acting', 'deputy', 'assistant', 'senior', 'army', 'navy', 'air', 'force', 'marine', 'corps', 'staff', 'class']);
const MAX_TITLE_WORDS = 4;

interface Word {
  start: number;
  end: number;
  text: string;
}

function wordsOf(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  // Marks of text direction (U+200E, U+200F) are spaces here: "Prime Minister\u200e Haider al-Abadi".
  for (const match of text.slice(start, end).matchAll(/[^\s\u200e\u200f,;:()"“”]+/g)) {
    words.push({ start: start + match.index, end: start + match.index + match[0].length, text: match[0] });
  }
  return words;
}

const isCapitalized = (word: string): boolean => /^[\p{Lu}\d]/u.test(word) || /^(?:al|el|ar|as|ad|ash|an|at|az)-\p{Lu}/u.test(word);
const lower = (word: string): string => word.toLowerCase().replace(/[’']s$/, '');

/** The span of words `[first, last]` with a trailing possessive and punctuation removed. */
function spanOf(text: string, words: readonly Word[], first: number, last: number): [number, number] {
  let end = words[last].end;
  const possessive = /[’']s?$/.exec(text.slice(words[last].start, end));
  if (possessive) end -= possessive[0].length;
  while (end > words[first].start && /[.,;:!?]/.test(text[end - 1]) && !/\b[A-Z]\.$|\b[A-Z][a-z]{0,3}\.$/.test(text.slice(words[first].start, end))) end--;
  return [words[first].start, end];
}

/** Drops a leading "the", titles, ranks and demonyms (longest listed title first). */
function stripTitles(words: Word[], allowTitles: boolean): Word[] {
  let index = 0;
  for (;;) {
    if (index >= words.length) break;
    if (lower(words[index].text) === 'the') {
      index++;
      continue;
    }
    if (!allowTitles) break;
    let matched = 0;
    for (let length = Math.min(MAX_TITLE_WORDS, words.length - index - 1); length >= 1 && matched === 0; length--) {
      const phrase = words.slice(index, index + length).map((word) => lower(word.text)).join(' ');
      if (TITLE_WORDS.has(phrase) || TITLE_WORDS.has(phrase.replace(/\.$/, ''))) matched = length;
    }
    if (matched === 0 && index > 0 && lower(words[index].text) === 'of' && index + 1 < words.length && TITLE_OBJECTS.has(lower(words[index + 1].text))) matched = 2;
    if (matched === 0) break;
    index += matched;
  }
  return words.slice(index);
}

function mapAnnotation(text: string, annotation: Re3dEntity): Mapped[] {
  const { begin, end } = annotation;
  switch (annotation.type) {
    case 'Person':
      return named(text, begin, end, 'person');
    case 'Organisation':
      return named(text, begin, end, 'organization');
    case 'Location':
      // "Rome, Italy" is two places for us.
      return splitAtCommas(text, begin, end).flatMap(([start, stop]) => named(text, start, stop, 'place'));
    case 'MilitaryPlatform':
    case 'Weapon':
    case 'Vehicle':
      return equipment(text, begin, end);
    case 'Temporal':
      return /\d|day|week|month|year|hour|night|morning|evening|today|yesterday|tomorrow|tonight/i.test(annotation.value) ? [{ kind: 'figure', type: 'date', start: begin, end }] : [];
    case 'Money':
      return /\d|million|billion|thousand/i.test(annotation.value) ? [{ kind: 'figure', type: 'money', start: begin, end }] : [];
    case 'Quantity':
      return quantity(annotation.value, begin, end);
    default:
      // Nationality, CommsIdentifier, DocumentReference, Frequency, Url: no type of ours.
      return [];
  }
}

function splitAtCommas(text: string, start: number, end: number): [number, number][] {
  const parts: [number, number][] = [];
  let from = start;
  for (let index = start; index <= end; index++) {
    if (index === end || text[index] === ',') {
      let first = from;
      while (first < index && /\s/.test(text[first])) first++;
      if (first < index) parts.push([first, index]);
      from = index + 1;
    }
  }
  return parts;
}

/**
 * A name, or nothing when re3d annotated a description ("President of the United States", "the rebels"). People lose
 * their titles; organizations and places a leading "the" and lower-case words ("northern Syria" → "Syria"); a country
 * re3d calls an organization (a government acting) is a place for us.
 */
function named(text: string, start: number, end: number, type: EntityType): Mapped[] {
  let words = stripTitles(wordsOf(text, start, end), type === 'person');
  // Titles led by words of their own ("Foreign Office Minister Tobias Ellwood", "1st Class Charles H. Keating IV").
  if (type === 'person') {
    for (let index = words.length - 2; index >= 0; index--) {
      if (TITLE_WORDS.has(lower(words[index].text))) {
        words = words.slice(index + 1);
        break;
      }
    }
  }
  if (type !== 'person') {
    while (words.length > 0 && !isCapitalized(words[0].text)) words = words.slice(1);
  }
  if (words.length === 0 || !isCapitalized(words[0].text) || !isCapitalized(words[words.length - 1].text.replace(/^[’']/, ''))) return [];
  // "Iraqi city of Mosul" → "Mosul": a place after a lower-case class word.
  if (type === 'place') {
    let lastLower = words.length - 1;
    while (lastLower >= 0 && (isCapitalized(words[lastLower].text) || /^(?:and|of|the|de|al|el)$/.test(words[lastLower].text))) lastLower--;
    words = words.slice(lastLower + 1);
    while (words.length > 0 && /^(?:of|the)$/.test(words[0].text)) words = words.slice(1);
    if (words.length === 0) return [];
  }
  const phrase = words.map((word) => lower(word.text)).join(' ');
  // Pronouns, month names re3d typed as people ("Jan. 8"), lone titles ("The Foreign Secretary"), demonyms ("Iraqis").
  if (PRONOUNS.has(phrase) || CALENDAR_WORDS.has(phrase) || CALENDAR_WORDS.has(`${phrase}.`) || TITLE_WORDS.has(phrase) || DEMONYMS.has(phrase.replace(/s$/, ''))) return [];
  if (type === 'person' && TITLE_WORDS.has(lower(words[words.length - 1].text))) return [];
  // A person is only capitalized words (with particles and initials); a lower-case word means a description.
  if (type === 'person' && words.some((word) => !isCapitalized(word.text) && !/^(?:bin|ibn|al|el|de|da|van|von|der|la|le)$/.test(word.text))) return [];
  const [first, stop] = spanOf(text, words, 0, words.length - 1);
  if (stop <= first || !/\p{L}/u.test(text.slice(first, stop))) return [];
  const name = text.slice(first, stop).toLowerCase();
  // Our guidelines type a country acting as a government as a place, operations as events, weapon acronyms as equipment.
  let mappedType = type;
  if (type === 'organization' && PLACE_NAMES.has(name.replace(/^the /, ''))) mappedType = 'place';
  else if (type === 'organization' && /^operation /.test(name)) mappedType = 'event';
  else if (type !== 'place' && EQUIPMENT_NAMES.has(name)) mappedType = 'equipment';
  return [{ kind: 'entity', type: mappedType, start: first, end: stop }];
}

/**
 * Equipment: a designation ("F-16", "DDG 70"), a listed system or class acronym ("VBIED"), a named vessel, or a class noun
 * our guidelines track ("tanks", "barrel bombs"); generic heads ("vehicles", "weapons", "assets") are not.
 */
function equipment(text: string, start: number, end: number): Mapped[] {
  let words = wordsOf(text, start, end);
  while (words.length > 0 && /^(?:a|an|the|one|two|three|four|five|several|some|\d[\d,]*|single|lone)$/i.test(words[0].text)) words = words.slice(1);
  if (words.length === 0) return [];
  const last = lower(words[words.length - 1].text);
  const designated = words.some((word) => /\p{L}.*\d|\d.*\p{L}/u.test(word.text) && /\p{Lu}/u.test(word.text)) || /\b\p{Lu}{2,}[ -]?\d/u.test(text.slice(start, end));
  const listed = words.some((word) => EQUIPMENT_NAMES.has(lower(word.text)) || VESSEL_PREFIXES.has(lower(word.text)));
  const classHead = EQUIPMENT_CLASS_HEADS.get(last);
  const tracked = (classHead === true || (classHead === false && words.length > 1)) && lower(words[0].text) !== 'suicide';
  if (!designated && !listed && !tracked) return [];
  const [first, stop] = spanOf(text, words, 0, words.length - 1);
  return stop > first ? [{ kind: 'entity', type: 'equipment', start: first, end: stop }] : [];
}

const TIME_UNITS = /\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b/i;
const MEASURE_UNITS = /\b(?:km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|square|feet|foot|kg|kilograms?|tons?|tonnes?|pounds|barrels?|lit(?:er|re)s?|hectares?|acres?|mm|cm)\b/i;

/** A quantity as our count, range, measure, percent or date (a duration), by its shape; "one", "once", "a" are not figures. */
function quantity(value: string, start: number, end: number): Mapped[] {
  if (!/\d|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|dozen/i.test(value)) return [];
  if (/^(?:\d+(?:st|nd|rd|th))$/i.test(value.trim())) return [];
  const type: FigureType = /%|percent|per cent/i.test(value)
    ? 'percent'
    : TIME_UNITS.test(value)
      ? 'date'
      : /\d\s*(?:to|-|–)\s*\d|between .+ and /i.test(value)
        ? 'range'
        : MEASURE_UNITS.test(value)
          ? 'measure'
          : 'count';
  return [{ kind: 'figure', type, start, end }];
}
