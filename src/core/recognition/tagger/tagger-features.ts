import type { EntityType } from '../types';
import type { Piece } from '../entities/classify-chunk';
import type { Token } from '../entities/tokenize-line';
import { DEMONYMS, SENTENCE_WORDS } from '../entities/ordinary-words';
import { ORGANIZATION_HEADS, ORGANIZATION_NAMES } from '../entities/organization-words';
import { GIVEN_NAMES, ROLE_NOUNS, TITLES } from '../entities/person-words';
import { PLACE_HEADS, PLACE_NAMES } from '../entities/place-names';
import { gazetteers } from './gazetteers';
import { featureHash, foldName, hashText } from './hash';

/** The tagger's tags: outside, and begin/inside for the three types the open corpora annotate. */
export const TAGS = ['O', 'B-person', 'I-person', 'B-organization', 'I-organization', 'B-place', 'I-place'] as const;
export const TAG_COUNT = TAGS.length;
export const TAGGED_TYPES: readonly EntityType[] = ['person', 'organization', 'place'];

/** The tag of type `typeIndex` (into TAGGED_TYPES) at the beginning (or inside) of a name. */
export function tagOf(typeIndex: number, inside: boolean): number {
  return 1 + typeIndex * 2 + (inside ? 1 : 0);
}

/** Type index of a tag (-1 for O) and whether it continues a name. */
export function typeOfTag(tag: number): number {
  return tag === 0 ? -1 : (tag - 1) >> 1;
}

export function isInsideTag(tag: number): boolean {
  return tag !== 0 && (tag - 1) % 2 === 1;
}

const enum Template {
  Bias,
  Word,
  Shape,
  Suffix3,
  Suffix4,
  Prefix3,
  PreviousWord,
  NextWord,
  SecondPreviousWord,
  SecondNextWord,
  PreviousTag,
  PreviousTagShape,
  Position,
  SentenceStart,
  CommonLower,
  Place,
  FirstName,
  Rule,
  Flags,
  NextWordPosition,
  Gap,
  PreviousTagRule,
  WordRule,
  Lexicon,
  PreviousLexicon,
  RuleContext,
}

/** The rules' word lists, as features: the tagger learns how far to trust each. */
const LEXICONS: readonly ReadonlySet<string>[] = [DEMONYMS, SENTENCE_WORDS, TITLES, ROLE_NOUNS, GIVEN_NAMES, PLACE_NAMES, PLACE_HEADS, ORGANIZATION_NAMES, ORGANIZATION_HEADS];

function lexiconBits(word: string): number {
  let bits = 0;
  for (let index = 0; index < LEXICONS.length; index++) {
    if (LEXICONS[index].has(word)) bits |= 1 << index;
  }
  return bits;
}

/** `lexiconBits` of the words before names, which are few ("the", "said", "in"): one look-up instead of one per lexicon. */
const neighbourBits = new Map<string, number>();

function neighbourLexiconBits(word: string): number {
  let bits = neighbourBits.get(word);
  if (bits === undefined) {
    bits = lexiconBits(word);
    if (neighbourBits.size >= MAX_CACHED_WORDS) neighbourBits.clear();
    neighbourBits.set(word, bits);
  }
  return bits;
}

const RULE_TYPES: readonly (EntityType | null)[] = ['person', 'organization', 'place', 'equipment', 'event', null];
const MAX_PLACE_WORDS = 4;
const NAME_HASHES = new Array<number>(MAX_PLACE_WORDS);

/** What the tagger sees of one chunk of a line: its tokens' features that do not depend on the tags before. */
export interface ChunkFeatures {
  first: number;
  end: number;
  /** Per token of the chunk, its static feature hashes. */
  features: number[][];
  /** Per token, the hashes that are combined with the previous tag. */
  shapes: number[];
  rules: number[];
  /** Per token, the tag its rule piece implies (0 when no rule typed it person, organization or place). */
  ruleTags: number[];
}

/**
 * Features of the tokens `[first, end)` of a chunk. `pieces` are the rules' findings on the line, so a rule's type
 * and how sure it is are features too (the tagger learns when to believe them).
 */
export function chunkFeatures(line: string, tokens: readonly Token[], first: number, end: number, owners: readonly (Piece | undefined)[]): ChunkFeatures {
  const words: WordFeatures[] = [];
  for (let index = first; index < end; index++) {
    words.push(wordFeatures(tokens[index].text));
  }
  const places = placeMatches(tokens, first, end, words);
  const features: number[][] = [];
  const shapes: number[] = [];
  const rules: number[] = [];
  const ruleTags: number[] = [];
  for (let index = first; index < end; index++) {
    const token = tokens[index];
    const word = words[index - first];
    const owner = owners[index];
    const ruleValue = owner === undefined ? 0 : 1 + RULE_TYPES.indexOf(owner.type) * 8 + owner.confidence * 2 + (index > owner.firstToken ? 1 : 0);
    const position = (index === first ? 1 : 0) + (index === end - 1 ? 2 : 0) + Math.min(end - first, 4) * 4;
    const previous = wordBefore(line, token.start);
    const next = wordAfter(line, token.end + (token.possessive ? 2 : 0));
    const nextHash = hashText(next.word);
    const list: number[] = [
      ...word.features,
      featureHash(Template.PreviousWord, hashText(previous.word)),
      featureHash(Template.NextWord, nextHash),
      featureHash(Template.SecondPreviousWord, hashText(wordBefore(line, previous.start).word)),
      featureHash(Template.SecondNextWord, hashText(wordAfter(line, next.end).word)),
      featureHash(Template.Position, position),
      featureHash(Template.SentenceStart, (token.sentenceStart ? 1 : 0) + word.commonLower * 2),
      featureHash(Template.Place, places[index - first]),
      featureHash(Template.FirstName, word.firstName + position * 2),
      featureHash(Template.Rule, ruleValue),
      featureHash(Template.Flags, (token.acronym ? 1 : 0) + (token.designator ? 2 : 0) + (token.possessive ? 4 : 0) + (token.ordinal ? 8 : 0)),
      featureHash(Template.NextWordPosition, nextHash ^ position),
      featureHash(Template.Gap, hashText(token.gap.trim())),
      featureHash(Template.WordRule, word.wordHash ^ Math.imul(ruleValue, 0x2545f491)),
      featureHash(Template.PreviousLexicon, neighbourLexiconBits(previous.word)),
      // A word no rule typed means little at a sentence start or when common in lower case, much elsewhere.
      featureHash(Template.RuleContext, ruleValue * 8 + (token.sentenceStart ? 4 : 0) + word.commonLower * 2 + (places[index - first] > 0 ? 1 : 0)),
    ];
    features.push(list);
    shapes.push(word.shapeHash);
    rules.push(ruleValue);
    const ruleType = owner === undefined || owner.type === null ? -1 : TAGGED_TYPES.indexOf(owner.type);
    ruleTags.push(ruleType < 0 ? 0 : tagOf(ruleType, index > owner!.firstToken && index > first));
  }
  return { first, end, features, shapes, rules, ruleTags };
}

/** What a word's spelling alone gives, the same wherever it occurs. */
interface WordFeatures {
  folded: string;
  wordHash: number;
  shapeHash: number;
  commonLower: number;
  firstName: number;
  /** Bias, word, shape, affixes, lexicons, common-in-lower-case by shape. */
  features: number[];
}

const MAX_CACHED_WORDS = 50_000;
/** Names recur through an article and across articles; their spelling features are made once. */
const wordCache = new Map<string, WordFeatures>();

function wordFeatures(text: string): WordFeatures {
  let cached = wordCache.get(text);
  if (cached === undefined) {
    const lists = gazetteers();
    const folded = foldName(text);
    const wordHash = hashText(folded);
    const shapeHash = hashText(shapeOf(text));
    const commonLower = lists.isCommonLower(folded) ? 1 : 0;
    cached = {
      folded,
      wordHash,
      shapeHash,
      commonLower,
      firstName: lists.isFirstName(folded) ? 1 : 0,
      features: [
        featureHash(Template.Bias, 0),
        featureHash(Template.Word, wordHash),
        featureHash(Template.Shape, shapeHash),
        featureHash(Template.Suffix3, hashText(folded, Math.max(0, folded.length - 3))),
        featureHash(Template.Suffix4, hashText(folded, Math.max(0, folded.length - 4))),
        featureHash(Template.Prefix3, hashText(folded, 0, Math.min(3, folded.length))),
        featureHash(Template.CommonLower, commonLower * 0x10000 + shapeHash),
        featureHash(Template.Lexicon, lexiconBits(text.toLowerCase())),
      ],
    };
    if (wordCache.size >= MAX_CACHED_WORDS) wordCache.clear();
    wordCache.set(text, cached);
  }
  return cached;
}

/** The features that depend on the tag chosen for the token before. */
export function tagFeatures(chunk: ChunkFeatures, offset: number, previousTag: number): number[] {
  return [previousTagFeature(previousTag), ...tokenTagFeatures(chunk, offset, previousTag, [0, 0])];
}

/** `tagFeatures`' first feature, the previous tag alone: the same for every token. */
export function previousTagFeature(previousTag: number): number {
  return featureHash(Template.PreviousTag, previousTag);
}

/** `tagFeatures`' features after the first, written into `into` (the decoder reuses one array for every token and tag). */
export function tokenTagFeatures(chunk: ChunkFeatures, offset: number, previousTag: number, into: number[]): number[] {
  into[0] = featureHash(Template.PreviousTagShape, chunk.shapes[offset] ^ Math.imul(previousTag + 1, 0x27d4eb2f));
  into[1] = featureHash(Template.PreviousTagRule, chunk.rules[offset] * 16 + previousTag);
  return into;
}

/** "Xxxx", "XX", "Xx-dd", "X.X.": character classes with repeats collapsed, at most six. */
function shapeOf(text: string): string {
  let shape = '';
  let last = '';
  for (let index = 0; index < text.length && shape.length < 6; index++) {
    const code = text.charCodeAt(index);
    const kind = code >= 48 && code <= 57 ? 'd' : isUpper(text[index]) ? 'X' : isLower(text[index]) ? 'x' : text[index];
    if (kind !== last) {
      shape += kind;
      last = kind;
    }
  }
  return shape;
}

function isUpper(char: string): boolean {
  return char !== char.toLowerCase();
}

function isLower(char: string): boolean {
  return char !== char.toUpperCase() || /\p{M}/u.test(char);
}

/** Per token of the chunk: band of the longest listed place name covering it, ×2, +1 inside the name. */
function placeMatches(tokens: readonly Token[], first: number, end: number, words: readonly WordFeatures[]): number[] {
  const { placeBandOfHash } = gazetteers();
  const matches = new Array<number>(end - first).fill(0);
  const nameHashes = NAME_HASHES;
  for (let start = first; start < end; start++) {
    // Longest first: names of up to four words joined by single spaces or hyphens ("Dayr Hafir", "Ar-Raqqah"),
    // hashed as the gazetteer's "dayr hafir" without building the string.
    let last = start;
    nameHashes[0] = words[start - first].wordHash;
    while (last + 1 < Math.min(end, start + MAX_PLACE_WORDS) && (tokens[last + 1].gap === ' ' || tokens[last + 1].gap === '-')) {
      last++;
      const folded = words[last - first].folded;
      nameHashes[last - start] = hashText(folded, 0, folded.length, hashText(' ', 0, 1, nameHashes[last - start - 1]));
    }
    for (; last >= start; last--) {
      const band = placeBandOfHash(nameHashes[last - start]);
      if (band > 0) {
        for (let index = start; index <= last; index++) {
          matches[index - first] = Math.max(matches[index - first], band * 2 + (index > start ? 1 : 0));
        }
        break;
      }
    }
  }
  return matches;
}

interface Neighbour {
  word: string;
  start: number;
  end: number;
}

/** The lower-case word (or the punctuation mark) just before `position`; '' at the line start. */
function wordBefore(line: string, position: number): Neighbour {
  let end = position;
  while (end > 0 && line.charCodeAt(end - 1) === 32) end--;
  if (end === 0) return { word: '', start: 0, end: 0 };
  let start = end;
  while (start > 0 && isWordChar(line.charCodeAt(start - 1))) start--;
  if (start === end) return { word: line[end - 1], start: end - 1, end };
  return { word: foldName(line.slice(start, end)), start, end };
}

/** The lower-case word (or the punctuation mark) just after `position`; '' at the line end. */
function wordAfter(line: string, position: number): Neighbour {
  let start = position;
  while (start < line.length && line.charCodeAt(start) === 32) start++;
  if (start >= line.length) return { word: '', start: line.length, end: line.length };
  let end = start;
  while (end < line.length && isWordChar(line.charCodeAt(end))) end++;
  if (start === end) return { word: line[start], start, end: start + 1 };
  return { word: foldName(line.slice(start, end)), start, end };
}

function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || (code > 127 && code !== 0x2019 && code !== 0x201c && code !== 0x201d && code !== 0x2014 && code !== 0x2013 && code !== 0xa0) || code === 45;
}
